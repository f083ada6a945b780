import { Container, Particle, ParticleContainer, Texture } from 'pixi.js';
import { PlotFrame, type AxisTick, type FrameSpec } from './PlotFrame';
import { populationColor } from './palette';
import type { PlotRect, PopulationBand, SpikeRing } from './plotData';
import { forEachRecentSpike } from './spikeWindow';
import { formatTick, niceTicks } from './ticks';

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
  private spec: FrameSpec | null = null;
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
    this.bandOfNeuron = new Uint16Array(neuronCount);
    bands.forEach((band, b) => this.bandOfNeuron.fill(b, band.firstIndex, band.firstIndex + band.count));
    this.relayout();
  }

  setBounds(outer: PlotRect): void {
    this.frame.setBounds(outer);
    this.relayout();
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
    const { x, y, width, height } = this.frame.inner;
    const rowPx = height / this.neuronCount;
    const dotH = Math.max(1.5, Math.min(4, rowPx * 0.8));
    const dotW = Math.max(1.5, Math.min(3, dotH));
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
      let p = pool[drawn];
      if (!p) {
        p = new Particle({ texture: Texture.WHITE, anchorX: 0.5, anchorY: 0.5 });
        pool.push(p);
      }
      p.x = x + width - (nowTick - tick) * pxPerTick;
      p.y = y + (neuron + 0.5) * rowPx;
      p.scaleX = dotW / Texture.WHITE.width;
      p.scaleY = dotH / Texture.WHITE.height;
      p.tint = populationColor(bandOfNeuron[neuron]);
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
    const xTicks: AxisTick[] = xs.map((s) => ({ at: s, label: s === 0 ? 'now' : formatTick(s, step) }));
    // Data y runs 0 at the bottom to n at the top; neuron i is drawn at row i from the top.
    const yTicks: AxisTick[] = [];
    const yGrid: number[] = [];
    const minLabelGapPx = 14;
    const rowPx = this.frame.inner.height / n;
    this.bands.forEach((band, b) => {
      if (band.count * rowPx >= minLabelGapPx || this.bands.length <= 3) {
        yTicks.push({ at: n - (band.firstIndex + band.count / 2), label: band.name, color: populationColor(b) });
      }
      if (band.firstIndex > 0) yGrid.push(n - band.firstIndex);
    });
    this.spec = {
      title: `Spikes, last ${formatTick(seconds, seconds >= 1 ? 1 : 0.1)} s`,
      xLabel: 'time (s)',
      yLabel: `neuron (${n})`,
      xRange: [-seconds, 0],
      yRange: [0, n],
      xTicks,
      yTicks,
      yGrid,
      yTickMarks: false,
    };
    this.frame.draw(this.spec);
  }
}
