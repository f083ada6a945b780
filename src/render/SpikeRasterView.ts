import { Container, Particle, ParticleContainer, Texture } from 'pixi.js';
import { PlotFrame, type AxisTick, type FrameSpec } from './PlotFrame';
import { layoutBands, type BandLayout } from './bandLayout';
import { populationColor } from './palette';
import type { PlotRect, PopulationBand, SpikeRing } from './plotData';
import { forEachRecentSpike } from './spikeWindow';
import { formatTick, niceTicks } from './ticks';
import { t } from '../i18n/messages';
import { shortenedNames } from './rasterNames';

const noBand = 0xffff;
/** Smallest band height, so a population of one neuron stays visible beside large ones. */
const minBandPx = 16;
const minLabelGapPx = 13;

/** Most dots drawn per frame; past this the newest spikes are drawn and the rest only counted. */
export const maxRasterDots = 40_000;

/**
 * Spike raster of the last `windowMs`: one dot per spike, neurons on y (grouped and coloured by
 * population, first population at the top), time relative to now on x. All dots live in one
 * ParticleContainer sharing a white texture, re-positioned every frame (one draw call).
 */
export class SpikeRasterView {
  readonly container = new Container();
  private readonly frame = new PlotFrame();
  private readonly dots = new ParticleContainer({
    texture: Texture.WHITE,
    dynamicProperties: { position: true, color: true, vertex: true },
  });
  private readonly pool: Particle[] = [];
  private bands: readonly PopulationBand[] = [];
  private neuronCount = 0;
  private bandOfNeuron = new Uint16Array(0);
  private bandFirst = new Int32Array(0);
  private bandDotH = new Float64Array(0);
  private layout: BandLayout = layoutBands([], 0, 0);
  private spec: FrameSpec | null = null;
  private leftMarginPx = 0;
  /** The names as the raster shows them (shortenedNames). */
  private shownNames: string[] = [];
  private windowMs = 1000;
  /** Spikes inside the window at the last update (drawn or not). */
  spikesInWindow = 0;
  /** Dots drawn at the last update. */
  dotsDrawn = 0;

  constructor() {
    this.container.addChild(this.frame.container, this.dots);
  }

  /** The plot area in CSS pixels (where dots are drawn), for layout-aware tests. */
  get plotArea(): Readonly<PlotRect> {
    return this.frame.inner;
  }

  /** Tells the view which neurons exist and how they group; call when a level is (re)loaded. */
  setPopulations(bands: readonly PopulationBand[], neuronCount: number): void {
    this.bands = bands;
    this.neuronCount = neuronCount;
    // Neurons outside every band keep the sentinel and are not drawn.
    this.bandOfNeuron = new Uint16Array(neuronCount).fill(noBand);
    bands.forEach((band, b) => this.bandOfNeuron.fill(b, band.firstIndex, band.firstIndex + band.count));
    this.bandFirst = Int32Array.from(bands, (band) => band.firstIndex);
    this.fitLeftMargin();
    this.relayout();
  }

  setBounds(outer: PlotRect): void {
    this.frame.setBounds(outer);
    this.fitLeftMargin();
    this.relayout();
  }

  /**
   * Room on the left for the population names: as much as the longest needs, but at most 45% of the
   * cell (a long name is cut with an ellipsis, PlotFrame), so the dots keep most of the width and no
   * name runs into the axis title.
   */
  private fitLeftMargin(): void {
    const longestName = this.bands.reduce((m, band) => Math.max(m, band.name.length), 0);
    const cellWidth = this.frame.bounds.width;
    const cap = cellWidth > 0 ? Math.max(56, Math.min(180, cellWidth * 0.45)) : 160;
    const margin = Math.min(cap, Math.max(56, 34 + 7 * longestName));
    this.shownNames = shortenedNames(this.bands.map((band) => band.name), Math.floor((margin - 30) / 6.5));
    if (margin !== this.leftMarginPx) {
      this.leftMarginPx = margin;
      this.frame.setLeftMargin(margin);
    }
  }

