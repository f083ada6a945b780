/**
 * The reversal agent's scene: the two options (which one pays now, the agent's choice, the outcome),
 * the units as labelled bars (the two prefrontal rules, the two responses, the switch integrator with
 * its threshold), the error unit's output after the outcome (this trial's and the last wrong
 * outcome's, on a ms axis from the outcome with 100 ms marked, so the error response's latency shows)
 * and the recent trials as a row of marks. Two columns on a wide screen, one on a phone. It only
 * reads the agent's registered arrays; returns null unless the level has a reversal agent.
 */
import { LIVE, LOG, SCORE, SUMMARY, TRIAL, UNIT } from '../../../circuits/reversal/agentLayout';
import { trialLogRow } from '../../../circuits/reversal/trialLog';
import { reversalAgentsOf, type ReversalAgent } from '../../../circuits/reversal/reversalCircuit';
import type { Level } from '../../../levels/schema/level';
import type { SimWorld } from '../../../sim/world/world';
import { formatNumber, t } from '../../../i18n/messages';
import { plotColors, plotFont } from '../../palette';
import type { SceneFactory, SceneFrame } from '../levelScene';
import { DrawnScene } from '../drawnScene';

const MARGIN_PX = 12;
/** Okabe-Ito: sky blue and orange for the two options, bluish green for a reward, vermillion for an error. */
export const OPTION_COLOURS = [0x56b4e9, 0xe69f00] as const;
const REWARD_COLOUR = 0x009e73;
const ERROR_COLOUR = 0xd55e00;
const INTEGRATOR_COLOUR = 0xcc79a7;
/** Recent trials drawn as marks. */
const RECENT_TRIALS = 20;
/** The error trace's time marks (ms from the outcome). */
const TRACE_MARK_MS = 100;

export const reversalSceneFactory: SceneFactory = (level: Level, world: SimWorld) => {
  if (!level.circuits.some((c) => c.kind === 'reversal')) return null;
  const agent = reversalAgentsOf(world)[0];
  return agent ? new ReversalScene(agent) : null;
};

/** The option's name in the page's language (0: A, 1: B). */
export function optionName(option: number): string {
  return t(option === 0 ? 'scene.reversal.optionA' : 'scene.reversal.optionB');
}

class ReversalScene extends DrawnScene {
  constructor(private readonly agent: ReversalAgent) {
    super();
  }

  protected draw(_frame: SceneFrame): void {
    const narrow = this.width < 640;
    const inner = this.width - 2 * MARGIN_PX;
    const title = this.texts.text(t(narrow ? 'scene.reversal.titleShort' : 'scene.reversal.title'), MARGIN_PX, narrow ? 6 : MARGIN_PX, plotColors.label, 0, 0, narrow ? plotFont.labelSize : plotFont.titleSize, 'bold');
    title.style.wordWrap = true;
    title.style.wordWrapWidth = inner;
    const top = (narrow ? 6 : MARGIN_PX) + title.height + (narrow ? 4 : 8);
    const bottom = this.height - (narrow ? 6 : MARGIN_PX);
    if (narrow) {
      // A phone gives the scene little height: the options as two short boxes, the units as thin
      // bars without a heading, and the rest to the error trace, which is the point of the level.
      const avail = bottom - top;
      const optionsH = 2 * plotFont.tickSize + 14;
      const unitsH = Math.max(50, Math.min(5 * 16, avail * 0.25));
      // The recent trials as a row of marks alone: their line of words would take the error trace's
      // height, and the objectives panel below counts the reversals and errors in words.
      const recentH = 22;
      let y = top;
      this.options(MARGIN_PX, y, inner, optionsH, true);
      y += optionsH + 6;
      this.units(MARGIN_PX, y, inner, unitsH, true);
      y += unitsH + 6;
      this.errorTrace(MARGIN_PX, y, inner, Math.max(50, bottom - y - recentH - 6), true);
      this.recent(MARGIN_PX, bottom - recentH, inner, recentH, true);
    } else {
      const leftW = Math.min(420, inner * 0.48);
      const rightX = MARGIN_PX + leftW + 20;
      const rightW = inner - leftW - 20;
      const avail = bottom - top;
      const optionsH = Math.min(110, avail * 0.32);
      this.options(MARGIN_PX, top, leftW, optionsH, false);
      this.units(MARGIN_PX, top + optionsH + 12, leftW, bottom - top - optionsH - 12, false);
      const recentH = 40;
      this.errorTrace(rightX, top, rightW, avail - recentH - 12, false);
      this.recent(rightX, bottom - recentH, rightW, recentH, false);
    }
  }

