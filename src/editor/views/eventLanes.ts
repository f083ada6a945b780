/**
 * Lanes for a row of timeline bars: events that overlap in time go on separate lanes so that none
 * hides another. `minWidthMs` is how long the narrowest bar looks (an instant still takes room).
 */
export function eventLanes(events: readonly { onsetMs: number; lengthMs: number }[], minWidthMs: number): number[] {
  const order = events.map((_, i) => i).sort((a, b) => events[a].onsetMs - events[b].onsetMs || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(events.length).fill(0);
  for (const i of order) {
    const end = events[i].onsetMs + Math.max(events[i].lengthMs, minWidthMs);
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= events[i].onsetMs);
    if (lane === -1) lane = laneEnds.push(end) - 1; else laneEnds[lane] = end;
    lanes[i] = lane;
  }
  return lanes;
}
