/**
 * The Plots panel beside the canvas: which quantity the learning curve shows (a menu, when the level
 * has recorded two or more: a sandbox's measures, a level's objectives), then a PNG and a CSV button
 * per plot. The menu's choices come from the recorder, not from the plot's drawing, so they are there
 * while the canvas shows only the scene (a phone's default view).
 */
import type { Renderer } from 'pixi.js';
import type { TrialRecord } from '../levels/metrics/levelRecorder';
import type { Level } from '../levels/schema/level';
import { learningCurveChoices, metricIdsOf } from '../render/plots/learningCurve';
import type { PlotPanel } from '../render/plots/PlotPanel';
import { t } from '../i18n/messages';

export class PlotControls {
  private readonly curveRow = document.createElement('div');
  private readonly curveSelect = document.createElement('select');
  private readonly buttons = document.createElement('div');
  private panel: PlotPanel | null = null;
  /** The level and the quantity its player chose: kept over a Reset of the same level (a sandbox's runs compare it). */
  private levelId: string | null = null;
  private chosen: string | null = null;
  /** The trials the menu was last built from (their count and last record: a step back shortens them). */
  private seenTrials = -1;
  private seenLast: TrialRecord | undefined;

  constructor(private readonly container: HTMLElement, private readonly renderer: () => Renderer) {
    this.curveRow.className = 'action-row';
    const label = document.createElement('label');
    label.textContent = t('game.plots.curveShows');
    label.htmlFor = this.curveSelect.id = 'plot-curve-select';
    this.curveRow.append(label, this.curveSelect);
    this.curveSelect.addEventListener('change', () => {
      this.chosen = this.curveSelect.value;
      this.panel?.setMetric(this.chosen);
    });
  }

  /** The controls of a level's new plots (its menu empty until a trial records something). */
  show(panel: PlotPanel, levelId: string): void {
    this.panel = panel;
    if (levelId !== this.levelId) this.chosen = null;
    this.levelId = levelId;
    if (this.chosen !== null) panel.setMetric(this.chosen);
    this.seenTrials = -1;
    this.curveSelect.replaceChildren();
    this.curveRow.hidden = true;
    this.buttons.replaceChildren(...panel.plots.map((plot) => {
      const row = document.createElement('div');
      row.className = 'action-row';
      const name = document.createElement('span');
      name.textContent = plot.title;
      name.className = 'muted';
      const png = document.createElement('button');
      png.type = 'button';
      png.className = 'button';
      png.textContent = 'PNG';
      png.setAttribute('aria-label', t('game.plots.exportPng', { title: plot.title }));
      png.addEventListener('click', () => void panel.exportPng(plot.id, this.renderer()));
      const csv = document.createElement('button');
      csv.type = 'button';
      csv.className = 'button';
      csv.textContent = 'CSV';
      csv.setAttribute('aria-label', t('game.plots.exportCsv', { title: plot.title }));
      csv.addEventListener('click', () => panel.exportCsv(plot.id));
      row.append(name, png, csv);
      return row;
    }));
    const hasCurve = panel.plots.some((plot) => plot.id === 'learning');
    this.container.replaceChildren(...(hasCurve ? [this.curveRow] : []), this.buttons);
  }

  /**
   * The menu from the quantities the trials so far have recorded, when they changed. Its options are
   * rebuilt only when the choices differ, so an open menu is not pulled from under the player.
   */
  syncCurveChoices(level: Level, trials: readonly TrialRecord[]): void {
    const panel = this.panel;
    if (!panel || (trials.length === this.seenTrials && trials[trials.length - 1] === this.seenLast)) return;
    this.seenTrials = trials.length;
    this.seenLast = trials[trials.length - 1];
    const choices = learningCurveChoices(level, metricIdsOf(trials));
    this.curveRow.hidden = choices.length < 2;
    const options = this.curveSelect.options;
    const same = choices.length === options.length && choices.every((choice, i) => options[i].value === choice.id && options[i].textContent === choice.label);
    if (!same) {
      this.curveSelect.replaceChildren(...choices.map((choice) => {
        const option = document.createElement('option');
        option.value = choice.id;
        option.textContent = choice.label;
        return option;
      }));
    }
    // The curve falls back to the first recorded quantity when the chosen one has no value (yet): so does the menu.
    const chosen = panel.shownMetric;
    const shown = choices.some((choice) => choice.id === chosen) ? chosen : choices[0]?.id;
    if (shown !== undefined && shown !== null) this.curveSelect.value = shown;
  }
}
