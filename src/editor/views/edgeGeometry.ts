/**
 * Where an arrow between two boxes runs: from the edge of one box to the edge of the other along
 * the line between their centres, shifted sideways when two arrows join the same pair (A→B and
 * B→A stay apart), or as a loop beside the box when a population projects onto itself.
 */
import type { Box } from './nodeBox';
import type { Point } from './layoutUnits';

export interface EdgeLine {
  readonly start: Point;
  readonly end: Point;
  /** A point for the arrow's tag, beside its middle. */
  readonly labelAt: Point;
  /** SVG path data. */
  readonly d: string;
}

/** Where the ray from the box's centre towards `toward` leaves the box. */
export function boxExit(box: Box, toward: Point): Point {
  const dx = toward.x - box.x;
  const dy = toward.y - box.y;
  if (dx === 0 && dy === 0) return { x: box.x, y: box.y };
  const scale = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: box.x + dx * scale, y: box.y + dy * scale };
}

const round = (v: number): number => Math.round(v * 10) / 10;

/** Bends tried, in px sideways at the middle, when the straight line would pass under another box. */
const BENDS_PX = [70, -70, 140, -140, 210, -210];

/**
 * The line from `from` to `to`, shifted `sidewaysPx` to its left (looking from `from`). When it
 * would pass under one of `obstacles` (which would read as ending there), it bends round them: the
 * first of a few growing bends whose curve clears every obstacle, or straight when none does.
 */
export function edgeBetween(from: Box, to: Box, sidewaysPx: number, obstacles: readonly Box[] = []): EdgeLine {
  if (from === to || (from.x === to.x && from.y === to.y)) return selfLoop(from);
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const nx = -(to.y - from.y) / length;
  const ny = (to.x - from.x) / length;
  const shiftedFrom = { ...from, x: from.x + nx * sidewaysPx, y: from.y + ny * sidewaysPx };
  const shiftedTo = { ...to, x: to.x + nx * sidewaysPx, y: to.y + ny * sidewaysPx };
  const start = boxExit(shiftedFrom, shiftedTo);
  const end = boxExit(shiftedTo, shiftedFrom);
  const others = obstacles.filter((box) => box !== from && box !== to);
  const middle = { x: (shiftedFrom.x + shiftedTo.x) / 2, y: (shiftedFrom.y + shiftedTo.y) / 2 };
  if (others.some((box) => curveCrosses(start, middle, end, box))) {
    for (const bend of BENDS_PX) {
      // A quadratic curve's middle lies halfway to its control point, so the control goes twice as far.
      const control = { x: middle.x + nx * bend * 2, y: middle.y + ny * bend * 2 };
      const bentStart = boxExit(shiftedFrom, control);
      const bentEnd = boxExit(shiftedTo, control);
      if (others.some((box) => curveCrosses(bentStart, control, bentEnd, box))) continue;
      const labelAt = { x: middle.x + nx * (bend + Math.sign(bend) * 10), y: middle.y + ny * (bend + Math.sign(bend) * 10) };
      return { start: bentStart, end: bentEnd, labelAt, d: `M${round(bentStart.x)},${round(bentStart.y)} Q${round(control.x)},${round(control.y)} ${round(bentEnd.x)},${round(bentEnd.y)}` };
    }
  }
  const labelAt = { x: (start.x + end.x) / 2 + nx * 10, y: (start.y + end.y) / 2 + ny * 10 };
  return { start, end, labelAt, d: `M${round(start.x)},${round(start.y)} L${round(end.x)},${round(end.y)}` };
}

/** Whether the quadratic curve start–control–end (a straight line when control is its middle) passes through the box (with 4 px to spare). */
export function curveCrosses(start: Point, control: Point, end: Point, box: Box): boolean {
  const SAMPLES = 24;
  for (let i = 1; i < SAMPLES; i++) {
    const t = i / SAMPLES;
    const x = (1 - t) * (1 - t) * start.x + 2 * (1 - t) * t * control.x + t * t * end.x;
    const y = (1 - t) * (1 - t) * start.y + 2 * (1 - t) * t * control.y + t * t * end.y;
    if (Math.abs(x - box.x) < box.width / 2 + 4 && Math.abs(y - box.y) < box.height / 2 + 4) return true;
  }
  return false;
}

/** A loop out of the box's left side and back (the right side has the + port, the top and bottom the traffic). */
export function selfLoop(box: Box): EdgeLine {
  const left = box.x - box.width / 2;
  const start = { x: left, y: box.y - box.height / 4 };
  const end = { x: left, y: box.y + box.height / 4 };
  const reach = 40;
  const d = `M${round(start.x)},${round(start.y)} C${round(left - reach)},${round(start.y - 12)} ${round(left - reach)},${round(end.y + 12)} ${round(end.x)},${round(end.y)}`;
  return { start, end, labelAt: { x: left - 16, y: box.y + box.height / 2 + 16 }, d };
}

/**
 * Sideways shifts for edges between the same two nodes (in either direction): one alone runs
 * straight, several spread `spacingPx` apart. Keys are "from→to"; returns a shift per edge index.
 */
export function parallelShifts(pairs: readonly { fromKey: string; toKey: string }[], spacingPx: number): number[] {
  const groups = new Map<string, number[]>();
  pairs.forEach((pair, i) => {
    const key = [pair.fromKey, pair.toKey].sort().join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const shifts = new Array<number>(pairs.length).fill(0);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.forEach((edgeIndex, rank) => {
      const pair = pairs[edgeIndex];
      // Measured in one shared direction so that A→B and B→A do not land on the same line.
      const direction = pair.fromKey < pair.toKey ? 1 : -1;
      shifts[edgeIndex] = direction * (rank - (members.length - 1) / 2) * spacingPx;
    });
  }
  return shifts;
}
