/**
 * The credit-assignment arena's scene: the five rules' learning curves side by side (error per
 * pattern against epochs, one Okabe-Ito colour each), a legend that names every rule in words with
 * how far it has got (learned at which epoch, or how many patterns it gets right), and the two
 * numbers that say how the brain-friendly rules relate to backprop: feedback alignment's angle and
 * predictive coding's agreement. Beside the plot on a wide screen, under it on a phone. It only
 * reads the arena's registered arrays; returns null unless the level has an arena.
 */
import type { Text } from 'pixi.js';
import { RULE_COUNT, RULES } from '../../../circuits/creditArena/arena';
import { creditArenasOf, CURVE_CEILING, type CreditArena } from '../../../circuits/creditArena/arenaCircuit';
import type { Level } from '../../../levels/schema/level';
import type { SimWorld } from '../../../sim/world/world';
import { formatNumber, t } from '../../../i18n/messages';
import { plotColors, plotFont } from '../../palette';
import type { SceneFactory, SceneFrame } from '../levelScene';
import { DrawnScene } from '../drawnScene';
import { wrapped } from '../textPool';
import { niceTicksForPx } from '../../ticks';
import { shownEpochs } from './epochAxis';
import { RULE_COLOURS, ruleNameKey } from './ruleColours';

const MARGIN_PX = 14;
const BACKPROP = RULES.indexOf('backprop');
/** Backprop is drawn wide and predictive coding thin on top of it: where they agree both show. */
const DRAW_ORDER = [RULES.indexOf('threeFactor'), RULES.indexOf('nodePerturbation'), RULES.indexOf('feedbackAlignment'), BACKPROP, RULES.indexOf('predictiveCoding')];

interface LegendRow {
  readonly label: Text;
  /** The rule's colour for its swatch, or null for a line of text. */
  readonly colour: number | null;
  /** Top of the row from the legend's top. */
  readonly y: number;
}
const AXIS_GUTTER_PX = 44;

export const arenaSceneFactory: SceneFactory = (level: Level, world: SimWorld) => {
  if (!level.circuits.some((c) => c.kind === 'creditArena')) return null;
  const arena = creditArenasOf(world)[0];
  return arena ? new ArenaScene(arena) : null;
};


/** What the legend says about rule r: the epoch it learned the task, or its share of patterns right. */
export function ruleStatus(arena: CreditArena, r: number): string {
  const { state } = arena.arena;
  const name = t(ruleNameKey(r));
  if (state.solvedAt[r] > 0) return t('scene.arena.learnedAt', { rule: name, epoch: formatNumber(state.solvedAt[r]) });
  return t('scene.arena.right', { rule: name, percent: formatNumber(100 * state.correct[r], { maximumFractionDigits: 0 }) });
}

class ArenaScene extends DrawnScene {
  constructor(private readonly arena: CreditArena) {
    super();
  }

  protected draw(_frame: SceneFrame): void {
    const narrow = this.width < 640;
    const inner = this.width - 2 * MARGIN_PX;
    const title = wrapped(this.texts.text(t('scene.arena.title'), MARGIN_PX, MARGIN_PX, plotColors.label, 0, 0, narrow ? plotFont.labelSize : plotFont.titleSize, 'bold'), inner);
    const top = MARGIN_PX + title.height + 10;
    const legendWidth = narrow ? inner : Math.min(300, inner * 0.36);
    const legend = this.legend(legendWidth, narrow);
    const plotWidth = narrow ? inner : inner - legendWidth - 16;
    // On a phone the legend goes under the plot, and the plot takes what is left.
    // Under the plot: a row of epoch ticks, then the axis title.
    const axisBelow = 2 * plotFont.tickSize + 12;
    const below = narrow ? legend.height + 8 + axisBelow : 0;
    const plotHeight = Math.max(narrow ? 60 : 90, this.height - top - MARGIN_PX - below - axisBelow);
    this.plot(MARGIN_PX, top, plotWidth, plotHeight);
    if (narrow) this.placeLegend(legend.rows, MARGIN_PX, top + plotHeight + axisBelow + 6);
    else this.placeLegend(legend.rows, MARGIN_PX + plotWidth + 16, top);
  }

