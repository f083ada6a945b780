import { Container, Graphics, Text } from 'pixi.js';
import { plotColors, plotFont } from '../palette';
import { PlotFrame, type FrameSpec } from '../PlotFrame';
import type { PlotRect } from '../plotData';
import { formatTick, niceTicks, niceTicksForPx } from '../ticks';
import type { Series } from './learningCurve';
import { dataRange } from './plotRange';
import { t } from '../../i18n/messages';

/** A labelled dashed horizontal line (a threshold, a spike cut-off) in data units. */
export interface HorizontalLine {
  readonly y: number;
  readonly label: string;
  readonly color: number;
  /** Thinner, fainter dashes for a guide rather than a rule of the model. */
  readonly faint?: boolean;
}

export interface LinePlotSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly Series[];
  /** Fixed ranges; otherwise the data's extremes (y always includes 0 when `yIncludesZero`). */
  xRange?: readonly [number, number];
  yRange?: readonly [number, number];
  yIncludesZero?: boolean;
  /** Whole-number axes (trials, renditions): ticks only at integers. */
  xIntegers?: boolean;
  yIntegers?: boolean;
  /** Dashed reference lines, labelled at their right end. */
  hLines?: readonly HorizontalLine[];
  /** Draw a dot at every point (few points, e.g. trials). */
  markers?: boolean;
  /** Text shown in the middle when there is nothing to plot. */
  emptyText?: string;
}

/**
 * A line plot of one or more series over shared axes (learning curves, STDP window, modulator
 * traces). One Graphics holds every line; the frame re-renders text only when labels change.
 */
export class LinePlotView {
  readonly container = new Container();
  private readonly frame = new PlotFrame({ left: 64, right: 14, top: 28, bottom: 44 });
  private readonly lines = new Graphics();
  /** Dark patches behind the reference lines' labels, above the data, so a label stays legible over a trace. */
  private readonly lineLabelBacks = new Graphics();
  private readonly legend: Text[] = [];
  private readonly lineLabels: Text[] = [];
  private readonly empty: Text;
  private spec: LinePlotSpec | null = null;
  private textResolution = Math.max(1, Math.ceil(globalThis.devicePixelRatio ?? 1));

  constructor() {
    this.empty = new Text({ text: '', style: { fontFamily: plotFont.family, fontSize: plotFont.labelSize, fill: plotColors.tickLabel, align: 'center', wordWrap: true, wordWrapWidth: 260 } });
    this.empty.anchor.set(0.5);
    this.container.addChild(this.frame.container, this.lines, this.lineLabelBacks, this.empty);
  }

  get plotArea(): Readonly<PlotRect> {
    return this.frame.inner;
  }

  setBounds(outer: PlotRect): void {
    this.frame.setBounds(outer);
    if (this.spec) this.draw(this.spec);
  }

  /** Renders every label at this resolution (2 for a print-size export); redraw afterwards. */
  setTextResolution(resolution: number): void {
    this.textResolution = resolution;
    this.frame.setTextResolution(resolution);
    for (const t of [...this.legend, ...this.lineLabels, this.empty]) t.resolution = resolution;
  }

  /** Redraws the last spec (after a change of bounds or resolution). */
  redraw(): void {
    if (this.spec) this.draw(this.spec);
  }

