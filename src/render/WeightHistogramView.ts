import { Container, Graphics } from 'pixi.js';
import { binValues, type HistogramBins } from './histogram';
import { plotColors } from './palette';
import { PlotFrame, type FrameSpec } from './PlotFrame';
import type { PlotRect, SynapseRange } from './plotData';
import { formatCount, formatTick, niceTicks, niceTicksForPx } from './ticks';
import { t } from '../i18n/messages';

export const histogramBinCount = 40;

/**
 * Histogram of synaptic weights over one synapse range (a projection, or all synapses): weight on x,
 * number of synapses on y. One Graphics holds all bars. Binning walks every synapse in the range, so
 * callers should refresh it a few times per second, not every frame.
 */
export class WeightHistogramView {
  readonly container = new Container();
  private readonly frame = new PlotFrame({ left: 64, right: 18, top: 28, bottom: 44 });
  private readonly bars = new Graphics();
  private lastBins: HistogramBins | null = null;
  private lastRange: SynapseRange | null = null;

  constructor() {
    this.container.addChild(this.frame.container, this.bars);
  }

  get plotArea(): Readonly<PlotRect> {
    return this.frame.inner;
  }

  setBounds(outer: PlotRect): void {
    this.frame.setBounds(outer);
    if (this.lastBins && this.lastRange) this.draw(this.lastBins, this.lastRange);
  }

  /** Renders labels at this resolution from the next draw on (a print-size export uses 2). */
  setTextResolution(resolution: number): void {
    this.frame.setTextResolution(resolution);
  }

  /**
   * Re-bins `weights` over `range` and redraws; synapses whose `active` flag is 0 (pruned, not yet
   * grown) are left out. An empty range shows empty axes.
   */
  update(weights: ArrayLike<number>, range: SynapseRange, active?: ArrayLike<number>): void {
    const bins = binValues(weights, range.firstSynapse, range.count, histogramBinCount, active);
    this.lastBins = bins;
    this.lastRange = range;
    this.draw(bins, range);
  }

  private draw(bins: HistogramBins, range: SynapseRange): void {
    const xs = niceTicks(bins.lo, bins.hi, 5);
    const xStep = xs.length > 1 ? xs[1] - xs[0] : 1;
    const yTop = Math.max(1, bins.maxCount);
    // Counts are whole numbers: never a tick between two integers (a 1-synapse histogram got 0, 0, 1, 1).
    const ys = niceTicksForPx(0, yTop, this.frame.inner.height, Math.min(4, yTop), true);
    const spec: FrameSpec = {
      title: fitText(range.name === 'all projections' ? t('scene.plot.weights.title') : t('scene.plot.weights.titleOf', { projection: range.name }), this.frame.inner.width + 40),
      xLabel: t('scene.plot.weights.xLabel', { count: bins.total, total: formatCount(bins.total) }),
      // The total in the title's room would wrap in a short plot; the axis says what is counted.
      yLabel: t('scene.plot.weights.yLabel'),
      xRange: [bins.lo, bins.hi],
      // Headroom above the tallest bar so it never touches the top edge.
      yRange: [0, Math.max(yTop * 1.08, ys[ys.length - 1] ?? yTop)],
      xTicks: xs.map((v) => ({ at: v, label: formatTick(v, xStep) })),
      yTicks: ys.map((v) => ({ at: v, label: formatCount(v) })),
      yGrid: ys.filter((v) => v > 0),
    };
    this.frame.draw(spec);

    const g = this.bars.clear();
    const n = bins.counts.length;
    const barW = this.frame.inner.width / n;
    const baseY = this.frame.yToPx(spec, 0);
    for (let i = 0; i < n; i++) {
      const c = bins.counts[i];
      if (c === 0) continue;
      const topY = this.frame.yToPx(spec, c);
      // At least 1 px tall so a single synapse in a bin is still visible.
      const h = Math.max(1, baseY - topY);
      g.rect(this.frame.inner.x + i * barW + 0.5, baseY - h, Math.max(1, barW - 1), h);
    }
    g.fill(plotColors.histogramBar);
  }
}

/** Shortens a title to roughly fit `widthPx` at the title font size (about 8 px per character). */
function fitText(text: string, widthPx: number): string {
  const maxChars = Math.max(8, Math.floor(widthPx / 8));
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}
