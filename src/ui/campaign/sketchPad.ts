/**
 * A sketch pad: the player draws a curve over the level's trials by moving N control points.
 * - Pointer (mouse, touch, pen): press and drag across the plot; each control point the stroke
 *   passes takes the stroke's height (points skipped by a fast stroke are filled in between).
 * - Keyboard: Left/Right (or Tab-free Home/End) choose a point, Up/Down move it by 5% of the plot,
 *   Page Up/Page Down by 20%. The chosen point is drawn larger.
 * - Screen readers: the pad is one focusable widget; a polite live region says which point is
 *   chosen and its value, and the whole curve in words (describeCurve).
 * Values are plot heights, 0 (bottom) to 1 (top), as the scoring and the progress store keep them.
 */
import { controlTrials, heightToValue } from '../../levels/campaign/sketch';
import { describeCurve, sketchValueWords } from './sketchWords';
import { el } from './modalDialog';
import { createSketchPlot, polylinePoints, svgEl, type SketchAxes, type SketchPlot } from './sketchPlot';
import { t } from '../../i18n/messages';

const SMALL_STEP = 0.05;
const BIG_STEP = 0.2;
let padCount = 0;

export class SketchPad {
  readonly element: HTMLDivElement;
  private readonly plot: SketchPlot;
  private readonly line: SVGPolylineElement;
  private readonly dots: SVGCircleElement[] = [];
  private readonly live: HTMLParagraphElement;
  private readonly trials: number[];
  private readonly heights: number[];
  private active = 0;
  private drawing: { pointerId: number; index: number; height: number } | null = null;
  /** True once the player has moved any point (the dialog commits only a drawn sketch). */
  touched = false;
  onChange: (() => void) | null = null;

  constructor(private readonly axes: SketchAxes, points: number, label: string, initial?: readonly number[]) {
    this.trials = controlTrials(points, { first: axes.firstTrial, last: axes.lastTrial });
    this.heights = initial && initial.length === points ? initial.map((v) => Math.min(1, Math.max(0, v))) : Array<number>(points).fill(0.5);
    this.plot = createSketchPlot(axes);
    const svg = this.plot.svg;
    svg.classList.add('sketch-pad');
    svg.setAttribute('tabindex', '0');
    // One widget that takes the arrow keys itself (a screen reader passes them through).
    svg.setAttribute('role', 'application');
    svg.setAttribute('aria-roledescription', t('game.sketch.roleDescription'));
    svg.setAttribute('aria-label', label);
    this.line = svgEl('polyline', { class: 'sketch-line sketch-line-player', fill: 'none' });
    svg.append(this.line);
    for (let i = 0; i < points; i++) {
      const dot = svgEl('circle', { r: 5, class: 'sketch-point' });
      this.dots.push(dot);
      svg.append(dot);
    }
    const help = el('p', t('game.sketch.help', { count: points }), 'muted sketch-help');
    help.id = `sketch-help-${++padCount}`;
    svg.setAttribute('aria-describedby', help.id);
    this.live = el('p', '', 'sketch-live');
    this.live.setAttribute('aria-live', 'polite');
    this.element = el('div', undefined, 'sketch-pad-box');
    this.element.append(svg, help, this.live);

    svg.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    svg.addEventListener('pointermove', (e) => this.onPointerMove(e));
    svg.addEventListener('pointerup', (e) => this.onPointerEnd(e));
    svg.addEventListener('pointercancel', (e) => this.onPointerEnd(e));
    svg.addEventListener('keydown', (e) => this.onKey(e));
    svg.addEventListener('focus', () => this.announce(true));
    this.render();
  }

  /** The sketch: one height (0-1) per control point. */
  get values(): number[] {
    return [...this.heights];
  }

  /** The curve in words, in the plot's unit. */
  describe(): string {
    return describeCurve(this.heights, this.trials, this.axes);
  }

  focus(): void {
    this.plot.svg.focus();
  }

  private pointText(i: number): string {
    const value = sketchValueWords(heightToValue(this.heights[i], this.axes), this.axes.yUnit);
    return t('game.sketch.point', { number: i + 1, count: this.heights.length, axis: this.axes.xLabel.toLowerCase(), at: Math.round(this.trials[i]), value });
  }

