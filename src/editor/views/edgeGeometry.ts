/**
 * Where an arrow between two boxes runs: from the edge of one box to the edge of the other along
 * the line between their centres, shifted sideways when two arrows join the same pair (A→B and
 * B→A stay apart), or as a loop over the box when a population projects onto itself.
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

/** The line from `from` to `to`, shifted `sidewaysPx` to its left (looking from `from`). */
export function edgeBetween(from: Box, to: Box, sidewaysPx: number): EdgeLine {
  if (from === to || (from.x === to.x && from.y === to.y)) return selfLoop(from);
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const nx = -(to.y - from.y) / length;
  const ny = (to.x - from.x) / length;
  const shiftedFrom = { ...from, x: from.x + nx * sidewaysPx, y: from.y + ny * sidewaysPx };
  const shiftedTo = { ...to, x: to.x + nx * sidewaysPx, y: to.y + ny * sidewaysPx };
  const start = boxExit(shiftedFrom, shiftedTo);
  const end = boxExit(shiftedTo, shiftedFrom);
  const labelAt = { x: (start.x + end.x) / 2 + nx * 10, y: (start.y + end.y) / 2 + ny * 10 };
  return { start, end, labelAt, d: `M${round(start.x)},${round(start.y)} L${round(end.x)},${round(end.y)}` };
}

/** A loop leaving the box's top right and coming back at its top left. */
export function selfLoop(box: Box): EdgeLine {
  const top = box.y - box.height / 2;
  const start = { x: box.x + box.width / 4, y: top };
  const end = { x: box.x - box.width / 4, y: top };
  const lift = 36;
  const d = `M${round(start.x)},${round(start.y)} C${round(start.x)},${round(top - lift)} ${round(end.x)},${round(top - lift)} ${round(end.x)},${round(end.y)}`;
  return { start, end, labelAt: { x: box.x, y: top - lift + 4 }, d };
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
