/**
 * Dopamine scene (SCIENCE: Schultz, Dayan & Montague 1997): cue lights and a juice drop, the
 * dopamine neurons' spikes of every recent trial aligned to cue onset (rows = trials, oldest at the
 * top; the burst moves from the reward to the cue as the value is learned, and the neurons fall
 * silent when an expected reward is omitted), and trial-averaged rates of early, late and omitted
 * trials.
 *
 * Wiring (runtime helper): `import { dopamineSceneFactory } from '../render/scenes/dopamine/dopamineScene'`
 * and offer it with the other SceneFactory values; it returns null unless the level has a `reward`
 * circuit. Add `scene.root` to the stage, call `resize` on canvas resize and `update(frame)` every
 * animation frame (it only reads the world: the reward circuit's cues, the trial timeline, the spike
 * ring and frame.trials). Spikes come from the ring entries written since the previous frame; after a
 * fast-forward jump, trials the ring no longer holds are drawn as "not seen".
 */
import { TextPool } from '../textPool';
import { Container, Graphics, Text } from 'pixi.js';
import { rewardCircuitsOf, type RewardCircuit } from '../../../circuits/reward/rewardCircuit';
import type { TrialRecord } from '../../../levels/metrics/levelRecorder';
import type { Level } from '../../../levels/schema/level';
import { EventStatus, timelineStatus, trialTimelineOf, type TrialTimeline } from '../../../sim/timeline/trialTimeline';
import type { SimWorld } from '../../../sim/world/world';
import { PlotFrame, type FrameSpec } from '../../PlotFrame';
import { plotColors, plotFont } from '../../palette';
import { formatFixed, formatTick, niceTicks, niceTicksForPx } from '../../ticks';
import type { LevelScene, SceneFactory, SceneFrame } from '../levelScene';
import { readNewSpikes, type RingCursor } from '../readNewSpikes';
import { SpikeLog, alignTrial, planOf, psth, type AlignedTrial, type TrialPlan } from './dopamineRaster';
import { RewardView } from './RewardView';
import { cueLabel, phaseLabel } from './cueLabel';
import { t } from '../../../i18n/messages';

/** Most trials in the raster (the newest). */
export const RASTER_TRIALS = 120;
const AVERAGE_TRIALS = 10;
const MIN_ROW_PX = 3;
const PSTH_BIN_MS = 50;
const colors = { spike: 0xe3e8ef, cue: 0xf0e442, reward: 0x56b4e9, omitted: 0xd55e00, early: 0xe69f00, late: 0x009e73, omittedCurve: 0xcc79a7 } as const;

export const dopamineSceneFactory: SceneFactory = (level: Level, world: SimWorld) => {
  if (!level.circuits.some((c) => c.kind === 'reward')) return null;
  const circuit = rewardCircuitsOf(world)[0];
  const timeline = trialTimelineOf(world);
  if (!circuit || !timeline || timeline.phases.length === 0) return null;
  return new DopamineScene(world, circuit, timeline, level);
};

class DopamineScene implements LevelScene {
  readonly root = new Container();
  private readonly reward: RewardView;
  private readonly rasterFrame = new PlotFrame({ left: 58, right: 14, top: 28, bottom: 40 });
  private readonly rasterBack = new Graphics();
  private readonly rasterDots = new Graphics();
  private readonly liveDots = new Graphics();
  private readonly psthFrame = new PlotFrame({ left: 58, right: 14, top: 28, bottom: 40 });
  private readonly psthLines = new Graphics();
  private readonly labels = new TextPool(this.root);
  private readonly log = new SpikeLog();
  private readonly cursor: RingCursor;
  private readonly fromMs: number;
  private readonly toMs: number;
  private readonly plans = new Map<string, TrialPlan | null>();
  private readonly phaseNames = new Map<string, string>();
  private aligned: AlignedTrial[] = [];
  private drawnTrials = -1;
  private lastRewardTrial = -1;
  private rasterSpec: FrameSpec | null = null;
  private psthMax = 20;

