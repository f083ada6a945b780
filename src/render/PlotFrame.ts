import { Container, Graphics, Text } from 'pixi.js';
import { plotColors, plotFont } from './palette';
import type { PlotRect } from './plotData';

/** One labelled tick; `at` is in data units along its axis. */
export interface AxisTick {
  at: number;
  label: string;
  /** Label colour; defaults to the tick-label grey. */
  color?: number;
}

export interface FrameSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  xRange: readonly [number, number];
  yRange: readonly [number, number];
  xTicks: readonly AxisTick[];
  yTicks: readonly AxisTick[];
  /** Draw faint horizontal grid lines at these y values (data units). */
  yGrid?: readonly number[];
  /** Label for y ticks drawn without a tick mark (e.g. category names at band centres). */
  yTickMarks?: boolean;
  /** Widest a y tick label may be (px); a longer one is cut with an ellipsis (long population names on a raster). */
  yTickMaxWidthPx?: number;
}

export interface FrameMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const defaultMargins: FrameMargins = { left: 64, right: 14, top: 28, bottom: 44 };

/** Least room between two x tick labels (px); closer ones drop the later label. */
const X_TICK_GAP_PX = 6;

/**
 * Axes, ticks, grid and labels around a plot area. Text objects are pooled and only re-rendered
 * when their string changes, so calling `draw` every frame with the same spec is cheap.
 */
export class PlotFrame {
  readonly container = new Container();
  /** Plot area inside the margins, in the container's coordinates (CSS pixels). */
  readonly inner: PlotRect = { x: 0, y: 0, width: 0, height: 0 };
  private readonly back = new Graphics();
  private readonly lines = new Graphics();
  private readonly texts: Text[] = [];
  private used = 0;
  private readonly margins: FrameMargins;
  private outer: PlotRect = { x: 0, y: 0, width: 0, height: 0 };
  private textResolution = Math.max(1, Math.ceil(globalThis.devicePixelRatio ?? 1));

  constructor(margins: FrameMargins = defaultMargins) {
    this.margins = { ...margins };
    this.container.addChild(this.back, this.lines);
  }

  /** Widens or narrows the left margin (room for long y tick labels); call `draw` afterwards. */
  setLeftMargin(px: number): void {
    this.margins.left = px;
    this.setBounds(this.outer);
  }

  /** Renders labels at this resolution from the next draw on (2 for a print-size export). */
  setTextResolution(resolution: number): void {
    this.textResolution = resolution;
  }

  /** The outer rectangle last set. */
  get bounds(): Readonly<PlotRect> {
    return this.outer;
  }

  /** Sets the outer rectangle; the plot area is what the margins leave. */
  setBounds(outer: PlotRect): void {
    this.outer = { ...outer };
    const m = this.margins;
    this.inner.x = outer.x + m.left;
    this.inner.y = outer.y + m.top;
    this.inner.width = Math.max(10, outer.width - m.left - m.right);
    this.inner.height = Math.max(10, outer.height - m.top - m.bottom);
  }

  /** Data x → pixel x inside the plot area. */
  xToPx(spec: FrameSpec, x: number): number {
    const [lo, hi] = spec.xRange;
    return this.inner.x + ((x - lo) / (hi - lo)) * this.inner.width;
  }

  /** Data y → pixel y (y grows upwards in data, downwards on screen). */
  yToPx(spec: FrameSpec, y: number): number {
    const [lo, hi] = spec.yRange;
    return this.inner.y + this.inner.height - ((y - lo) / (hi - lo)) * this.inner.height;
  }

