/** The size of the canvas's boxes and the gaps between them, in canvas pixels. */
export const NODE_WIDTH_PX = 176;
export const NODE_HEIGHT_PX = 60;
export const GAP_X_PX = 56;
export const GAP_Y_PX = 80;
export const MARGIN_PX = 40;
/** Nodes per row in the automatic bands (stimuli, unplaced populations, circuit parts, modulators). */
export const NODES_PER_ROW = 4;

/** A box by its centre. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Whether two boxes overlap or come closer than `gapPx`. */
export function boxesCrowd(a: Box, b: Box, gapPx: number): boolean {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gapPx && Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gapPx;
}
