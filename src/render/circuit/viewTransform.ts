import type { Bounds } from './circuitLayout';

/** Layout units → CSS pixels: screen = layout × scale + offset. Pan moves offset; zoom changes scale. */
export interface ViewTransform {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export const minZoomFactor = 0.25;
export const maxZoomFactor = 60;

/** The transform that shows `bounds` centred in a `width` × `height` view with `marginPx` free on each side. */
export function fitBounds(bounds: Bounds, width: number, height: number, marginPx: number): ViewTransform {
  const w = Math.max(1e-6, bounds.maxX - bounds.minX);
  const h = Math.max(1e-6, bounds.maxY - bounds.minY);
  const scale = Math.max(1e-6, Math.min((width - 2 * marginPx) / w, (height - 2 * marginPx) / h));
  return {
    scale,
    offsetX: width / 2 - ((bounds.minX + bounds.maxX) / 2) * scale,
    offsetY: height / 2 - ((bounds.minY + bounds.maxY) / 2) * scale,
  };
}

/**
 * Zooms by `factor` keeping the layout point under screen point (sx, sy) fixed, with the scale kept
 * within [minZoomFactor, maxZoomFactor] × `fitScale` (the scale that shows the whole circuit).
 */
export function zoomAt(t: ViewTransform, factor: number, sx: number, sy: number, fitScale: number): ViewTransform {
  const scale = Math.min(maxZoomFactor * fitScale, Math.max(minZoomFactor * fitScale, t.scale * factor));
  const applied = scale / t.scale;
  return { scale, offsetX: sx - (sx - t.offsetX) * applied, offsetY: sy - (sy - t.offsetY) * applied };
}

export function toLayout(t: ViewTransform, sx: number, sy: number): { x: number; y: number } {
  return { x: (sx - t.offsetX) / t.scale, y: (sy - t.offsetY) / t.scale };
}

export function toScreen(t: ViewTransform, x: number, y: number): { x: number; y: number } {
  return { x: x * t.scale + t.offsetX, y: y * t.scale + t.offsetY };
}
