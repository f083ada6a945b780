/**
 * Between a population's `layout` box (layout units, top-left corner, what the circuit view reads)
 * and the canvas (pixels, box centres). The scale is chosen once per draft so that the placed
 * populations do not overlap; moving a node keeps its box's size and kind.
 */
import { GAP_X_PX, GAP_Y_PX, NODE_HEIGHT_PX, NODE_WIDTH_PX } from './nodeBox';
import { isRecord, numberField } from './draftReaders';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Pixels per layout unit when the draft gives no two placed populations to measure. */
export const DEFAULT_PIXELS_PER_UNIT = 40;
const MIN_PIXELS_PER_UNIT = 4;
const MAX_PIXELS_PER_UNIT = 80;

/** The centre of a population's layout box in layout units, or undefined when it has no placed layout. */
export function layoutCenter(population: unknown): Point | undefined {
  const layout = isRecord(population) ? population.layout : undefined;
  const x = numberField(layout, 'x');
  const y = numberField(layout, 'y');
  if (x === undefined || y === undefined) return undefined;
  return { x: x + (numberField(layout, 'width') ?? 0) / 2, y: y + (numberField(layout, 'height') ?? 0) / 2 };
}

/**
 * The smallest scale at which every pair of centres is a node and a gap apart along x or along y
 * (side by side: a width and a gap; one above the other: a height and a gap, room for arrows), within bounds.
 */
export function pixelsPerUnitFor(centers: readonly Point[]): number {
  let needed = 0;
  for (let i = 0; i < centers.length; i++) {
    for (let j = i + 1; j < centers.length; j++) {
      const dx = Math.abs(centers[i].x - centers[j].x);
      const dy = Math.abs(centers[i].y - centers[j].y);
      if (dx === 0 && dy === 0) continue;
      const byX = dx > 0 ? (NODE_WIDTH_PX + GAP_X_PX) / dx : Infinity;
      const byY = dy > 0 ? (NODE_HEIGHT_PX + GAP_Y_PX) / dy : Infinity;
      needed = Math.max(needed, Math.min(byX, byY));
    }
  }
  if (needed === 0) return DEFAULT_PIXELS_PER_UNIT;
  return Math.min(MAX_PIXELS_PER_UNIT, Math.max(MIN_PIXELS_PER_UNIT, needed));
}

const tenth = (value: number): number => Math.round(value * 10) / 10;

/** The layout that puts the box's centre at `center` (layout units), keeping its kind and size. */
export function layoutWithCenter(oldLayout: unknown, center: Point): Record<string, unknown> {
  const width = numberField(oldLayout, 'width') ?? 1;
  const height = numberField(oldLayout, 'height') ?? 1;
  const kind = isRecord(oldLayout) && typeof oldLayout.kind === 'string' ? oldLayout.kind : 'grid';
  return { ...(isRecord(oldLayout) ? oldLayout : {}), kind, x: tenth(center.x - width / 2), y: tenth(center.y - height / 2), width, height };
}