  constructor(private readonly world: SimWorld, private readonly circuit: RewardCircuit, private readonly timeline: TrialTimeline, private readonly level: Level) {
    this.reward = new RewardView(circuit.spec.cues.map((id) => cueLabel(level, id)));
    const ring = world.monitors.spikes;
    // Start at the oldest entry the ring still holds: a scene opened mid-level shows what it can.
    this.cursor = { written: Math.max(0, ring.written - ring.capacity) };
    if (ring.written > ring.capacity) this.log.completeFromTick = this.oldestHeldTick() + 1;
    // The window: from up to 1 s before the cue to the end of the longest trial.
    let before = 0, after = 500;
    for (const phase of timeline.phases) for (const type of phase.trialTypes) {
      const plan = this.planFor(phase.name, type.name);
      if (!plan || Number.isNaN(plan.cueMs)) continue;
      before = Math.max(before, Math.min(1000, plan.cueMs));
      after = Math.max(after, phase.trialTicks * world.dtMs - plan.cueMs);
    }
    this.fromMs = -before;
    this.toMs = after;
    this.root.addChild(this.reward.container, this.rasterFrame.container, this.rasterBack, this.rasterDots, this.liveDots, this.psthFrame.container, this.psthLines);
  }

  resize(width: number, height: number): void {
    const leftW = Math.round(Math.min(width * 0.28, 320));
    this.reward.layout(12, 10, leftW - 24, height * 0.62);
    const rasterH = Math.round(height * 0.6);
    this.rasterFrame.setBounds({ x: leftW, y: 4, width: width - leftW - 4, height: rasterH - 4 });
    this.psthFrame.setBounds({ x: leftW, y: rasterH, width: width - leftW - 4, height: height - rasterH - 4 });
    this.drawnTrials = -1;
    this.rasterSpec = null;
    this.aligned = [];
  }

  update(frame: SceneFrame): void {
    const { world, circuit } = this;
    const daFirst = circuit.daFirstEid - 1, daEnd = daFirst + circuit.daCount;
    const ring = world.monitors.spikes;
    // The ring wrapped past our cursor (fast-forward): spikes before its oldest entry are missing.
    if (ring.written - this.cursor.written > ring.capacity) this.log.completeFromTick = Math.max(this.log.completeFromTick, this.oldestHeldTick() + 1);
    readNewSpikes(ring, this.cursor, (tick, neuron) => {
      if (neuron >= daFirst && neuron < daEnd) this.log.push(tick, neuron - daFirst);
    });
    // Cue lights.
    const enabled = world.stimuli.enabled;
    this.reward.setCues(Array.from(circuit.cueStimuli, (s) => s >= 0 && enabled[s] === 1));
    this.watchReward(frame);
    this.reward.animate(frame.fastForward ? 100_000 : frame.deltaMs, frame.reducedMotion);
    this.reward.drain(frame.deltaMs);

    this.labels.begin();
    // Completed trials change only at trial ends: the raster and averages are redrawn then (and on resize).
    if (frame.trials.length !== this.drawnTrials) {
      this.align(frame.trials);
      this.drawnTrials = frame.trials.length;
      this.drawRaster();
      this.drawPsth();
    }
    this.drawLive(frame.tick);
    this.drawLabels();
    this.labels.end();
  }

  destroy(): void {
    // context: each Graphics owns its context, which Pixi 8 keeps in the renderer unless destroyed with it.
    this.root.destroy({ children: true, context: true });
  }

  /** Tick of the oldest spike the ring still holds (its ticks may be partly dropped already). */
  private oldestHeldTick(): number {
    const ring = this.world.monitors.spikes;
    const oldest = Math.max(0, ring.written - ring.capacity);
    return ring.ticks[oldest % ring.capacity];
  }

  private planFor(phase: string, type: string): TrialPlan | null {
    const key = `${phase}\u0000${type}`;
    if (!this.plans.has(key)) this.plans.set(key, planOf(this.timeline.phases, phase, type, this.circuit.cueStimuli));
    return this.plans.get(key) ?? null;
  }

  private align(trials: readonly TrialRecord[]): void {
    const from = Math.max(0, trials.length - (this.maxRows() - 1)); // one row stays free for the live trial
    const out: AlignedTrial[] = [];
    for (let i = from; i < trials.length; i++) {
      const t = trials[i];
      out.push(alignTrial(t, this.planFor(t.phase, t.trialType), this.world.dtMs));
    }
    this.aligned = out;
  }

