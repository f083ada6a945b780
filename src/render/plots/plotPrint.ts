/**
 * A plot exported at print size: whatever its size on screen, the view is laid out at PRINT_SIZE
 * (CSS px), its labels rendered at PRINT_RESOLUTION, extracted to a PNG (2000 × 1200 px) over the
 * plot background, and put back at its screen bounds before the next frame. Pixi's extract renders
 * synchronously when called, so the screen never shows the print layout.
 */
import { Rectangle, type Container, type Renderer } from 'pixi.js';
import { plotColors } from '../palette';
import type { PlotRect } from '../plotData';

/** 800 × 480 CSS px at 2.5×: a 2000 × 1200 px PNG whose labels are a quarter larger than at 1000 × 600 at 2×. */
export const PRINT_SIZE = { width: 800, height: 480 } as const;
export const PRINT_RESOLUTION = 2.5;

/** What a plot view offers for printing (LinePlotView, SpikeRasterView, WeightHistogramView). */
export interface PrintablePlot {
  readonly container: Container;
  setBounds(outer: PlotRect): void;
  setTextResolution(resolution: number): void;
}

const screenResolution = (): number => Math.max(1, Math.ceil(globalThis.devicePixelRatio ?? 1));

/**
 * Lays `view` out at print size, calls `redraw` (for views drawn from the world each frame), starts
 * the PNG encoding, then restores `screenBounds`. Resolves to a PNG data URL.
 */
export function printPlotPng(renderer: Renderer, view: PrintablePlot, screenBounds: PlotRect, redraw: () => void): Promise<string> {
  const margin = 8;
  view.setTextResolution(PRINT_RESOLUTION);
  view.setBounds({ x: margin, y: margin, width: PRINT_SIZE.width - 2 * margin, height: PRINT_SIZE.height - 2 * margin });
  redraw();
  let png: Promise<string>;
  try {
    // base64 renders and reads the pixels before its first await: the layout can be restored at once.
    png = renderer.extract.base64({
      target: view.container,
      frame: new Rectangle(0, 0, PRINT_SIZE.width, PRINT_SIZE.height),
      resolution: PRINT_RESOLUTION,
      clearColor: plotColors.background,
      format: 'png',
    });
  } finally {
    view.setTextResolution(screenResolution());
    view.setBounds(screenBounds);
    redraw();
  }
  return png;
}
