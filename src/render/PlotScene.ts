import { Container } from 'pixi.js';
import type { PlotRect } from './plotData';
import { SpikeRasterView } from './SpikeRasterView';
import { WeightHistogramView } from './WeightHistogramView';

/** Below this width the two plots stack vertically instead of sitting side by side. */
const sideBySideMinWidthPx = 860;

/** The raster and the weight histogram, laid out to fill the canvas. */
export class PlotScene {
  readonly root = new Container();
  readonly raster = new SpikeRasterView();
  readonly weights = new WeightHistogramView();

  constructor() {
    this.root.addChild(this.raster.container, this.weights.container);
  }

  /** Lays both plots out in a canvas of the given CSS-pixel size. */
  resize(width: number, height: number): void {
    const pad = 8;
    let rasterRect: PlotRect;
    let weightRect: PlotRect;
    if (width >= sideBySideMinWidthPx) {
      const rasterW = Math.round(width * 0.64);
      rasterRect = { x: pad, y: pad, width: rasterW - pad, height: height - 2 * pad };
      weightRect = { x: rasterW + pad, y: pad, width: width - rasterW - 2 * pad, height: height - 2 * pad };
    } else {
      const rasterH = Math.round(height * 0.6);
      rasterRect = { x: pad, y: pad, width: width - 2 * pad, height: rasterH - pad };
      weightRect = { x: pad, y: rasterH + pad, width: width - 2 * pad, height: height - rasterH - 2 * pad };
    }
    this.raster.setBounds(rasterRect);
    this.weights.setBounds(weightRect);
  }
}
