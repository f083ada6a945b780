/**
 * The belief learners' scene: one panel per circuit (a level has one task; the sandbox has three),
 * each with its task's title, what learners A and B did last, drawn, and their averages in words.
 * Beads: the last game's beads and each learner's belief bar when it decided (blue jar share on the
 * left, orange on the right). Cues: the last trial, and each learner's learned weights of the light
 * and the tone as bars from 0. Checking: each learner's error response after every check of the
 * last episode, against the stop line, the cap at the right edge (the legend above says both). Panels stack down the canvas, so a phone reads them in turn;
 * where they do not fit (the sandbox's three on a phone) each learner gets one row, its averages
 * in a few words beside its drawing, and what is still too tall is scaled to fit.
 * It only reads the circuits' registered arrays; returns null unless the level has belief learners.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import { beliefLearnersOf, type BeliefLearners } from '../../../circuits/beliefLearner/beliefCircuit';
import { LEARNER_COUNT } from '../../../circuits/beliefLearner/learnerState';
import type { Level } from '../../../levels/schema/level';
import type { SimWorld } from '../../../sim/world/world';
import { formatNumber, t } from '../../../i18n/messages';
import { plotColors, plotFont } from '../../palette';
import type { LevelScene, SceneFactory, SceneFrame } from '../levelScene';
import { TextPool, wrapped } from '../textPool';
import { averageSentence, checkLegend, cueTrialSentence, lastSentence, lightNote, shortSentence, shortTitle, taskTitle } from './beliefWords';

const MARGIN_PX = 12;
const BLUE = 0x56b4e9;
const ORANGE = 0xe69f00;
const LIGHT = 0xf0e442;
const TONE = 0xcc79a7;
const RESPONSE = 0xd55e00;
/** The cue weights' bars run over this range of weight. */
const WEIGHT_MIN = -0.5;
const WEIGHT_MAX = 1.5;
/** The drawing is never shrunk below this, so its words stay readable. */
const MIN_SCALE = 0.6;

export const beliefSceneFactory: SceneFactory = (level: Level, world: SimWorld) => {
  if (!level.circuits.some((c) => c.kind === 'beliefLearner')) return null;
  const circuits = beliefLearnersOf(world);
  return circuits.length > 0 ? new BeliefScene(circuits) : null;
};

class BeliefScene implements LevelScene {
  readonly root = new Container();
  private readonly g = new Graphics();
  private readonly texts = new TextPool(this.root);
  private width = 800;
  private height = 400;
  private size: number = plotFont.labelSize;
  /** One short row per learner (its averages in a few words beside its drawing) and short titles. */
  private compact = false;
  /** Bars drawn taller when one panel has the canvas to itself. */
  private roomy = false;
  /** The drawing's scale (below 1 only where even the compact layout does not fit). */
  private scale = 1;

  constructor(private readonly circuits: readonly BeliefLearners[]) {
    this.root.addChild(this.g);
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    // A new size starts from the full layout again; update() steps down while it does not fit.
    this.compact = false;
    this.scale = 1;
  }

  update(_frame: SceneFrame): void {
    const narrow = this.width < 640;
    this.size = narrow ? plotFont.tickSize : plotFont.labelSize;
    // Too tall: one line per learner, then a smaller drawing, redrawn at once (a paused page may
    // draw only this frame). The layout only steps down until the next resize, so labels are not
    // re-rasterised every frame. (At most four passes: rewrapped text can leave it a pixel over.)
    for (let pass = 0; pass < 4; pass++) {
      this.roomy = !this.compact && this.circuits.length === 1 && this.height > 360;
      this.root.scale.set(this.scale);
      const bottom = this.draw(narrow, this.width / this.scale) * this.scale;
      if (bottom <= this.height || (this.compact && this.scale <= MIN_SCALE)) return;
      if (!this.compact) this.compact = true;
      else this.scale = Math.max(MIN_SCALE, (this.scale * this.height) / bottom);
    }
  }

  /** Draws every panel laid out for `width`; returns the y under the last one. */
  private draw(narrow: boolean, width: number): number {
    this.g.clear();
    this.g.rect(0, 0, width, this.height / this.scale).fill(plotColors.background);
    this.texts.begin();
    const w = width - 2 * MARGIN_PX;
    let y = MARGIN_PX;
    for (const c of this.circuits) y = this.panel(c, MARGIN_PX, y, w, narrow) + (narrow ? 10 : 16);
    this.texts.end();
    return y;
  }

