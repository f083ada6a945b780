/** The "Export plots" buttons: a PNG and a CSV button per plot the level's plot panel has. */
import type { Renderer } from 'pixi.js';
import type { PlotPanel } from '../render/plots/PlotPanel';
import { t } from '../i18n/messages';

export class PlotExports {
  constructor(private readonly container: HTMLElement, private readonly renderer: () => Renderer) {}

  show(panel: PlotPanel): void {
    this.container.replaceChildren(...panel.plots.map((plot) => {
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
  }
}
