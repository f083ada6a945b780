/**
 * The quick check: run the draft headless for N trials (in a worker, the page stays responsive) and
 * see each objective's learning curve against its threshold, and whether it is met. The curve is a
 * small SVG with its numbers also in words (first, last, threshold) for screen readers.
 */
import { isSuperseded, MAX_CHECK_TRIALS, type ObjectiveCurve, type QuickCheckResult } from '../../editor/quickCheck';
import { element } from './fieldControls';
import { formatNumber, formatWithUnit, t } from '../../i18n/messages';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320; // viewBox units
const HEIGHT = 110;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function format(value: number | null): string {
  if (value === null) return t('editor.check.notMeasured');
  return formatNumber(Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3)), { maximumFractionDigits: 6, useGrouping: false });
}

/** Room for the value labels on the left and the trial labels below, in the plot's viewBox units. */
const LEFT_MARGIN_UNITS = 40;
const BOTTOM_MARGIN_UNITS = 16;
const PAD_UNITS = 6;

function label(text: string, x: number, y: number, anchor: 'start' | 'middle' | 'end'): SVGTextElement {
  const node = svg('text', { x, y, 'text-anchor': anchor, class: 'ed-curve-axis' });
  node.textContent = text;
  return node;
}

function curvePlot(curve: ObjectiveCurve): SVGSVGElement {
  const values = curve.perTrial;
  const thresholds = typeof curve.threshold === 'number' ? [curve.threshold] : [...curve.threshold];
  const finite = [...values.filter((v): v is number => v !== null), ...thresholds];
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (!(high > low)) { low -= 1; high += 1; }
  // A tenth of the range above and below, so neither the goal line nor the curve sits on the frame.
  const margin = (high - low) / 10;
  low -= margin;
  high += margin;
  const plotBottom = HEIGHT - BOTTOM_MARGIN_UNITS;
  const x = (i: number) => (values.length <= 1 ? (LEFT_MARGIN_UNITS + WIDTH) / 2 : LEFT_MARGIN_UNITS + PAD_UNITS + (i / (values.length - 1)) * (WIDTH - LEFT_MARGIN_UNITS - 2 * PAD_UNITS));
  const y = (v: number) => plotBottom - PAD_UNITS - ((v - low) / (high - low)) * (plotBottom - 2 * PAD_UNITS);
  const plot = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'ed-curve', 'aria-hidden': 'true' });
  plot.append(svg('rect', { x: LEFT_MARGIN_UNITS, y: 0, width: WIDTH - LEFT_MARGIN_UNITS, height: plotBottom, class: 'ed-curve-bg' }));
  for (const goal of thresholds) {
    plot.append(svg('line', { x1: LEFT_MARGIN_UNITS, x2: WIDTH, y1: y(goal), y2: y(goal), class: 'ed-curve-threshold' }));
    plot.append(label(t('editor.check.goalAxis', { value: format(goal) }), LEFT_MARGIN_UNITS - 3, y(goal) + 3, 'end'));
  }
  const shownValues = finite.filter((v) => !thresholds.includes(v));
  if (shownValues.length > 0) {
    const top = Math.max(...shownValues);
    const bottom = Math.min(...shownValues);
    // The curve's own highest and lowest values, unless a goal label would sit on them.
    for (const v of top === bottom ? [top] : [top, bottom]) {
      if (thresholds.every((goal) => Math.abs(y(goal) - y(v)) > 10)) plot.append(label(format(v), LEFT_MARGIN_UNITS - 3, y(v) + 3, 'end'));
    }
  }
  plot.append(label(t('editor.check.trialAxis', { number: 1 }), LEFT_MARGIN_UNITS + PAD_UNITS, HEIGHT - 3, 'start'), label(t('editor.check.trialAxis', { number: values.length }), WIDTH - PAD_UNITS, HEIGHT - 3, 'end'));
  const points = values.map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`)).filter((p) => p !== null);
  if (points.length > 0) plot.append(svg('polyline', { points: points.join(' '), class: 'ed-curve-line' }));
  return plot;
}

export class CheckPanel {
  readonly element = element('section', 'ed-panel ed-check');
  private readonly trialsInput = element('input', 'ed-input ed-input-narrow');
  private readonly runButton = element('button', 'button', t('editor.check.run'));
  private readonly status = element('p', 'ed-status-line');
  private readonly results = element('div', 'ed-check-results');
  /** Checks under way (a re-render while one runs must not offer Run again). */
  private running = 0;
  private reason: string | null = null;

  constructor(run: (trials: number) => Promise<QuickCheckResult>) {
    this.element.id = 'ed-check';
    this.element.setAttribute('aria-labelledby', 'ed-check-title');
    const title = element('h2', undefined, t('editor.check.title'));
    title.id = 'ed-check-title';
    const row = element('div', 'ed-field ed-inline');
    const label = element('label', 'ed-label', t('editor.check.trials'));
    label.htmlFor = 'ed-check-trials';
    this.trialsInput.id = 'ed-check-trials';
    this.trialsInput.type = 'number';
    this.trialsInput.min = '1';
    this.trialsInput.max = String(MAX_CHECK_TRIALS);
    this.trialsInput.value = '50';
    this.runButton.type = 'button';
    this.runButton.id = 'ed-check-run';
    this.status.setAttribute('role', 'status');
    this.runButton.addEventListener('click', () => {
      const trials = Number(this.trialsInput.value);
      if (!(trials >= 1)) { this.status.textContent = t('editor.check.needTrials'); return; }
      this.running++;
      this.runButton.disabled = true;
      this.status.textContent = t('editor.check.running', { count: trials, trials: String(trials) });
      const started = performance.now();
      run(trials).then((result) => this.show(result, performance.now() - started), (error: unknown) => {
        this.status.textContent = t('editor.check.stopped', { reason: error instanceof Error ? error.message : String(error) });
      }).finally(() => {
        this.running--;
        this.runButton.disabled = this.reason !== null || this.running > 0;
        // The button was disabled while it had the keyboard, which put focus on the page's body: give it back.
        if (!this.runButton.disabled && (document.activeElement === null || document.activeElement === document.body)) this.runButton.focus();
      });
    });
    row.append(label, this.trialsInput, this.runButton);
    this.element.append(title, element('p', 'ed-help', t('editor.check.help')), row, this.status, this.results);
  }

  /** Why the check cannot run now (null: it can, once a running check ends); a reason no longer true leaves the status line. */
  setRunnable(reason: string | null): void {
    this.reason = reason;
    this.runButton.disabled = reason !== null || this.running > 0;
    this.runButton.title = reason ?? '';
    if (reason !== null) this.status.textContent = reason;
    else if (this.status.textContent === this.runButton.dataset.shownReason) this.status.textContent = '';
    this.runButton.dataset.shownReason = reason ?? '';
  }

  /** The trials a check runs unless the designer types another number (the level's own count). */
  setSuggestedTrials(trials: number): void {
    this.trialsInput.value = String(Math.max(1, Math.min(MAX_CHECK_TRIALS, Math.round(trials))));
  }

  private show(result: QuickCheckResult, wallMs: number): void {
    if (isSuperseded(result)) return; // a newer check is running and will report
    this.results.replaceChildren();
    if (!result.ok) {
      this.status.textContent = t('editor.check.couldNotRun', { problems: result.errors.map((e) => t('editor.problems.item', { where: e.path || t('editor.path.level'), problem: e.message })).join('; ') });
      return;
    }
    const met = result.curves.filter((c) => c.met).length;
    this.status.textContent = t('editor.check.done', {
      count: result.trials, trials: String(result.trials), simulated: formatWithUnit(result.simulatedMs / 1000, 's', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      wall: formatWithUnit(wallMs / 1000, 's', { minimumFractionDigits: 1, maximumFractionDigits: 1 }), met: String(met), objectives: String(result.curves.length),
    });
    if (result.curves.length === 0) this.results.append(element('p', 'ed-help', t('editor.check.noObjectives')));
    for (const curve of result.curves) {
      const figure = element('figure', 'ed-check-curve');
      const measured = curve.perTrial.filter((v): v is number => v !== null);
      const threshold = typeof curve.threshold === 'number' ? format(curve.threshold) : t('editor.check.range', { low: format(curve.threshold[0]), high: format(curve.threshold[1]) });
      const caption = element('figcaption', undefined, t(curve.met ? 'editor.check.curveMet' : 'editor.check.curveNotMet', {
        objective: curve.label, comparison: curve.comparison, threshold, end: format(curve.value), first: format(measured[0] ?? null), last: format(measured.at(-1) ?? null),
      }));
      caption.classList.add(curve.met ? 'ed-met' : 'ed-not-met');
      figure.append(curvePlot(curve), caption);
      this.results.append(figure);
    }
  }
}