  private label(s: string, x: number, y: number, width: number, colour: number = plotColors.label, weight: 'normal' | 'bold' = 'normal', size = this.size): Text {
    return wrapped(this.texts.text(s, x, y, colour, 0, 0, size, weight), width);
  }

  /** One circuit's panel from y down; returns the y under it. */
  private panel(c: BeliefLearners, x: number, top: number, w: number, narrow: boolean): number {
    let y = top;
    const title = this.compact ? shortTitle(c) : taskTitle(c);
    y += this.label(title, x, y, w, plotColors.label, 'bold', narrow ? plotFont.labelSize : plotFont.titleSize).height + (this.compact ? 3 : 6);
    if (c.config.task === 'beads') y = this.beads(c, x, y, w);
    const cue = this.compact ? '' : cueTrialSentence(c);
    if (cue !== '') y += this.label(cue, x, y, w, plotColors.tickLabel).height + 4;
    // The stop line and the cap in words above the bars, not on them (a learner's bars would cover it).
    const legend = this.compact || c.state.played[0] === 0 ? '' : checkLegend(c);
    if (legend !== '') y += this.label(legend, x, y, w, plotColors.tickLabel).height + 4;
    for (let l = 0; l < LEARNER_COUNT; l++) {
      const last = lastSentence(c, l);
      if (last === '') continue;
      if (this.compact) {
        y = this.compactRow(c, l, x, y, w, narrow);
        continue;
      }
      y += this.label(last, x, y, w).height + 3;
      y = this.drawing(c, l, x, y, w, narrow);
      y += this.label(averageSentence(c, l), x, y, w, plotColors.tickLabel).height + 6;
    }
    const note = this.compact ? '' : lightNote(c);
    if (note !== '') y += this.label(note, x, y, w, plotColors.tickLabel).height + 6;
    return y;
  }

  /** Learner l's drawing of the last game, trial or episode from y; returns the y under it. */
  private drawing(c: BeliefLearners, l: number, x: number, y: number, w: number, narrow: boolean): number {
    if (c.config.task === 'beads') return this.beliefBar(c, l, x, y, w);
    if (c.config.task === 'salience') return this.weightBars(c, l, x, y, w);
    return this.checkBars(c, l, x, y, w, narrow);
  }

  /** Compact: learner l's averages in short words on the left, its drawing on the right. */
  private compactRow(c: BeliefLearners, l: number, x: number, y: number, w: number, narrow: boolean): number {
    const labelWidth = Math.round(w * 0.42);
    const label = this.label(shortSentence(c, l), x, y, labelWidth - 6);
    const bottom = this.drawing(c, l, x + labelWidth, y, w - labelWidth, narrow);
    return Math.max(y + label.height, bottom) + 4;
  }

  /** The last game's beads as a row of dots, as many as either learner drew. */
  private beads(c: BeliefLearners, x: number, y: number, w: number): number {
    const { last, draws, played } = c.state;
    if (played[0] === 0 || this.compact) return y;
    const shown = Math.max(last[1], last[3]);
    const caption = this.label(t('scene.belief.beadsDrawn'), x, y, w, plotColors.tickLabel);
    const r = Math.max(3, Math.min(8, (w - caption.width - 12) / (2.6 * Math.max(1, shown))));
    const left = x + caption.width + 8 + r;
    const cy = y + caption.height / 2;
    for (let n = 0; n < shown; n++) this.g.circle(left + n * 2.6 * r, cy, r).fill(draws[n] > 0 ? BLUE : ORANGE);
    return y + Math.max(caption.height, 2 * r) + 6;
  }