  /** Renders labels at this resolution from the next draw on (a print-size export uses 2). */
  setTextResolution(resolution: number): void {
    this.frame.setTextResolution(resolution);
  }

  setWindowMs(windowMs: number): void {
    this.windowMs = windowMs;
    this.relayout();
  }

  /** Redraws the dots for the spikes of the last `windowMs` ending at `currentTick`. */
  update(ring: SpikeRing, currentTick: number, dtMs: number, windowMs: number): void {
    if (windowMs !== this.windowMs) this.setWindowMs(windowMs);
    const spec = this.spec;
    if (!spec || this.neuronCount === 0) return;
    const { x, y, width } = this.frame.inner;
    const { topPx, rowPx } = this.layout;
    const bandFirst = this.bandFirst;
    const bandDotH = this.bandDotH;
    const dotW = 2 / Texture.WHITE.width;
    const pxPerTick = (width * dtMs) / windowMs;
    const windowTicks = windowMs / dtMs;
    const nowTick = currentTick;
    const bandOfNeuron = this.bandOfNeuron;
    const pool = this.pool;
    const children = this.dots.particleChildren;
    const before = children.length;
    let drawn = 0;

    this.spikesInWindow = forEachRecentSpike(ring, nowTick, windowTicks, maxRasterDots, (tick, neuron) => {
      if (neuron < 0 || neuron >= this.neuronCount) return;
      const b = bandOfNeuron[neuron];
      if (b === noBand) return;
      let p = pool[drawn];
      if (!p) {
        p = new Particle({ texture: Texture.WHITE, anchorX: 0.5, anchorY: 0.5 });
        pool.push(p);
      }
      p.x = x + width - (nowTick - tick) * pxPerTick;
      p.y = y + topPx[b] + (neuron - bandFirst[b] + 0.5) * rowPx[b];
      p.scaleX = dotW;
      p.scaleY = bandDotH[b];
      p.tint = populationColor(b);
      children[drawn] = p;
      drawn++;
    });
    children.length = drawn;
    this.dotsDrawn = drawn;
    if (drawn !== before) this.dots.update();
  }

  private relayout(): void {
    if (this.neuronCount === 0) {
      this.spec = null;
      return;
    }
    const n = this.neuronCount;
    const seconds = this.windowMs / 1000;
    const xs = niceTicks(-seconds, 0, 5);
    const step = xs.length > 1 ? xs[1] - xs[0] : 1;
    const xTicks: AxisTick[] = xs.map((s) => ({ at: s, label: s === 0 ? t('scene.plot.now') : formatTick(s, step) }));
    // The y axis is in pixels up from the bottom of the plot; bands stack from the top.
    const h = this.frame.inner.height;
    this.layout = layoutBands(this.bands, h, minBandPx);
    this.bandDotH = this.layout.rowPx.map((row) => Math.max(1.5, Math.min(4, row * 0.8)) / Texture.WHITE.height);
    const yTicks: AxisTick[] = [];
    const yGrid: number[] = [];
    let lastLabelPx = -Infinity;
    this.bands.forEach((band, b) => {
      const centrePx = this.layout.topPx[b] + this.layout.heightPx[b] / 2;
      // Skip a name that would overlap the one above it.
      if (centrePx - lastLabelPx >= minLabelGapPx) {
        yTicks.push({ at: h - centrePx, label: this.shownNames[b] ?? band.name, color: populationColor(b) });
        lastLabelPx = centrePx;
      }
      if (b > 0) yGrid.push(h - this.layout.topPx[b]);
    });
    this.spec = {
      title: t('scene.plot.raster.title', { seconds: formatTick(seconds, seconds >= 1 ? 1 : 0.1) }),
      xLabel: t('scene.plot.raster.xLabel'),
      yLabel: t('scene.plot.raster.yLabel', { neurons: String(n) }),
      xRange: [-seconds, 0],
      yRange: [0, h],
      xTicks,
      yTicks,
      yGrid,
      yTickMarks: false,
      // Left of the names: the tick gap (8 px) and the rotated axis title (about 20 px).
      yTickMaxWidthPx: this.leftMarginPx - 30,
    };
    this.frame.draw(this.spec);
  }
}
