/**
 * The plots panel's controls: which quantity the learning curve shows (a menu, when the level records
 * two or more: a sandbox's measures, a level's objectives), then a PNG and a CSV button per plot.
 */
import type { Renderer } from 'pixi.js';
import type { PlotPanel } from '../render/plots/PlotPanel';
import { t } from '../i18n/messages';

export class PlotExports {
  private readonly curveRow = document.createElement('div');
  private readonly curveSelect = document.createElement('select');
  private readonly buttons = document.createElement('div');

  constructor(private readonly container: HTMLElement, private readonly renderer: () => Renderer) {
    this.curveRow.className = 'action-row';
    const label = document.createElement('label');
    label.textContent = t('game.plots.curveShows');
    label.htmlFor = this.curveSelect.id = 'plot-curve-select';
    this.curveRow.append(label, this.curveSelect);
  }

  show(panel: PlotPanel): void {
    this.curveSelect.onchange = () => panel.setMetric(this.curveSelect.value);
    panel.onCurveChoices(() => this.showCurveChoices(panel));
    this.showCurveChoices(panel);
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

  /** The menu's options: rebuilt only when the choices change, so an open menu is not pulled from under the player. */
  private showCurveChoices(panel: PlotPanel): void {
    const { choices, shown } = panel.curveChoices;
    this.curveRow.hidden = choices.length < 2;
    const same = choices.length === this.curveSelect.options.length
      && choices.every((choice, i) => this.curveSelect.options[i].value === choice.id && this.curveSelect.options[i].textContent === choice.label);
    if (!same) {
      this.curveSelect.replaceChildren(...choices.map((choice) => {
        const option = document.createElement('option');
        option.value = choice.id;
        option.textContent = choice.label;
        return option;
      }));
    }
    if (shown !== null) this.curveSelect.value = shown;
  }
}