  /** Starts the drop (or the omission sign) when the current trial's reward event fires. */
  private watchReward(frame: SceneFrame): void {
    const status = timelineStatus(this.world);
    if (!status || status.stage !== 'trial' || status.trialIndex === this.lastRewardTrial) return;
    const phase = this.timeline.phases[status.phaseIndex];
    const type = phase.trialTypes.find((t) => t.name === status.trialType);
    if (!type) return;
    type.events.forEach((event, e) => {
      if (!event.isReward || status.trialIndex === this.lastRewardTrial) return;
      const s = this.timeline.eventStatus[e];
      if (s === EventStatus.omitted) { this.lastRewardTrial = status.trialIndex; if (!frame.fastForward) this.reward.omitted(); }
      else if (s === EventStatus.on || s === EventStatus.done) { this.lastRewardTrial = status.trialIndex; if (!frame.fastForward) this.reward.juice(); }
    });
  }

  /** Rows that fit: at least MIN_ROW_PX per trial, so a row's spikes stay a readable band. */
  private maxRows(): number {
    return Math.max(10, Math.min(RASTER_TRIALS, Math.floor(this.rasterFrame.inner.height / MIN_ROW_PX)));
  }

  private rows(): number {
    return Math.max(Math.min(20, this.maxRows()), Math.min(this.maxRows(), this.aligned.length + 1));
  }

  private specForRaster(): FrameSpec {
    const f = this.rasterFrame;
    const xs = niceTicks(this.fromMs, this.toMs, 8);
    return {
      title: t('scene.dopamine.raster.title'),
      xLabel: t('scene.dopamine.xLabel'), yLabel: t('scene.dopamine.raster.yLabel'),
      xRange: [this.fromMs, this.toMs], yRange: [0, f.inner.height],
      xTicks: xs.map((x) => ({ at: x, label: formatTick(x, xs[1] - xs[0]) })), yTicks: [],
    };
  }

  private rowTop(i: number): number {
    const f = this.rasterFrame.inner;
    return f.y + (i * f.height) / this.rows();
  }

  private drawRaster(): void {
    const f = this.rasterFrame;
    const spec = this.specForRaster();
    const { x, width, height } = f.inner;
    const rowH = height / this.rows();
    // Backgrounds and markers in one Graphics, spikes in another: a Graphics fill paints every shape
    // added since the previous fill, so each colour needs its own batch.
    const back = this.rasterBack.clear();
    const g = this.rasterDots.clear();
    const dt = this.world.dtMs;
    const px = (ms: number): number => x + ((ms - this.fromMs) / (this.toMs - this.fromMs)) * width;
    const n = this.circuit.daCount;
    const yTicks: { at: number; label: string }[] = [];
    const every = Math.max(1, Math.ceil(this.aligned.length / 12 / 5) * 5);
    this.aligned.forEach((t, i) => {
      const top = this.rowTop(i);
      if (t.omitted) back.rect(x, top, width, rowH).fill({ color: colors.omitted, alpha: 0.22 });
      const from = t.alignTick + Math.round(this.fromMs / dt);
      if (from < this.log.completeFromTick) {
        back.rect(x, top + rowH * 0.35, width, Math.max(1, rowH * 0.3)).fill({ color: plotColors.grid, alpha: 0.8 });
      } else {
        this.log.forEachIn(Math.max(from, t.startTick), Math.min(t.alignTick + Math.round(this.toMs / dt), t.endTick), (tick, neuron) => {
          g.rect(px((tick - t.alignTick) * dt) - 0.75, top + (neuron / n) * rowH, 1.5, Math.max(1, rowH / n));
        });
      }
      if ((t.trial + 1) % every === 0) yTicks.push({ at: height - (top - f.inner.y + rowH / 2), label: `${t.trial + 1}` });
    });
    g.fill({ color: colors.spike, alpha: 0.75 });
    // Reward times per row: a blue dot when juice came, an orange ring when it was omitted.
    this.aligned.forEach((t, i) => {
      if (!Number.isFinite(t.rewardFromCueMs)) return;
      const cy = this.rowTop(i) + rowH / 2;
      if (t.omitted) back.circle(px(t.rewardFromCueMs), cy, Math.max(2, rowH * 0.45)).stroke({ width: 1.2, color: colors.omitted });
      else back.rect(px(t.rewardFromCueMs) - 1, this.rowTop(i), 2, rowH).fill({ color: colors.reward, alpha: 0.55 });
    });
    back.moveTo(px(0), f.inner.y).lineTo(px(0), f.inner.y + height).stroke({ width: 1.5, color: colors.cue, alpha: 0.7 });
    spec.yTicks = yTicks;
    this.rasterSpec = spec;
    f.draw(spec);
  }

