import type { PopulationBand } from './plotData';

/** Where each population's band sits on a raster: top edge and height of one neuron row, in pixels. */
export interface BandLayout {
  topPx: Float64Array;
  heightPx: Float64Array;
  rowPx: Float64Array;
}

/**
 * Splits `heightPx` among the bands in proportion to their neuron counts, but gives every band at
 * least `minBandPx` (or an equal share, if that is smaller) so a population of one neuron stays visible
 * next to one of a thousand. Bands are stacked top to bottom in the given order.
 */
export function layoutBands(bands: readonly PopulationBand[], heightPx: number, minBandPx: number): BandLayout {
  const n = bands.length;
  const heights = new Float64Array(n);
  const floorPx = Math.min(minBandPx, heightPx / Math.max(1, n));
  const pinned = new Uint8Array(n);
  // Pin bands that fall under the floor, rescale the rest, and repeat until none newly falls under.
  for (let pass = 0; pass <= n; pass++) {
    let freePx = heightPx;
    let freeCount = 0;
    for (let b = 0; b < n; b++) {
      if (pinned[b]) freePx -= floorPx;
      else freeCount += bands[b].count;
    }
    let changed = false;
    for (let b = 0; b < n; b++) {
      if (pinned[b]) {
        heights[b] = floorPx;
        continue;
      }
      heights[b] = freeCount > 0 ? (bands[b].count / freeCount) * freePx : floorPx;
      if (heights[b] < floorPx) {
        pinned[b] = 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const topPx = new Float64Array(n);
  const rowPx = new Float64Array(n);
  let top = 0;
  for (let b = 0; b < n; b++) {
    topPx[b] = top;
    rowPx[b] = heights[b] / Math.max(1, bands[b].count);
    top += heights[b];
  }
  return { topPx, heightPx: heights, rowPx };
}
