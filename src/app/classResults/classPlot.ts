/**
 * Every student's learning curve of one level overlaid in one SVG plot: trials across, the level's
 * first recorded quantity up; one colour per student from the Okabe–Ito palette (told apart with
 * colour blindness), and past eight students the same colours again with dashes. Drawn with DOM
 * calls (no HTML text), sized by its viewBox so it scales on a phone.
 */
import { formatNumber } from '../../i18n/messages';
import type { StudentRun } from './classSummary';

const SVG = 'http://www.w3.org/2000/svg';
/** Okabe & Ito (2008) colour-blind-safe palette, without the yellow that vanishes on white. */
export const STUDENT_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000'] as const;
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 56, right: 12, top: 12, bottom: 36 };

export function styleOf(index: number): { color: string; dash: string } {
  return { color: STUDENT_COLORS[index % STUDENT_COLORS.length], dash: DASHES[Math.floor(index / STUDENT_COLORS.length) % DASHES.length] };
}

function svg<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/** The quantity the curves show: the first metric any run recorded per trial. */
export function curveMetricOf(runs: readonly StudentRun[]): string | null {
  for (const r of runs) for (const point of r.record.curve) for (const id of Object.keys(point.metrics)) return id;
  return null;
}

export function learningCurvesSvg(runs: readonly StudentRun[], metricId: string, words: { title: string; xLabel: string; yLabel: string }): SVGSVGElement {
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'class-plot' });
  const title = svg('title', {});
  title.textContent = words.title;
  root.append(title);
  const series = runs.map((r) => r.record.curve.flatMap((p) => (typeof p.metrics[metricId] === 'number' ? [[p.trial, p.metrics[metricId] as number] as const] : [])));
  const all = series.flat();
  const xMax = Math.max(1, ...all.map(([x]) => x));
  const yMin = Math.min(0, ...all.map(([, y]) => y));
  const yMaxRaw = Math.max(...all.map(([, y]) => y), yMin + 1e-9);
  const yMax = yMaxRaw === yMin ? yMin + 1 : yMaxRaw;
  const px = (x: number): number => PAD.left + ((x - 1) / Math.max(1, xMax - 1)) * (WIDTH - PAD.left - PAD.right);
  const py = (y: number): number => HEIGHT - PAD.bottom - ((y - yMin) / (yMax - yMin)) * (HEIGHT - PAD.top - PAD.bottom);
  root.append(svg('rect', { x: PAD.left, y: PAD.top, width: WIDTH - PAD.left - PAD.right, height: HEIGHT - PAD.top - PAD.bottom, fill: '#ffffff', stroke: '#595959' }));
  for (const [value, anchor] of [[yMin, 'start'], [yMax, 'end']] as const) {
    const label = svg('text', { x: PAD.left - 6, y: py(value) + (anchor === 'start' ? 0 : 10), 'text-anchor': 'end', class: 'class-plot-tick' });
    label.textContent = formatNumber(value, { maximumSignificantDigits: 3 });
    root.append(label);
  }
  for (const value of [1, xMax]) {
    const label = svg('text', { x: px(value), y: HEIGHT - PAD.bottom + 14, 'text-anchor': 'middle', class: 'class-plot-tick' });
    label.textContent = formatNumber(value);
    root.append(label);
  }
  const xLabel = svg('text', { x: (PAD.left + WIDTH - PAD.right) / 2, y: HEIGHT - 4, 'text-anchor': 'middle', class: 'class-plot-label' });
  xLabel.textContent = words.xLabel;
  const yLabel = svg('text', { x: 12, y: (PAD.top + HEIGHT - PAD.bottom) / 2, 'text-anchor': 'middle', class: 'class-plot-label', transform: `rotate(-90 12 ${(PAD.top + HEIGHT - PAD.bottom) / 2})` });
  yLabel.textContent = words.yLabel;
  root.append(xLabel, yLabel);
  series.forEach((points, i) => {
    if (points.length === 0) return;
    const { color, dash } = styleOf(i);
    const d = points.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
    const line = svg('path', { d, fill: 'none', stroke: color, 'stroke-width': 2, ...(dash ? { 'stroke-dasharray': dash } : {}) });
    const name = svg('title', {});
    name.textContent = runs[i].student;
    line.append(name);
    root.append(line);
    if (points.length <= 40) for (const [x, y] of points) root.append(svg('circle', { cx: px(x).toFixed(1), cy: py(y).toFixed(1), r: 2.5, fill: color }));
  });
  return root;
}
