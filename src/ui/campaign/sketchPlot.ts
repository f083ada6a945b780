/**
 * The plot a sketch prediction is drawn on and shown in: an SVG with labelled axes (trials along x,
 * the objective's value along y, its range from the level file). Shared by the sketch pad and the
 * result card. Labels are set with textContent: level text never becomes markup.
 */
import type { SketchAxes } from '../../levels/campaign/sketch';
import { formatNumber } from '../../i18n/messages';

export type { SketchAxes };

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SketchPlot {
  svg: SVGSVGElement;
  /** Pixel x of a trial number. */
  x(trial: number): number;
  /** Pixel y of a plot height (0 bottom, 1 top). */
  y(height: number): number;
  /** Plot height (clamped to 0-1) of a pixel y. */
  heightAt(pixelY: number): number;
  /** The plot area in SVG units. */
  box: { left: number; top: number; width: number; height: number };
}

export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A value for an axis tick: whole numbers from 10 up, one decimal below. */
export function tickText(value: number): string {
  const rounded = Math.abs(value) >= 10 || Number.isInteger(value) ? Math.round(value) : Math.round(value * 10) / 10;
  return formatNumber(rounded, { maximumFractionDigits: 1, useGrouping: false });
}

/** A points="..." attribute for heights at trial numbers. */
export function polylinePoints(plot: SketchPlot, trials: readonly number[], heights: readonly number[]): string {
  return heights.map((h, i) => `${plot.x(trials[i]).toFixed(1)},${plot.y(h).toFixed(1)}`).join(' ');
}

export function createSketchPlot(axes: SketchAxes, width = 400, height = 240): SketchPlot {
  const box = { left: 52, top: 12, width: width - 52 - 14, height: height - 12 - 44 };
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'sketch-plot' });
  const first = axes.firstTrial;
  const last = Math.max(axes.lastTrial, first + 1);
  const x = (trial: number): number => box.left + ((trial - first) / (last - first)) * box.width;
  const y = (h: number): number => box.top + (1 - h) * box.height;
  const heightAt = (py: number): number => Math.min(1, Math.max(0, 1 - (py - box.top) / box.height));

  svg.append(svgEl('rect', { x: box.left, y: box.top, width: box.width, height: box.height, class: 'sketch-plot-area' }));
  const axis = svgEl('g', { class: 'sketch-plot-axis', 'aria-hidden': 'true' });
  for (const h of [0, 0.5, 1]) {
    const value = axes.yMin + h * (axes.yMax - axes.yMin);
    axis.append(svgEl('line', { x1: box.left, x2: box.left + box.width, y1: y(h), y2: y(h), class: 'sketch-plot-grid' }));
    // 11 px clear of the axis: the chosen point (r 8 + its stroke) sits on the axis and would cover the label.
    axis.append(svgEl('text', { x: box.left - 11, y: y(h) + 4, 'text-anchor': 'end', class: 'sketch-plot-tick' }, tickText(value)));
  }
  for (const t of [first, Math.round((first + last) / 2), last]) {
    axis.append(svgEl('line', { x1: x(t), x2: x(t), y1: box.top + box.height, y2: box.top + box.height + 4, class: 'sketch-plot-tickmark' }));
    axis.append(svgEl('text', { x: x(t), y: box.top + box.height + 16, 'text-anchor': 'middle', class: 'sketch-plot-tick' }, tickText(t)));
  }
  axis.append(svgEl('line', { x1: box.left, x2: box.left, y1: box.top, y2: box.top + box.height, class: 'sketch-plot-axisline' }));
  axis.append(svgEl('line', { x1: box.left, x2: box.left + box.width, y1: box.top + box.height, y2: box.top + box.height, class: 'sketch-plot-axisline' }));
  axis.append(svgEl('text', { x: box.left + box.width / 2, y: height - 6, 'text-anchor': 'middle', class: 'sketch-plot-label' }, axes.xLabel));
  const yTitle = axes.yUnit ? `${axes.yLabel} (${axes.yUnit})` : axes.yLabel;
  axis.append(svgEl('text', { x: 12, y: box.top + box.height / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${box.top + box.height / 2})`, class: 'sketch-plot-label' }, yTitle));
  svg.append(axis);
  return { svg, x, y, heightAt, box };
}