  /** The trial in progress, in the row under the completed ones. */
  private drawLive(tick: number): void {
    const g = this.liveDots.clear();
    const status = timelineStatus(this.world);
    if (!status || status.stage !== 'trial' || !this.rasterSpec) return;
    const plan = this.planFor(status.phase, status.trialType);
    const t = alignTrial({ index: status.trialIndex, trialType: status.trialType, startTick: status.trialStartTick, endTick: tick + 1 }, plan, this.world.dtMs);
    const i = Math.min(this.aligned.length, this.rows() - 1);
    const f = this.rasterFrame.inner;
    const rowH = f.height / this.rows();
    const top = this.rowTop(i);
    const dt = this.world.dtMs;
    const px = (ms: number): number => f.x + ((ms - this.fromMs) / (this.toMs - this.fromMs)) * f.width;
    const n = this.circuit.daCount;
    const nowMs = Math.min(this.toMs, (tick - t.alignTick) * dt);
    g.rect(f.x, top, Math.max(0, px(nowMs) - f.x), rowH).fill({ color: 0xffffff, alpha: 0.07 });
    this.log.forEachIn(Math.max(t.startTick, t.alignTick + Math.round(this.fromMs / dt)), tick + 1, (s, neuron) => {
      g.rect(px((s - t.alignTick) * dt) - 0.75, top + (neuron / n) * rowH, 1.5, Math.max(1, rowH / n));
    });
    g.fill({ color: 0xffffff });
    if (Number.isFinite(t.rewardFromCueMs)) {
      g.circle(px(t.rewardFromCueMs), top + rowH / 2, Math.max(2, rowH * 0.45)).stroke({ width: 1.2, color: t.omitted ? colors.omitted : colors.reward });
    }
    g.moveTo(px(nowMs), top - 2).lineTo(px(nowMs), top + rowH + 2).stroke({ width: 1, color: 0xffffff, alpha: 0.6 });
  }