  /** The two options side by side: which pays now (and how often), the agent's choice, the outcome. */
  private options(x: number, y: number, w: number, h: number, narrow: boolean): void {
    const { g, texts } = this;
    const { trial } = this.agent.state;
    const probability = this.agent.settings.rewardProbability;
    const boxW = (w - 12) / 2;
    const size = narrow ? plotFont.tickSize : plotFont.labelSize;
    const rewarded = trial[TRIAL.rewarded];
    const choice = trial[TRIAL.choice];
    const reward = trial[TRIAL.reward];
    for (let o = 0; o < 2; o++) {
      const bx = x + o * (boxW + 12);
      g.roundRect(bx, y, boxW, h, 8).fill(plotColors.plotArea);
      if (choice === o) g.roundRect(bx, y, boxW, h, 8).stroke({ width: 4, color: OPTION_COLOURS[o] });
      else g.roundRect(bx, y, boxW, h, 8).stroke({ width: 1, color: plotColors.grid });
      texts.text(optionName(o), bx + 8, y + (narrow ? 4 : 6), OPTION_COLOURS[o], 0, 0, size, 'bold');
      const pays = o === rewarded ? probability : 1 - probability;
      const payText = probability === 1
        ? t(o === rewarded ? 'scene.reversal.paysNow' : 'scene.reversal.paysNot')
        : t(narrow ? 'scene.reversal.paysPercentShort' : 'scene.reversal.paysPercent', { percent: formatNumber(100 * pays, { maximumFractionDigits: 0 }) });
      // On a phone the pay line sits beside the name, and the outcome under both.
      if (narrow) texts.text(payText, bx + boxW - 6, y + 4, o === rewarded ? plotColors.label : plotColors.tickLabel, 1, 0, size);
      else texts.text(payText, bx + 8, y + 8 + size * 1.3, o === rewarded ? plotColors.label : plotColors.tickLabel, 0, 0, size);
      if (choice === o) {
        const outcomeText = reward < 0 ? t('scene.reversal.chosen') : t(reward === 1 ? 'scene.reversal.reward' : 'scene.reversal.noReward');
        const colour = reward < 0 ? plotColors.label : reward === 1 ? REWARD_COLOUR : ERROR_COLOUR;
        texts.text(outcomeText, bx + 8, y + h - (narrow ? 3 : 6), colour, 0, 1, size, 'bold');
      }
    }
  }