  draw(spec: FrameSpec): void {
    const { x, y, width, height } = this.inner;
    this.used = 0;
    this.back.clear().rect(x, y, width, height).fill(plotColors.plotArea);

    const g = this.lines.clear();
    for (const gy of spec.yGrid ?? []) {
      const py = Math.round(this.yToPx(spec, gy)) + 0.5;
      g.moveTo(x, py).lineTo(x + width, py);
    }
    g.stroke({ width: 1, color: plotColors.grid });

    // Axis lines on the left and bottom, with outward tick marks.
    g.moveTo(x - 0.5, y).lineTo(x - 0.5, y + height + 0.5).lineTo(x + width, y + height + 0.5);
    // Tick labels are measured as drawn: a label that would touch the one before it (long numbers in
    // a narrow phone plot, "1 000,5" in Spanish) is dropped with its mark, so the rest stay readable.
    let lastRightPx = -Infinity;
    for (const t of spec.xTicks) {
      const px = Math.round(this.xToPx(spec, t.at)) + 0.5;
      const text = this.label(t.label, px, y + height + 7, 0.5, 0, plotFont.tickSize, t.color ?? plotColors.tickLabel);
      const leftPx = px - text.width / 2;
      if (leftPx < lastRightPx + X_TICK_GAP_PX) {
        text.visible = false;
        continue;
      }
      lastRightPx = px + text.width / 2;
      g.moveTo(px, y + height + 0.5).lineTo(px, y + height + 5);
    }
    // The same for y: a label cut to the room it has, then dropped (with its mark) when it would
    // overlap the last one kept (two small populations' names on a short raster).
    let lastPy = Number.NaN;
    let lastHalfHeight = 0;
    const maxWidth = spec.yTickMaxWidthPx === undefined ? 0 : Math.max(12, Math.round(spec.yTickMaxWidthPx));
    for (const t of spec.yTicks) {
      const py = Math.round(this.yToPx(spec, t.at)) + 0.5;
      const fitKey = `w${maxWidth}|${t.label}`;
      const fit = maxWidth > 0 ? this.fits.get(fitKey) : undefined;
      const text = this.label(fit?.text ?? t.label, x - 8, py, 1, 0.5, plotFont.tickSize, t.color ?? plotColors.tickLabel);
      if (maxWidth > 0 && !fit) this.remember(fitKey, fitWidth(text, t.label, maxWidth, true));
      const halfHeight = text.height / 2;
      if (Math.abs(py - lastPy) < halfHeight + lastHalfHeight + 1) {
        text.visible = false;
        continue;
      }
      lastPy = py;
      lastHalfHeight = halfHeight;
      if (spec.yTickMarks !== false) g.moveTo(x - 5, py).lineTo(x - 0.5, py);
    }
    g.stroke({ width: 1, color: plotColors.axis });

    // The title may use the whole cell width right of the plot's left edge; a longer one is cut.
    const titleRoom = Math.round(this.outer.x + this.outer.width - x - 2);
    const titleFit = this.fits.get(`t${titleRoom}|${spec.title}`);
    const title = this.label(titleFit?.text ?? spec.title, x, y - 8, 0, 1, titleFit?.size ?? plotFont.titleSize, plotColors.label, 'bold');
    if (!titleFit) this.remember(`t${titleRoom}|${spec.title}`, fitTitle(title, spec.title, titleRoom));
    this.label(spec.xLabel, x + width / 2, y + height + 24, 0.5, 0, plotFont.labelSize, plotColors.label);
    // The y label runs along the cell's height: a long one wraps onto a second line, then is cut.
    const yRoom = Math.round(Math.max(30, this.outer.height - 6));
    const yFit = this.fits.get(`y${yRoom}|${spec.yLabel}`);
    const yLabel = this.label(yFit?.text ?? spec.yLabel, x - this.margins.left + 2, y + height / 2, 0.5, 0, plotFont.labelSize, plotColors.label, 'normal', yFit && !yFit.wrap ? 0 : yRoom);
    yLabel.rotation = -Math.PI / 2;
    if (!yFit) {
      const twoLines = yLabel.height <= plotFont.labelSize * 2 * 1.4;
      this.remember(`y${yRoom}|${spec.yLabel}`, twoLines ? { text: spec.yLabel, wrap: true } : fitWidth(yLabel, spec.yLabel, yRoom, true));
    }
    yLabel.y = Math.round(Math.min(Math.max(y + height / 2, this.outer.y + yLabel.width / 2 + 2), this.outer.y + this.outer.height - yLabel.width / 2 - 2));

    for (let i = this.used; i < this.texts.length; i++) this.texts[i].visible = false;
  }

  /** Fitted labels by room and text, so a label that had to be cut is measured once, not every frame. */
  private readonly fits = new Map<string, Fitted>();

  private remember(key: string, fitted: Fitted): void {
    if (this.fits.size > 64) this.fits.clear();
    this.fits.set(key, fitted);
  }

  private label(
    text: string, px: number, py: number, anchorX: number, anchorY: number,
    size: number, color: number, weight: 'normal' | 'bold' = 'normal', wrapWidth = 0,
  ): Text {
    let t = this.texts[this.used];
    if (!t) {
      t = new Text({ text: '', style: { fontFamily: plotFont.family, fontSize: size, fill: color } });
      this.texts.push(t);
      this.container.addChild(t);
    }
    this.used++;
    t.visible = true;
    if (t.resolution !== this.textResolution) t.resolution = this.textResolution;
    if (t.text !== text) t.text = text;
    if (t.style.fontSize !== size) t.style.fontSize = size;
    if (t.style.fill !== color) t.style.fill = color;
    if (t.style.fontWeight !== weight) t.style.fontWeight = weight;
    if (t.style.wordWrap !== wrapWidth > 0) t.style.wordWrap = wrapWidth > 0;
    if (wrapWidth > 0 && t.style.wordWrapWidth !== wrapWidth) t.style.wordWrapWidth = wrapWidth;
    t.anchor.set(anchorX, anchorY);
    t.rotation = 0;
    t.position.set(Math.round(px), Math.round(py));
    return t;
  }
}

interface Fitted {
  readonly text: string;
  readonly wrap: boolean;
  /** Font size it was fitted at (titles shrink one step before they are cut). */
  readonly size?: number;
}

/** A title too wide for its room is set one size smaller (the label size) before it is cut. */
function fitTitle(t: Text, full: string, maxPx: number): Fitted {
  const whole = fitWidth(t, full, maxPx, false);
  if (whole.text === full) return whole;
  t.style.fontSize = plotFont.labelSize;
  return { ...fitWidth(t, full, maxPx, false), size: plotFont.labelSize };
}

/** Cuts `t` (showing `full`) with an ellipsis until it is at most `maxPx` wide (on one line when `oneLine`). */
function fitWidth(t: Text, full: string, maxPx: number, oneLine: boolean): Fitted {
  if (oneLine) t.style.wordWrap = false;
  if (t.text !== full) t.text = full;
  if (t.width <= maxPx) return { text: full, wrap: false };
  let keep = Math.max(1, Math.floor((full.length * maxPx) / t.width));
  t.text = `${full.slice(0, keep).trimEnd()}…`;
  while (keep > 1 && t.width > maxPx) {
    keep--;
    t.text = `${full.slice(0, keep).trimEnd()}…`;
  }
  return { text: t.text, wrap: false };
}