  private drawPsth(): void {
    const cued = this.aligned.filter((t) => t.hasCue);
    const rewarded = cued.filter((t) => Number.isFinite(t.rewardFromCueMs) && !t.omitted);
    const complete = (t: AlignedTrial): boolean => t.alignTick + Math.round(this.fromMs / this.world.dtMs) >= this.log.completeFromTick;
    const seen = rewarded.filter(complete);
    const early = seen.slice(0, AVERAGE_TRIALS);
    const late = seen.length >= 2 * AVERAGE_TRIALS ? seen.slice(-AVERAGE_TRIALS) : [];
    const omitted = cued.filter((t) => t.omitted && complete(t));
    const n = this.circuit.daCount, dt = this.world.dtMs;
    const curves = [
      { label: early.length ? trialRange(early[0].trial + 1, early[early.length - 1].trial + 1) : t('scene.dopamine.psth.early'), color: colors.early, trials: early },
      { label: late.length ? trialRange(late[0].trial + 1, late[late.length - 1].trial + 1) : t('scene.dopamine.psth.late'), color: colors.late, trials: late },
      { label: t('scene.dopamine.psth.omitted', { count: omitted.length }), color: colors.omittedCurve, trials: omitted },
    ].map((c) => ({ ...c, ...psth(this.log, c.trials, n, dt, this.fromMs, this.toMs, PSTH_BIN_MS) }));
    let max = 0;
    for (const c of curves) for (const v of c.rateHz) max = Math.max(max, v);
    this.psthMax = Math.max(10, max * 1.1);
    const f = this.psthFrame;
    const xs = niceTicks(this.fromMs, this.toMs, 8);
    const ys = niceTicksForPx(0, this.psthMax, f.inner.height, 4).filter((v) => v <= this.psthMax);
    const spec: FrameSpec = {
      title: t('scene.dopamine.psth.title'), xLabel: t('scene.dopamine.xLabel'), yLabel: t('scene.dopamine.psth.yLabel'),
      xRange: [this.fromMs, this.toMs], yRange: [0, this.psthMax],
      xTicks: xs.map((x) => ({ at: x, label: formatTick(x, xs[1] - xs[0]) })),
      yTicks: ys.map((v) => ({ at: v, label: formatTick(v, ys[1] - ys[0]) })), yGrid: ys,
    };
    f.draw(spec);
    const g = this.psthLines.clear();
    g.moveTo(f.xToPx(spec, 0), f.inner.y).lineTo(f.xToPx(spec, 0), f.inner.y + f.inner.height).stroke({ width: 1.5, color: colors.cue, alpha: 0.7 });
    const rewardMs = rewarded[0]?.rewardFromCueMs ?? cued.find((t) => Number.isFinite(t.rewardFromCueMs))?.rewardFromCueMs;
    if (rewardMs !== undefined && Number.isFinite(rewardMs)) {
      g.moveTo(f.xToPx(spec, rewardMs), f.inner.y).lineTo(f.xToPx(spec, rewardMs), f.inner.y + f.inner.height).stroke({ width: 1.5, color: colors.reward, alpha: 0.7 });
    }
    this.psthLegend = [];
    for (const c of curves) {
      if (c.trials === 0) continue;
      c.rateHz.forEach((v, b) => {
        const xPx = f.xToPx(spec, this.fromMs + (b + 0.5) * PSTH_BIN_MS), yPx = f.yToPx(spec, v);
        if (b === 0) g.moveTo(xPx, yPx); else g.lineTo(xPx, yPx);
      });
      g.stroke({ width: 2, color: c.color });
      this.psthLegend.push([`${c.label}`, c.color]);
    }
  }

  private psthLegend: [string, number][] = [];

  private drawLabels(): void {
    const f = this.rasterFrame.inner;
    let xPx = f.x + f.width - 4;
    for (const [label, color] of [[t('scene.dopamine.legend.cue'), colors.cue], [t('scene.dopamine.legend.juice'), colors.reward], [t('scene.dopamine.legend.omitted'), colors.omitted]] as [string, number][]) {
      const t = this.text(label, xPx, f.y - 20, color, 1, 0.5);
      xPx -= t.width + 14;
    }
    const p = this.psthFrame.inner;
    xPx = p.x + p.width - 4;
    for (let i = this.psthLegend.length - 1; i >= 0; i--) {
      const [label, color] = this.psthLegend[i];
      const t = this.text(label, xPx, p.y - 20, color, 1, 0.5);
      xPx -= t.width + 14;
    }
    const status = timelineStatus(this.world);
    if (status) {
      const box = this.psthFrame.inner;
      const lines = [
        t('scene.status.trialInPhase', { trial: String(status.trialIndex + 1), phase: this.phaseName(status.phase) }),
        status.stage === 'intertrial' ? t('scene.status.betweenTrials', { type: status.trialType }) : status.trialType,
        t('scene.dopamine.status.levels', { dopamine: formatFixed(this.world.modulators.level[this.circuit.pool], 2), delta: formatFixed(this.circuit.signals[2], 2) }),
      ];
      lines.forEach((s, i) => this.text(s, 14, box.y + 30 + i * 20, i === 0 ? plotColors.label : plotColors.tickLabel, 0, 0, i === 0 ? plotFont.titleSize : plotFont.labelSize));
    }
  }

  /** A phase's label, looked up once per phase (the status is drawn every frame). */
  private phaseName(id: string): string {
    let name = this.phaseNames.get(id);
    if (name === undefined) this.phaseNames.set(id, (name = phaseLabel(this.level, id)));
    return name;
  }

  private text(s: string, x: number, y: number, color: number, ax: number, ay: number, size: number = plotFont.tickSize, weight: 'normal' | 'bold' = 'normal'): Text {
    return this.labels.text(s, x, y, color, ax, ay, size, weight);
  }
}

/** "trials 1–10": the trials a curve averages. */
function trialRange(first: number, last: number): string {
  return t('scene.dopamine.psth.trials', { first: String(first), last: String(last) });
}