  /** The units as horizontal bars with their names: rules, responses, the switch integrator and its threshold. */
  private units(x: number, y: number, w: number, h: number, narrow: boolean): void {
    const { g, texts } = this;
    const { units, live } = this.agent.state;
    const size = narrow ? plotFont.tickSize : plotFont.labelSize;
    const threshold = live[LIVE.switchThreshold];
    const rows: Array<{ label: string; value: number; max: number; colour: number; mark?: number }> = [
      { label: t('scene.reversal.ruleA'), value: units[UNIT.rule0], max: 1, colour: OPTION_COLOURS[0] },
      { label: t('scene.reversal.ruleB'), value: units[UNIT.rule1], max: 1, colour: OPTION_COLOURS[1] },
      { label: t('scene.reversal.chooseA'), value: units[UNIT.choice0], max: 1, colour: OPTION_COLOURS[0] },
      { label: t('scene.reversal.chooseB'), value: units[UNIT.choice1], max: 1, colour: OPTION_COLOURS[1] },
      { label: t('scene.reversal.integrator'), value: units[UNIT.integrator], max: Math.max(1.5 * threshold, 1), colour: INTEGRATOR_COLOUR, mark: threshold },
    ];
    const labelW = Math.min(narrow ? 170 : 200, w * 0.5);
    const lesioned = live[LIVE.lesioned] === 1;
    // The heading says what the bars are; on a phone it is left out unless the error unit is lesioned.
    const heading = !narrow || lesioned ? size * 1.5 : 0;
    if (heading > 0) texts.text(t(lesioned ? 'scene.reversal.lesioned' : 'scene.reversal.units'), x, y, lesioned ? ERROR_COLOUR : plotColors.tickLabel, 0, 0, size, lesioned ? 'bold' : 'normal');
    const rowH = Math.min(30, (h - heading) / rows.length);
    const top = y + heading;
    rows.forEach((row, i) => {
      const ry = top + i * rowH;
      texts.text(row.label, x, ry + rowH / 2, plotColors.label, 0, 0.5, narrow ? Math.min(size, Math.max(9, rowH - 3)) : size);
      const bx = x + labelW;
      const bw = w - labelW;
      const bh = Math.max(3, rowH - (narrow ? 4 : 8));
      g.rect(bx, ry + (rowH - bh) / 2, bw, bh).fill(plotColors.plotArea);
      g.rect(bx, ry + (rowH - bh) / 2, bw * Math.min(1, Math.max(0, row.value / row.max)), bh).fill(row.colour);
      if (row.mark !== undefined) {
        const mx = bx + (bw * row.mark) / row.max;
        g.moveTo(mx, ry + 1).lineTo(mx, ry + rowH - 1).stroke({ width: 2, color: plotColors.label });
        // Beside the mark, never under it: to its left when the bar's end is near.
        const left = mx + 64 > bx + bw;
        texts.text(t('scene.reversal.threshold'), left ? mx - 4 : mx + 4, ry + 1, plotColors.tickLabel, left ? 1 : 0, 0, plotFont.tickSize);
      }
    });
  }

  /** The error unit's output from the outcome on: this trial's (bright) and the last wrong outcome's (dim). */
  private errorTrace(x: number, y: number, w: number, h: number, narrow: boolean): void {
    const { g, texts } = this;
    const { trace, lastErrorTrace, summary } = this.agent.state;
    const size = narrow ? plotFont.tickSize : plotFont.labelSize;
    const label = texts.text(t('scene.reversal.errorTitle'), x, y, plotColors.label, 0, 0, size, 'bold');
    label.style.wordWrap = true;
    label.style.wordWrapWidth = w;
    let subHeight = 0;
    if (!narrow) {
      const latency = summary[SUMMARY.errorPeakMs];
      const sub = texts.text(Number.isFinite(latency)
        ? t('scene.reversal.errorLatency', { ms: formatNumber(latency, { maximumFractionDigits: 0 }) })
        : t('scene.reversal.errorNone'), x, y + label.height + 2, plotColors.tickLabel, 0, 0, plotFont.tickSize);
      sub.style.wordWrap = true;
      sub.style.wordWrapWidth = w;
      subHeight = sub.height;
    }
    const gutter = 30;
    const px = x + gutter;
    const py = y + label.height + subHeight + (narrow ? 4 : 8);
    const pw = Math.max(10, w - gutter);
    const ph = Math.max(20, h - (py - y) - (narrow ? plotFont.tickSize + 4 : 2 * plotFont.tickSize + 8));
    g.rect(px, py, pw, ph).fill(plotColors.plotArea);
    const spanMs = trace.length;
    const xOf = (ms: number): number => px + (pw * ms) / spanMs;
    // The time marks: the outcome, 100 ms after it (the error-related negativity's latency), and every 100 ms.
    for (let ms = 0; ms <= spanMs; ms += TRACE_MARK_MS) {
      g.moveTo(xOf(ms), py).lineTo(xOf(ms), py + ph).stroke({ width: ms === TRACE_MARK_MS ? 2 : 1, color: ms === TRACE_MARK_MS ? plotColors.axis : plotColors.grid });
      // On a phone the unit rides on the ticks ("100 ms"); on a wide screen it has its own line.
      const tick = narrow && ms > 0 ? t('scene.reversal.tickMs', { ms: formatNumber(ms) }) : formatNumber(ms);
      // Centred under its mark, unless that would reach past the plot's right edge.
      const label = texts.text(tick, xOf(ms), py + ph + 2, plotColors.tickLabel, ms === 0 ? 0 : 0.5, 0, plotFont.tickSize);
      if (ms > 0 && xOf(ms) + label.width / 2 > px + pw) {
        label.anchor.set(1, 0);
        label.x = px + pw;
      }
    }
    if (!narrow) texts.text(t('scene.reversal.axisMs'), px + pw / 2, py + ph + plotFont.tickSize + 4, plotColors.tickLabel, 0.5, 0, plotFont.tickSize);
    texts.text(formatNumber(1), px - 4, py, plotColors.tickLabel, 1, 0, plotFont.tickSize);
    texts.text(formatNumber(0), px - 4, py + ph, plotColors.tickLabel, 1, 1, plotFont.tickSize);
    this.curve(lastErrorTrace, xOf, py, ph, 0x7a3a1a, 2);
    this.curve(trace, xOf, py, ph, ERROR_COLOUR, 3);
    texts.text(t('scene.reversal.lastError'), px + pw - 4, py + 4, 0xb07050, 1, 0, plotFont.tickSize);
    texts.text(t('scene.reversal.thisTrial'), px + pw - 4, py + 6 + plotFont.tickSize * 1.3, ERROR_COLOUR, 1, 0, plotFont.tickSize);
  }

