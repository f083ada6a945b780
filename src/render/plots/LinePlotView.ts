import { Container, Graphics, Text } from 'pixi.js';
import { plotColors, plotFont } from '../palette';
import { PlotFrame, type FrameSpec } from '../PlotFrame';
import type { PlotRect } from '../plotData';
import { formatTick, niceTicks } from '../ticks';
import type { Series } from './learningCurve';
import { dataRange } from './plotRange';

export interface LinePlotSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly Series[];
  /** Fixed ranges; otherwise the data's extremes (y always includes 0 when `yIncludesZero`). */
  xRange?: readonly [number, number];
  yRange?: readonly [number, number];
  yIncludesZero?: boolean;
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
  private readonly legend: Text[] = [];
  private readonly empty: Text;
  private spec: LinePlotSpec | null = null;

  constructor() {
    this.empty = new Text({ text: '', style: { fontFamily: plotFont.family, fontSize: plotFont.labelSize, fill: plotColors.tickLabel, align: 'center', wordWrap: true, wordWrapWidth: 260 } });
    this.empty.anchor.set(0.5);
    this.container.addChild(this.frame.container, this.lines, this.empty);
  }

  get plotArea(): Readonly<PlotRect> {
    return this.frame.inner;
  }

  setBounds(outer: PlotRect): void {
    this.frame.setBounds(outer);
    if (this.spec) this.draw(this.spec);
  }

  draw(spec: LinePlotSpec): void {
    this.spec = spec;
    const xr = spec.xRange ?? dataRange(spec.series.map((s) => s.xs), false);
    const yr = spec.yRange ?? dataRange(spec.series.map((s) => s.ys), spec.yIncludesZero ?? false);
    const xs = niceTicks(xr[0], xr[1], 5);
    const ys = niceTicks(yr[0], yr[1], 4);
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
    // Legend: series names top-right inside the plot area, when there is more than one series.
    spec.series.forEach((s, i) => {
      let t = this.legend[i];
      if (!t) {
        t = new Text({ text: '', style: { fontFamily: plotFont.family, fontSize: plotFont.tickSize, fill: s.color } });
        t.anchor.set(1, 0);
        this.legend.push(t);
        this.container.addChild(t);
      }
      t.visible = spec.series.length > 1;
      if (t.text !== s.name) t.text = s.name;
      t.style.fill = s.color;
      t.position.set(inner.x + inner.width - 6, inner.y + 4 + 14 * i);
    });
    for (let i = spec.series.length; i < this.legend.length; i++) this.legend[i].visible = false;
    const emptyText = points === 0 ? spec.emptyText ?? 'no data yet' : '';
    if (this.empty.text !== emptyText) this.empty.text = emptyText;
    this.empty.position.set(inner.x + inner.width / 2, inner.y + inner.height / 2);
  }
}
