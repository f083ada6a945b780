/**
 * The eyelid-trace plot's legend and whether it fits on its title's row. The legend is right-aligned on
 * the title's row; where the two would meet (a phone, or a language with longer words) the legend takes a
 * row of its own above the title. Widths are measured with the plot's own fonts.
 */
import { CanvasTextMetrics, TextStyle } from 'pixi.js';
import { t } from '../../../i18n/messages';
import { plotFont } from '../../palette';

/** Space between legend items, and between the title and the legend (px). */
export const LEGEND_GAP_PX = 14;

export function stackLegendItems(colors: { closure: number; probe: number; live: number; puff: number; cr: number }): [string, number][] {
  return [
    [t('scene.eyeblink.legend.paired'), colors.closure], [t('scene.eyeblink.legend.probe'), colors.probe],
    [t('scene.eyeblink.legend.now'), colors.live], [t('scene.eyeblink.legend.puff'), colors.puff], [t('scene.eyeblink.legend.crOnset'), colors.cr],
  ];
}

/** Whether `title` (bold, title size) and the legend's items (tick size, LEGEND_GAP_PX apart) fit side by side in `innerWidthPx`. */
export function legendFitsBesideTitle(title: string, items: readonly [string, number][], innerWidthPx: number): boolean {
  const titleStyle = new TextStyle({ fontFamily: plotFont.family, fontSize: plotFont.titleSize, fontWeight: 'bold' });
  const itemStyle = new TextStyle({ fontFamily: plotFont.family, fontSize: plotFont.tickSize });
  const legendPx = items.reduce((sum, [label]) => sum + CanvasTextMetrics.measureText(label, itemStyle).width + LEGEND_GAP_PX, 0);
  return CanvasTextMetrics.measureText(title, titleStyle).width + legendPx + 6 <= innerWidthPx;
}