  private curve(values: Float64Array, xOf: (ms: number) => number, py: number, ph: number, colour: number, width: number): void {
    const { g } = this;
    g.moveTo(xOf(0), py + ph);
    for (let ms = 0; ms < values.length; ms++) g.lineTo(xOf(ms + 1), py + ph * (1 - Math.min(1, values[ms])));
    g.stroke({ width, color: colour });
  }

  /** The last trials as marks: the chosen option's colour, filled when rewarded, a cross when not; a bar where the rule switched. */
  private recent(x: number, y: number, w: number, h: number, narrow: boolean): void {
    const { g, texts } = this;
    const { state } = this.agent;
    const { scores, log, summary } = state;
    // The log is a ring of the latest maxTrials trials: the strip follows the run however long it is.
    const done = scores[SCORE.trials];
    if (!narrow) {
      const persev = summary[SUMMARY.perseverativeErrors];
      const text = t('scene.reversal.progress', {
        trials: formatNumber(summary[SUMMARY.trials]), reversals: formatNumber(summary[SUMMARY.reversals]),
        errors: Number.isFinite(persev) ? formatNumber(persev, { maximumFractionDigits: 1 }) : '–',
      });
      const label = texts.text(text, x, y, plotColors.tickLabel, 0, 0, plotFont.tickSize);
      label.style.wordWrap = true;
      label.style.wordWrapWidth = w;
    }
    const count = narrow ? Math.min(RECENT_TRIALS, Math.max(8, Math.floor(w / 18))) : RECENT_TRIALS;
    const cell = Math.min(18, w / count);
    const my = y + h - cell / 2 - 1;
    for (let k = 0; k < count; k++) {
      const row = trialLogRow(state, done - count + k);
      if (row < 0) continue;
      const cx = x + k * cell + cell / 2;
      const colour = OPTION_COLOURS[log[row + LOG.choice]];
      if (log[row + LOG.reward] === 1) g.circle(cx, my, cell * 0.32).fill(colour);
      else {
        const r = cell * 0.3;
        g.moveTo(cx - r, my - r).lineTo(cx + r, my + r).moveTo(cx + r, my - r).lineTo(cx - r, my + r).stroke({ width: 2, color: colour });
      }
      if (log[row + LOG.switched] === 1) g.rect(cx + cell / 2 - 1, my - cell / 2, 2, cell).fill(INTEGRATOR_COLOUR);
    }
  }
}