  draw(spec: LinePlotSpec): void {
    this.spec = spec;
    const xr = spec.xRange ?? dataRange(spec.series.map((s) => s.xs), false);
    const yr = spec.yRange ?? dataRange(spec.series.map((s) => s.ys), spec.yIncludesZero ?? false);
    const xs = niceTicks(xr[0], xr[1], 5, spec.xIntegers);
    const ys = niceTicksForPx(yr[0], yr[1], this.frame.inner.height, 4, spec.yIntegers);
    const xStep = xs.length > 1 ? xs[1] - xs[0] : 1;
    const yStep = ys.length > 1 ? ys[1] - ys[0] : 1;
    const frameSpec: FrameSpec = {
      title: spec.title,
      xLabel: spec.xLabel,
      yLabel: spec.yLabel,
      xRange: xr,
      yRange: yr,
      xTicks: xs.filter((v) => v >= xr[0] && v <= xr[1]).map((v) => ({ at: v, label: formatTick(v, xStep) })),
      yTicks: ys.filter((v) => v >= yr[0] && v <= yr[1]).map((v) => ({ at: v, label: formatTick(v, yStep) })),
      yGrid: ys.filter((v) => v > yr[0] && v < yr[1]),
    };
    this.frame.draw(frameSpec);
    const g = this.lines.clear();
    const inner = this.frame.inner;
    this.drawHorizontalLines(g, frameSpec, spec.hLines ?? []);
    let points = 0;
    for (const s of spec.series) {
      const n = Math.min(s.xs.length, s.ys.length);
      points += n;
      let started = false;
      for (let i = 0; i < n; i++) {
        if (!Number.isFinite(s.ys[i])) { started = false; continue; }
        const px = this.frame.xToPx(frameSpec, s.xs[i]);
        const py = Math.min(inner.y + inner.height, Math.max(inner.y, this.frame.yToPx(frameSpec, s.ys[i])));
        if (!started) g.moveTo(px, py);
        else g.lineTo(px, py);
        started = true;
      }
      if (n > 1) g.stroke({ width: 2, color: s.color });
      if (spec.markers || n === 1) {
        for (let i = 0; i < n; i++) {
          if (!Number.isFinite(s.ys[i])) continue;
          g.circle(this.frame.xToPx(frameSpec, s.xs[i]), this.frame.yToPx(frameSpec, s.ys[i]), 2.5);
        }
        g.fill(s.color);
      }
    }
    // Legend: series names inside the plot area when there is more than one series: top right, or
    // top left when reference lines label the right end; on a dark patch when lines are drawn.
    const hasLines = (spec.hLines?.length ?? 0) > 0;
    const backs = this.lineLabelBacks;
    // A name wider than a small plot (a phone) wraps inside it instead of running over the y axis's labels.
    const legendWidthPx = Math.max(40, inner.width - 12);
    let legendY = inner.y + 4;
    spec.series.forEach((s, i) => {
      let t = this.legend[i];
      if (!t) {
        t = new Text({ text: '', style: { fontFamily: plotFont.family, fontSize: plotFont.tickSize, fill: s.color } });
        t.resolution = this.textResolution;
        t.anchor.set(1, 0);
        this.legend.push(t);
        this.container.addChild(t);
      }
      t.visible = spec.series.length > 1;
      if (t.text !== s.name) t.text = s.name;
      t.style.fill = s.color;
      if (!t.style.wordWrap) t.style.wordWrap = true;
      if (t.style.wordWrapWidth !== legendWidthPx) t.style.wordWrapWidth = legendWidthPx;
      t.anchor.set(hasLines ? 0 : 1, 0);
      t.position.set(hasLines ? inner.x + 6 : inner.x + inner.width - 6, legendY);
      if (t.visible) legendY += Math.max(14, t.height);
      if (hasLines && t.visible) backs.roundRect(t.x - 3, t.y, t.width + 6, t.height, 3);
    });
    if (hasLines) backs.fill({ color: plotColors.plotArea, alpha: 0.8 });
    for (let i = spec.series.length; i < this.legend.length; i++) this.legend[i].visible = false;
    const emptyText = points === 0 ? spec.emptyText ?? t('scene.plot.noData') : '';
    if (this.empty.text !== emptyText) this.empty.text = emptyText;
    this.empty.position.set(inner.x + inner.width / 2, inner.y + inner.height / 2);
  }

  /** Dashed lines across the plot area, each labelled above its right end (below it near the top). */
  private drawHorizontalLines(g: Graphics, frameSpec: FrameSpec, lines: readonly HorizontalLine[]): void {
    const inner = this.frame.inner;
    const backs = this.lineLabelBacks.clear();
    lines.forEach((line, i) => {
      const py = Math.round(this.frame.yToPx(frameSpec, line.y)) + 0.5;
      const visible = py >= inner.y && py <= inner.y + inner.height;
      if (visible) {
        const dash = line.faint ? 4 : 7;
        for (let x = inner.x; x < inner.x + inner.width; x += dash * 2) g.moveTo(x, py).lineTo(Math.min(x + dash, inner.x + inner.width), py);
        g.stroke({ width: line.faint ? 1 : 1.5, color: line.color, alpha: line.faint ? 0.7 : 1 });
      }
      let t = this.lineLabels[i];
      if (!t) {
        t = new Text({ text: '', style: { fontFamily: plotFont.family, fontSize: plotFont.tickSize, fill: line.color } });
        t.resolution = this.textResolution;
        this.lineLabels.push(t);
        this.container.addChild(t);
      }
      t.visible = visible;
      if (t.text !== line.label) t.text = line.label;
      t.style.fill = line.color;
      const below = py - inner.y < 16;
      t.anchor.set(1, below ? 0 : 1);
      t.position.set(inner.x + inner.width - 4, below ? py + 2 : py - 2);
      if (visible) backs.roundRect(t.x - t.width - 3, below ? t.y : t.y - t.height, t.width + 6, t.height, 3);
    });
    if (lines.length > 0) backs.fill({ color: plotColors.plotArea, alpha: 0.8 });
    for (let i = lines.length; i < this.lineLabels.length; i++) this.lineLabels[i].visible = false;
  }
}