  /** The learning curves in [x, x + w] × [y, y + h], axes included. */
  private plot(x: number, y: number, w: number, h: number): void {
    const g = this.g;
    const { arena } = this;
    const { curve, config } = arena;
    const left = x + AXIS_GUTTER_PX;
    const width = Math.max(10, w - AXIS_GUTTER_PX);
    const height = h - 4;
    g.rect(left, y, width, height).fill(plotColors.plotArea);
    const epochs = arena.arena.state.scores[0];
    // The top is the highest error drawn, but at most 4x the highest starting error: one
    // diverging rule runs off the top instead of flattening the others.
    let start = 0;
    for (let r = 0; r < RULE_COUNT; r++) start = Math.max(start, curve[r]);
    let top = start;
    for (let n = 0; n < (epochs + 1) * RULE_COUNT; n++) if (curve[n] > top) top = curve[n];
    top = Math.min(CURVE_CEILING, 4 * start, Math.max(0.1, top));
    for (let k = 1; k < 4; k++) g.moveTo(left, y + (height * k) / 4).lineTo(left + width, y + (height * k) / 4);
    g.stroke({ width: 1, color: plotColors.grid });
    g.moveTo(left, y).lineTo(left, y + height).lineTo(left + width, y + height).stroke({ width: 1, color: plotColors.axis });
    this.texts.text(formatNumber(top, { maximumFractionDigits: 2 }), left - 4, y, plotColors.tickLabel, 1, 0, plotFont.tickSize);
    this.texts.text(formatNumber(0), left - 4, y + height, plotColors.tickLabel, 1, 1, plotFont.tickSize);
    const span = shownEpochs(epochs, arena.arena.state.solvedAt, config.maxEpochs);
    for (const tick of niceTicksForPx(0, span, width, 4, true)) {
      if (tick === 0) continue;
      const tx = left + (width * tick) / span;
      g.moveTo(tx, y + height).lineTo(tx, y + height + 3);
      this.texts.text(formatNumber(tick), tx, y + height + 3, plotColors.tickLabel, tick === span ? 1 : 0.5, 0, plotFont.tickSize);
    }
    g.stroke({ width: 1, color: plotColors.axis });
    this.texts.text(t('scene.arena.axisEpochs'), left + width / 2, y + height + 5 + plotFont.tickSize, plotColors.tickLabel, 0.5, 0, plotFont.tickSize);
    const axisLabel = this.texts.text(t('scene.arena.axisError'), x, y + height / 2, plotColors.tickLabel, 0.5, 0.5, plotFont.tickSize);
    axisLabel.rotation = -Math.PI / 2;
    axisLabel.x = x + plotFont.tickSize / 2;
    // At most one point per pixel column: long runs stay cheap to draw.
    const stride = Math.max(1, Math.ceil(span / width));
    const last = Math.min(epochs, span);
    for (const r of DRAW_ORDER) {
      for (let e = 0; e <= last; e += stride) {
        const px = left + (width * e) / span;
        const py = y + height * (1 - Math.min(1, curve[e * RULE_COUNT + r] / top));
        if (e === 0) g.moveTo(px, py);
        else g.lineTo(px, py);
      }
      g.stroke({ width: r === BACKPROP ? 5 : 2, color: RULE_COLOURS[r] });
    }
  }

  /**
   * The rules in words with their colour and progress, then the two comparisons with backprop:
   * made at the origin and measured (wrapped text grows), then placed by placeLegend.
   */
  private legend(width: number, narrow: boolean): { rows: LegendRow[]; height: number } {
    const size = narrow ? plotFont.tickSize : plotFont.labelSize;
    // A phone gets the comparisons in their short form, one line each.
    const form = narrow ? 'Short' : '';
    const rows: LegendRow[] = [];
    let height = 0;
    const add = (label: Text, colour: number | null, gapAfter: number): void => {
      rows.push({ label, colour, y: height });
      height += label.height + gapAfter;
    };
    for (let r = 0; r < RULE_COUNT; r++) {
      add(wrapped(this.texts.text(ruleStatus(this.arena, r), 0, 0, plotColors.label, 0, 0, size), width - 24), RULE_COLOURS[r], narrow ? 3 : 5);
    }
    height += narrow ? 2 : 4;
    const { scores } = this.arena.arena.state;
    add(wrapped(this.texts.text(t(`scene.arena.angle${form}`, { degrees: formatNumber(scores[1], { maximumFractionDigits: 0 }) }), 0, 0, plotColors.tickLabel, 0, 0, size), width), null, 5);
    const cosine = scores[0] > 0 ? formatNumber(scores[2], { minimumFractionDigits: 3, maximumFractionDigits: 3 }) : '–';
    add(wrapped(this.texts.text(t(`scene.arena.cosine${form}`, { cosine }), 0, 0, plotColors.tickLabel, 0, 0, size), width), null, 0);
    return { rows, height };
  }

  private placeLegend(rows: readonly LegendRow[], x: number, y: number): void {
    for (const row of rows) {
      if (row.colour === null) {
        row.label.position.set(x, y + row.y);
      } else {
        row.label.position.set(x + 24, y + row.y);
        this.g.rect(x, y + row.y + row.label.style.fontSize * 0.5 - 2, 18, 4).fill(row.colour);
      }
    }
  }
}
