/**
 * The cortical map scene (Merzenich et al. 1984; Sadato et al. 1996): the sheet of units as a strip
 * of cells, each coloured by the input group it answers best (grey: it answers none), the strip as
 * it was just before the first loss above it, the current touch's activity as white bars, a legend
 * of the input groups (silenced ones marked), of the grey and of the white bars, and how much of the
 * lost territory the others took.
 * It only reads the map's registered arrays; returns null unless the level has a cortical map.
 */
import { corticalMapsOf, MapReadout, type CorticalMap } from '../../../circuits/corticalMap/mapCircuit';
import type { Level } from '../../../levels/schema/level';
import type { SimWorld } from '../../../sim/world/world';
import { formatNumber, t } from '../../../i18n/messages';
import { plotColors, plotFont, populationColor } from '../../palette';
import type { SceneFactory, SceneFrame } from '../levelScene';
import { DrawnScene } from '../drawnScene';
import { wrapped } from '../textPool';

const NO_RESPONSE = 0x3a4350;
const MARGIN_PX = 16;

export const mapSceneFactory: SceneFactory = (level: Level, world: SimWorld) => {
  if (!level.circuits.some((c) => c.kind === 'corticalMap')) return null;
  const map = corticalMapsOf(world)[0];
  if (!map) return null;
  const labels = map.config.inputs.map((input) => level.populations.find((p) => p.id === input.population)?.label ?? input.population);
  return new MapScene(map, labels);
};


/** The colour of a preferred group (−1: unresponsive). */
export function groupColour(group: number): number {
  return group < 0 ? NO_RESPONSE : populationColor(group);
}

class MapScene extends DrawnScene {
  constructor(private readonly map: CorticalMap, private readonly groupLabels: readonly string[]) {
    super();
  }

  protected draw(_frame: SceneFrame): void {
    const { map } = this;
    const lossSeen = map.flags[0] === 1;
    const { g } = this;
    const narrow = this.width < 600;
    const titleSize = narrow ? plotFont.labelSize : plotFont.titleSize;
    const left = MARGIN_PX;
    const stripWidth = this.width - 2 * MARGIN_PX;
    const cellWidth = stripWidth / map.units;
    // Strips as tall as the scene allows (it has the room: the legend and plots are below), so the bars read.
    const stripHeight = Math.max(24, Math.min(lossSeen ? 90 : 120, this.height * (lossSeen ? 0.18 : 0.24)));
    let y = MARGIN_PX;
    const title = wrapped(this.texts.text(t('scene.map.title'), left, y, plotColors.label, 0, 0, titleSize, 'bold'), stripWidth);
    y += title.height + 10;
    if (lossSeen) {
      this.texts.text(t('scene.map.before'), left, y, plotColors.tickLabel, 0, 0, plotFont.labelSize);
      y += plotFont.labelSize + 6;
      this.strip(map.preferredBefore, left, y, cellWidth, stripHeight * 0.6);
      y += stripHeight * 0.6 + 14;
    }
    this.texts.text(t('scene.map.now'), left, y, plotColors.tickLabel, 0, 0, plotFont.labelSize);
    y += plotFont.labelSize + 6;
    this.strip(map.preferred, left, y, cellWidth, stripHeight);
    // The current touch: white bars rising from the strip's foot, height ∝ activity.
    const peak = map.referenceResponse > 0 ? map.referenceResponse * 1.5 : 1;
    if (map.flags[1] > 0) {
      for (let i = 0; i < map.units; i++) {
        const a = Math.min(1, map.activity[i] / peak);
        if (a < 0.05) continue;
        g.rect(left + i * cellWidth + cellWidth * 0.3, y + stripHeight * (1 - a), Math.max(1, cellWidth * 0.4), stripHeight * a).fill({ color: 0xffffff, alpha: 0.85 });
      }
    }
    y += stripHeight + 6;
    this.texts.text(t('scene.map.sheetEnds'), left, y, plotColors.tickLabel, 0, 0, plotFont.tickSize);
    y += plotFont.tickSize + 16;
    y = this.legend(left, y, stripWidth);
    if (lossSeen) {
      const percent = formatNumber(100 * map.readout[MapReadout.recruited], { maximumFractionDigits: 0 });
      wrapped(this.texts.text(t('scene.map.takenOver', { percent }), left, y + 8, plotColors.label, 0, 0, plotFont.labelSize, 'bold'), stripWidth);
    }
  }

  private strip(groups: Int32Array, left: number, y: number, cellWidth: number, height: number): void {
    const g = this.g;
    for (let i = 0; i < groups.length; i++) {
      g.rect(left + i * cellWidth, y, Math.max(1, cellWidth - 1), height).fill(groupColour(groups[i]));
    }
  }

  /**
   * The colours of the input groups, the grey of units that answer none, and the white bars (the
   * answer to the present touch), in columns; a label longer than its column wraps (Spanish on a
   * phone) and its row grows to fit. Returns the y below the legend.
   */
  private legend(left: number, y: number, width: number): number {
    const g = this.g;
    const columns = width < 500 ? 2 : 3;
    const columnWidth = width / columns;
    const swatch = 14;
    const entries: Array<{ label: string; group: number | 'bar' }> = [
      ...this.groupLabels.map((label, group) => ({ label, group })),
      { label: t('scene.map.unresponsive'), group: -1 },
    ];
    // The white bars' sentence is long: it gets a row of its own, the whole width.
    const rows = [];
    for (let first = 0; first < entries.length; first += columns) rows.push({ items: entries.slice(first, first + columns), width: columnWidth });
    rows.push({ items: [{ label: t('scene.map.bars'), group: 'bar' as const }], width });
    let rowY = y;
    for (const row of rows) {
      let rowHeight = swatch;
      row.items.forEach(({ label, group }, c) => {
        const x = left + c * row.width;
        if (group === 'bar') {
          g.rect(x, rowY, swatch, swatch).fill(groupColour(-1));
          g.rect(x + swatch * 0.3, rowY + swatch * 0.25, swatch * 0.4, swatch * 0.75).fill({ color: 0xffffff, alpha: 0.85 });
        } else g.rect(x, rowY, swatch, swatch).fill(groupColour(group));
        const silenced = typeof group === 'number' && group >= 0 && this.map.silencedGroup[group] === 1;
        const text = wrapped(this.texts.text(silenced ? t('scene.map.silenced', { name: label }) : label, x + swatch + 6, rowY - 1, silenced ? plotColors.tickLabel : plotColors.label, 0, 0, plotFont.labelSize), row.width - swatch - 12);
        rowHeight = Math.max(rowHeight, text.height);
      });
      rowY += rowHeight + 8;
    }
    return rowY;
  }
}