  private announce(withCurve: boolean): void {
    this.live.textContent = withCurve ? t('game.sketch.pointAndCurve', { point: this.pointText(this.active), curve: this.describe() }) : this.pointText(this.active);
  }

  private render(): void {
    this.line.setAttribute('points', polylinePoints(this.plot, this.trials, this.heights));
    this.dots.forEach((dot, i) => {
      dot.setAttribute('cx', this.plot.x(this.trials[i]).toFixed(1));
      dot.setAttribute('cy', this.plot.y(this.heights[i]).toFixed(1));
      dot.setAttribute('r', i === this.active ? '8' : '5');
      dot.classList.toggle('is-active', i === this.active);
    });
  }

  private set(i: number, height: number): void {
    // Rounded to 0.1% of the plot: finer than any pointer, and the saved record stays short.
    this.heights[i] = Math.round(Math.min(1, Math.max(0, height)) * 1000) / 1000;
    this.touched = true;
  }

  private changed(): void {
    this.render();
    this.onChange?.();
  }

  /** Pointer position in the SVG's own units (it may be scaled by CSS). */
  private toSvg(e: PointerEvent): { x: number; y: number } {
    const ctm = this.plot.svg.getScreenCTM();
    if (!ctm) return { x: 0, y: 0 };
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  }

  private nearestIndex(svgX: number): number {
    let best = 0;
    for (let i = 1; i < this.trials.length; i++) {
      if (Math.abs(this.plot.x(this.trials[i]) - svgX) < Math.abs(this.plot.x(this.trials[best]) - svgX)) best = i;
    }
    return best;
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    e.preventDefault();
    this.plot.svg.focus();
    try {
      // Keeps the stroke when the finger or pen leaves the plot; refused for a pointer the browser no longer knows.
      this.plot.svg.setPointerCapture(e.pointerId);
    } catch {
      // Drawing still works while the pointer stays over the plot.
    }
    const p = this.toSvg(e);
    const index = this.nearestIndex(p.x);
    const height = this.plot.heightAt(p.y);
    this.drawing = { pointerId: e.pointerId, index, height };
    this.active = index;
    this.set(index, height);
    this.changed();
  }

  private onPointerMove(e: PointerEvent): void {
    if (!this.drawing || e.pointerId !== this.drawing.pointerId) return;
    const p = this.toSvg(e);
    const index = this.nearestIndex(p.x);
    const height = this.plot.heightAt(p.y);
    // A fast stroke skips points: fill them along the straight line from the last one.
    const from = this.drawing.index;
    const steps = Math.abs(index - from);
    for (let s = 1; s <= steps; s++) {
      const i = from + Math.sign(index - from) * s;
      this.set(i, this.drawing.height + ((height - this.drawing.height) * s) / steps);
    }
    if (steps === 0) this.set(index, height);
    this.drawing = { pointerId: e.pointerId, index, height };
    this.active = index;
    this.changed();
  }

  private onPointerEnd(e: PointerEvent): void {
    if (!this.drawing || e.pointerId !== this.drawing.pointerId) return;
    this.drawing = null;
    this.announce(true);
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.heights.length;
    let handled = true;
    switch (e.key) {
      case 'ArrowLeft': this.active = Math.max(0, this.active - 1); break;
      case 'ArrowRight': this.active = Math.min(n - 1, this.active + 1); break;
      case 'Home': this.active = 0; break;
      case 'End': this.active = n - 1; break;
      case 'ArrowUp': this.set(this.active, this.heights[this.active] + SMALL_STEP); break;
      case 'ArrowDown': this.set(this.active, this.heights[this.active] - SMALL_STEP); break;
      case 'PageUp': this.set(this.active, this.heights[this.active] + BIG_STEP); break;
      case 'PageDown': this.set(this.active, this.heights[this.active] - BIG_STEP); break;
      default: handled = false;
    }
    if (!handled) return;
    e.preventDefault();
    this.changed();
    this.announce(e.key === 'ArrowUp' || e.key === 'ArrowDown' || e.key === 'PageUp' || e.key === 'PageDown');
  }
}