  /**
   * Learner l's belief when it decided: the blue jar's share from the left, the orange jar's from
   * the right; under the bar, a tick where its belief stood after each earlier bead (under it, not
   * through it, so the ticks never cut the bar's words).
   */
  private beliefBar(c: BeliefLearners, l: number, x: number, y: number, w: number): number {
    const drawn = c.state.last[1 + 2 * l];
    const at = l * c.config.maxBeads;
    const blue = c.state.trace[at + drawn - 1];
    const h = this.roomy ? 24 : this.compact ? 12 : 14;
    const tickH = this.compact ? 3 : 5;
    this.g.rect(x, y, w * blue, h).fill(BLUE);
    this.g.rect(x + w * blue, y, w * (1 - blue), h).fill(ORANGE);
    for (let n = 0; n < drawn - 1; n++) this.g.rect(x + w * c.state.trace[at + n] - 1, y + h + 1, 2, tickH).fill(plotColors.label);
    const bottom = y + h + 1 + (drawn > 1 ? tickH : 0);
    // One decimal: a belief of 99.5 % is not yet certainty.
    if (this.compact) return bottom;
    const pct = (share: number): string => formatNumber(100 * share, { maximumFractionDigits: 1 });
    this.texts.text(t('scene.belief.beliefBlue', { percent: pct(blue) }), x + 3, y + h / 2, plotColors.background, 0, 0.5, plotFont.tickSize, 'bold');
    this.texts.text(t('scene.belief.beliefOrange', { percent: pct(1 - blue) }), x + w - 3, y + h / 2, plotColors.background, 1, 0.5, plotFont.tickSize, 'bold');
    return bottom + 4;
  }

  /** Learner l's weights of the light and the tone as bars from 0 (the axis runs from −0.5 to 1.5). */
  private weightBars(c: BeliefLearners, l: number, x: number, y: number, w: number): number {
    const h = this.roomy ? 18 : this.compact ? 7 : 12;
    // Compact: the bars without their words (the row's short sentence names both cues).
    const labelWidth = this.compact ? 0 : Math.min(90, w * 0.3);
    const span = w - labelWidth;
    const at = (weight: number): number => x + labelWidth + (span * (Math.max(WEIGHT_MIN, Math.min(WEIGHT_MAX, weight)) - WEIGHT_MIN)) / (WEIGHT_MAX - WEIGHT_MIN);
    const zero = at(0);
    const rows: Array<[string, number, number]> = [['scene.belief.light', c.state.weights[2 * l], LIGHT], ['scene.belief.tone', c.state.weights[2 * l + 1], TONE]];
    for (const [key, weight, colour] of rows) {
      if (!this.compact) this.texts.text(t(key), x, y + h / 2, plotColors.tickLabel, 0, 0.5, plotFont.tickSize);
      this.g.rect(x + labelWidth, y, span, h).fill(plotColors.plotArea);
      const end = at(weight);
      this.g.rect(Math.min(zero, end), y + 2, Math.max(1, Math.abs(end - zero)), h - 4).fill(colour);
      y += h + 3;
    }
    this.g.moveTo(zero, y - 2 * (h + 3)).lineTo(zero, y - 3).stroke({ width: 1, color: plotColors.axis });
    this.g.moveTo(at(1), y - 2 * (h + 3)).lineTo(at(1), y - 3).stroke({ width: 1, color: plotColors.grid });
    return y + 1;
  }

  /**
   * Learner l's error response after each check of the last episode, with the stop line; the plot's
   * right edge is the cap (maxChecks slots), drawn as a thick line. Each check made gets a mark at
   * the bottom of its slot, so a check whose response fell to 0 still shows (the sentence counts it).
   */
  private checkBars(c: BeliefLearners, l: number, x: number, y: number, w: number, narrow: boolean): number {
    const { maxChecks, stopThreshold } = c.config;
    const checks = c.state.last[1 + l];
    const h = this.roomy ? 60 : this.compact ? 16 : narrow ? 26 : 34;
    const top = Math.max(2 * stopThreshold, c.config.gainA, c.config.gainB, 1);
    const capWidth = 3;
    const step = (w - capWidth) / maxChecks;
    this.g.rect(x, y, w - capWidth, h).fill(plotColors.plotArea);
    for (let k = 0; k < checks; k++) {
      const v = Math.min(top, c.state.trace[l * maxChecks + k]);
      const bh = (h * v) / top;
      const left = x + k * step + 1;
      const width = Math.max(1, step - 2);
      this.g.rect(left, y + h - bh, width, bh).fill(RESPONSE);
      this.g.rect(left, y + h - 2, width, 2).fill(plotColors.label);
    }
    this.g.rect(x + w - capWidth, y, capWidth, h).fill(plotColors.label);
    const line = y + h - (h * stopThreshold) / top;
    this.g.moveTo(x, line).lineTo(x + w - capWidth, line).stroke({ width: 1, color: plotColors.label });
    return y + h + 4;
  }

  destroy(): void {
    this.root.destroy({ children: true, context: true });
  }
}
