/**
 * The credit-assignment arena's scene: the five rules' learning curves side by side (error per
 * pattern against epochs, one Okabe-Ito colour each), a legend that names every rule in words with
 * how far it has got (learned at which epoch, or how many patterns it gets right), and the two
 * numbers that say how the brain-friendly rules relate to backprop: feedback alignment's angle and
 * predictive coding's agreement. Beside the plot on a wide screen, under it on a phone. It only
 * reads the arena's registered arrays; returns null unless the level has an arena.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import { RULE_COUNT } from '../../../circuits/creditArena/arena';
import { creditArenasOf, CURVE_CEILING, type CreditArena } from '../../../circuits/creditArena/arenaCircuit';
import type { Level } from '../../../levels/schema/level';
import type { SimWorld } from '../../../sim/world/world';
import { formatNumber, t } from '../../../i18n/messages';
import { plotColors, plotFont } from '../../palette';
import type { LevelScene, SceneFactory, SceneFrame } from '../levelScene';
import { TextPool } from '../textPool';
import { RULE_COLOURS, ruleNameKey } from './ruleColours';

const MARGIN_PX = 14;
const AXIS_GUTTER_PX = 44;

export const arenaSceneFactory: SceneFactory = (level: Level, world: SimWorld) => {
  if (!level.circuits.some((c) => c.kind === 'creditArena')) return null;
  const arena = creditArenasOf(world)[0];
  return arena ? new ArenaScene(arena) : null;
};

function wrapped(label: Text, width: number): Text {
  if (!label.style.wordWrap) label.style.wordWrap = true;
  if (label.style.wordWrapWidth !== width) label.style.wordWrapWidth = width;
  return label;
}

/** What the legend says about rule r: the epoch it learned the task, or its share of patterns right. */
export function ruleStatus(arena: CreditArena, r: number): string {
  const { state } = arena.arena;
  const name = t(ruleNameKey(r));
  if (state.solvedAt[r] > 0) return t('scene.arena.learnedAt', { rule: name, epoch: formatNumber(state.solvedAt[r]) });
  return t('scene.arena.right', { rule: name, percent: formatNumber(100 * state.correct[r], { maximumFractionDigits: 0 }) });
}

class ArenaScene implements LevelScene {
  readonly root = new Container();
  private readonly lines = new Graphics();
  private readonly texts = new TextPool(this.root);
  private width = 800;
  private height = 400;

  constructor(private readonly arena: CreditArena) {
    this.root.addChild(this.lines);
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
  }

  update(_frame: SceneFrame): void {
    const g = this.lines;
    g.clear();
    g.rect(0, 0, this.width, this.height).fill(plotColors.background);
    this.texts.begin();
    const narrow = this.width < 640;
    const inner = this.width - 2 * MARGIN_PX;
    const title = wrapped(this.texts.text(t('scene.arena.title'), MARGIN_PX, MARGIN_PX, plotColors.label, 0, 0, narrow ? plotFont.labelSize : plotFont.titleSize, 'bold'), inner);
    const top = MARGIN_PX + title.height + 10;
    const legendWidth = narrow ? inner : Math.min(300, inner * 0.36);
    const plotWidth = narrow ? inner : inner - legendWidth - 16;
    const legendRows = RULE_COUNT + 3;
    const legendHeight = narrow ? legendRows * (plotFont.labelSize + 10) + 8 : 0;
    const plotHeight = Math.max(120, this.height - top - MARGIN_PX - legendHeight - 24);
    this.plot(MARGIN_PX, top, plotWidth, plotHeight);
    if (narrow) this.legend(MARGIN_PX, top + plotHeight + 30, inner);
    else this.legend(MARGIN_PX + plotWidth + 16, top, legendWidth);
    this.texts.end();
  }

  /** The learning curves in [x, x + w] × [y, y + h], axes included. */
  private plot(x: number, y: number, w: number, h: number): void {
    const g = this.lines;
    const { arena } = this;
    const { curve, config } = arena;
    const left = x + AXIS_GUTTER_PX;
    const width = Math.max(10, w - AXIS_GUTTER_PX);
    const height = h - 4;
    g.rect(left, y, width, height).fill(plotColors.plotArea);
    let top = 0;
    for (let r = 0; r < RULE_COUNT; r++) top = Math.max(top, curve[r]);
    top = Math.min(CURVE_CEILING, Math.max(0.1, top));
    for (let k = 1; k < 4; k++) g.moveTo(left, y + (height * k) / 4).lineTo(left + width, y + (height * k) / 4);
    g.stroke({ width: 1, color: plotColors.grid });
    g.moveTo(left, y).lineTo(left, y + height).lineTo(left + width, y + height).stroke({ width: 1, color: plotColors.axis });
    this.texts.text(formatNumber(top, { maximumFractionDigits: 2 }), left - 4, y, plotColors.tickLabel, 1, 0, plotFont.tickSize);
    this.texts.text(formatNumber(0), left - 4, y + height, plotColors.tickLabel, 1, 1, plotFont.tickSize);
    this.texts.text(formatNumber(config.maxEpochs), left + width, y + height + 3, plotColors.tickLabel, 1, 0, plotFont.tickSize);
    this.texts.text(t('scene.arena.axisEpochs'), left + width / 2, y + height + 3, plotColors.tickLabel, 0.5, 0, plotFont.tickSize);
    const axisLabel = this.texts.text(t('scene.arena.axisError'), x, y + height / 2, plotColors.tickLabel, 0.5, 0.5, plotFont.tickSize);
    axisLabel.rotation = -Math.PI / 2;
    axisLabel.x = x + plotFont.tickSize / 2;
    const epochs = arena.arena.state.scores[0];
    // At most one point per pixel column: long runs stay cheap to draw.
    const stride = Math.max(1, Math.ceil(config.maxEpochs / width));
    for (let r = RULE_COUNT - 1; r >= 0; r--) {
      for (let e = 0; e <= epochs; e += stride) {
        const px = left + (width * e) / config.maxEpochs;
        const py = y + height * (1 - Math.min(1, curve[e * RULE_COUNT + r] / top));
        if (e === 0) g.moveTo(px, py);
        else g.lineTo(px, py);
      }
      g.stroke({ width: 2.5, color: RULE_COLOURS[r] });
    }
  }

  /** The rules in words with their colour and progress, then the two comparisons with backprop. */
  private legend(x: number, y: number, width: number): void {
    const g = this.lines;
    const row = plotFont.labelSize + 10;
    let at = y;
    for (let r = 0; r < RULE_COUNT; r++) {
      g.rect(x, at + 2, 18, 4).fill(RULE_COLOURS[r]);
      wrapped(this.texts.text(ruleStatus(this.arena, r), x + 24, at - 3, plotColors.label, 0, 0, plotFont.labelSize), width - 24);
      at += row;
    }
    const { scores } = this.arena.arena.state;
    at += 6;
    const angle = wrapped(this.texts.text(t('scene.arena.angle', { degrees: formatNumber(scores[1], { maximumFractionDigits: 0 }) }), x, at, plotColors.tickLabel, 0, 0, plotFont.labelSize), width);
    at += angle.height + 6;
    const cosine = scores[0] > 0 ? formatNumber(scores[2], { minimumFractionDigits: 3, maximumFractionDigits: 3 }) : '–';
    wrapped(this.texts.text(t('scene.arena.cosine', { cosine }), x, at, plotColors.tickLabel, 0, 0, plotFont.labelSize), width);
  }

  destroy(): void {
    this.root.destroy({ children: true, context: true });
  }
}
