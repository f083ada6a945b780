/**
 * Eyeblink scene (SCIENCE §5): the eye that blinks with the model's eyelid, the tone and the air puff,
 * the last trials' eyelid traces stacked (newest on top) so the conditioned response visibly moves
 * toward the puff, the Purkinje simple-spike rate (its learned pause) and the climbing-fibre spikes of
 * the current or last trial, and %CR per block of 10 trials.
 *
 * Wiring (runtime helper): `import { eyeblinkSceneFactory } from '../render/scenes/eyeblink/eyeblinkScene'`
 * and try it with the other SceneFactory values when a level opens; it returns null unless the level has
 * a `cerebellum` circuit. Add `scene.root` to the stage, call `scene.resize(w, h)` on canvas resize and
 * `scene.update(frame)` every animation frame (SceneFrame from levelScene.ts; it only reads the world).
 * The scene reads `cerebellum.eyelid`, the trial record (`cerebellum.record.*`) and the spike ring; the
 * olive spikes come from the ring entries written since the previous frame, so after a fast-forward jump
 * only the trials the ring still holds show climbing-fibre ticks.
 */
import { TextPool } from '../textPool';
import { Container, Graphics, Text } from 'pixi.js';
import { cerebellumStateOf, type CerebellumState } from '../../../circuits/cerebellum/cerebellumState';
import type { EyeblinkRecord } from '../../../circuits/cerebellum/eyeblinkRecord';
import { EYEBLINK_RECORD } from '../../../circuits/cerebellum/recordEyeblinkTrials';
import type { Level } from '../../../levels/schema/level';
import type { SimWorld } from '../../../sim/world/world';
import { PlotFrame, type FrameSpec } from '../../PlotFrame';
import { plotColors, plotFont } from '../../palette';
import { formatFixed, formatTick, niceTicks, niceTicksForPx, tickLabelPx } from '../../ticks';
import type { LevelScene, SceneFactory, SceneFrame } from '../levelScene';
import { EyeView } from './EyeView';
import {
  ClimbingFibreLog, binCentreMs, crPercentByBlock, liveTrial, recentTraceRows, stackBaselinePx, stackRisePx, traceWindowMs, type TraceRow,
} from './eyeblinkTraces';
import { readNewSpikes, type RingCursor } from '../readNewSpikes';
import { t } from '../../../i18n/messages';
import { legendFitsBesideTitle, stackLegendItems } from './stackLegend';

/** Trials in the stack (the live one on top plus the last completed ones). */
export const STACK_ROWS = 20;
const RISE_ROWS = 3;
const BLOCK_TRIALS = 10;
/** Below this canvas width (CSS px) the scene stacks its parts (a phone): side by side the titles would be cut. */
const NARROW_PX = 560;
const NARROW_LEGEND_PX = 18;
const colors = {
  closure: 0x56b4e9,
  probe: 0xe69f00,
  live: 0xffffff,
  puff: 0xd55e00,
  tone: 0xf0e442,
  purkinje: 0x009e73,
  climbing: 0xcc79a7,
  cr: 0x009e73,
} as const;

export const eyeblinkSceneFactory: SceneFactory = (level: Level, world: SimWorld) => {
  if (!level.circuits.some((c) => c.kind === 'cerebellum')) return null;
  const state = cerebellumStateOf(world);
  const record = world.state.get(EYEBLINK_RECORD);
  if (!state || !record) return null;
  return new EyeblinkScene(world, state, record);
};

class EyeblinkScene implements LevelScene {
  readonly root = new Container();
  private readonly eye: EyeView;
  private readonly stackFrame = new PlotFrame({ left: 58, right: 14, top: 28, bottom: 40 });
  private readonly stackLines = new Graphics();
  private readonly pkFrame = new PlotFrame({ left: 58, right: 14, top: 28, bottom: 40 });
  private readonly pkLines = new Graphics();
  private readonly blocks = new Graphics();
  private readonly labels = new TextPool(this.root);
  private readonly cf = new ClimbingFibreLog();
  private readonly cursor: RingCursor;
  private readonly windowMs: number;
  /** Trace bins inside the drawn window (10 ms each, TRACE_BIN_MS). */
  private readonly drawnBins: number;
  private lastPuffTick = -1;
  private lastRecorded = -1;
  private stackSpec: FrameSpec | null = null;
  private pkMaxHz = 100;
  private blockData: { percent: number; trials: number }[] = [];
  /** Laid out for a phone-width canvas (resize). */
  private narrow = false;
  /** The trace plot's legend has a row of its own above the title (a phone, or words too long to share it). */
  private legendRow = false;
  private readonly legendItems = stackLegendItems(colors);
  private eyeBox = { x: 0, y: 0, width: 0, height: 0 };
  private blockBox = { x: 0, y: 0, width: 0, height: 0 };

  constructor(private readonly world: SimWorld, private readonly state: CerebellumState, private readonly record: EyeblinkRecord) {
    this.eye = new EyeView(state.params.conditionedStimuli.map((cs) => cs.name));
    this.windowMs = traceWindowMs(record, world);
    this.drawnBins = Math.round(this.windowMs / 10);
    this.cursor = { written: world.monitors.spikes.written };
    this.root.addChild(this.eye.container, this.stackFrame.container, this.stackLines, this.pkFrame.container, this.pkLines, this.blocks);
  }

  resize(width: number, height: number): void {
    this.narrow = width < NARROW_PX;
    this.legendRow = this.narrow;
    if (this.narrow) {
      // A phone: the eye and the CR blocks side by side on top, each trace plot across the whole width below.
      // The trace plot's legend gets a row of its own above its title (NARROW_LEGEND_PX).
      const topH = Math.round(height * 0.36);
      const eyeW = Math.round(width * 0.38);
      this.eyeBox = { x: 8, y: 8, width: eyeW - 16, height: topH - 8 };
      this.blockBox = { x: eyeW, y: 8, width: width - eyeW - 8, height: topH - 8 };
      const stackH = Math.round((height - topH) * 0.55);
      this.stackFrame.setBounds({ x: 0, y: topH + NARROW_LEGEND_PX, width: width - 4, height: stackH - NARROW_LEGEND_PX });
      this.pkFrame.setBounds({ x: 0, y: topH + stackH, width: width - 4, height: height - topH - stackH - 4 });
    } else {
      const leftW = Math.round(Math.min(width * 0.38, 460));
      const eyeH = Math.round(height * 0.56);
      this.eyeBox = { x: 8, y: 8, width: leftW - 16, height: eyeH - 8 };
      this.blockBox = { x: 8, y: eyeH + 8, width: leftW - 16, height: height - eyeH - 16 };
      const stackH = Math.round(height * 0.62);
      this.stackFrame.setBounds({ x: leftW, y: 4, width: width - leftW - 4, height: stackH - 4 });
      // A longer title (another language) may not leave the legend room beside it: then it goes above.
      this.legendRow = !legendFitsBesideTitle(t('scene.eyeblink.stack.title', { count: STACK_ROWS }), this.legendItems, this.stackFrame.inner.width);
      if (this.legendRow) this.stackFrame.setBounds({ x: leftW, y: 4 + NARROW_LEGEND_PX, width: width - leftW - 4, height: stackH - 4 - NARROW_LEGEND_PX });
      this.pkFrame.setBounds({ x: leftW, y: stackH, width: width - leftW - 4, height: height - stackH - 4 });
    }
    this.eye.layout(this.eyeBox.x, this.eyeBox.y, this.eyeBox.width, this.eyeBox.height);
    this.stackSpec = null;
    this.lastRecorded = -1;
  }

  update(frame: SceneFrame): void {
    const { world, state, record } = this;
    const tick = frame.tick;
    const dt = world.dtMs;
    this.collectClimbingFibreSpikes(dt);

    // The eye, the CSs (the speaker shows any CS, labelled with the ones on) and the puff.
    this.eye.setClosure(state.eyelid[0]);
    const enabled = world.stimuli.enabled;
    let csMask = 0;
    for (let c = 0; c < state.csStimuli.length; c++) if (state.csStimuli[c] >= 0 && enabled[state.csStimuli[c]] === 1) csMask |= 1 << c;
    const puffOn = state.puffStimulus >= 0 && enabled[state.puffStimulus] === 1;
    this.eye.setCs(csMask, frame.deltaMs);
    const puffTick = record.current[2];
    if (puffTick >= 0 && puffTick !== this.lastPuffTick) {
      this.lastPuffTick = puffTick;
      if (!frame.fastForward && !frame.reducedMotion && tick - puffTick < 200 / dt) this.eye.puff(world.stimuli.gain[state.puffStimulus] || 1);
    }
    if (frame.fastForward) this.eye.clearParticles();
    this.eye.animate(frame.fastForward ? 0 : frame.deltaMs, puffOn);

    this.labels.begin();
    const recorded = record.summary[4];
    if (recorded !== this.lastRecorded) {
      this.lastRecorded = recorded;
      this.blockData = crPercentByBlock(record, BLOCK_TRIALS);
    }
    const live = liveTrial(record, tick, dt);
    const stackRows = this.stackRows();
    const rows = recentTraceRows(record, live && live.elapsedMs >= 0 ? stackRows - 1 : stackRows);
    this.drawStack(rows, live);
    this.drawPurkinje(rows[0] ?? null, live);
    this.drawBlocks(live);
    this.labels.end();
  }

  destroy(): void {
    // context: each Graphics owns its context, which Pixi 8 keeps in the renderer unless destroyed with it.
    this.root.destroy({ children: true, context: true });
  }

  /** Olive spikes since the last frame, assigned to the trial whose tone preceded them. */
  private collectClimbingFibreSpikes(dt: number): void {
    const { record, state } = this;
    const first = state.olive.first - 1;
    const end = state.olive.end - 1;
    const [trial, toneTick] = record.current;
    const startsNew = trial >= 0 && toneTick >= 0 && (trial !== this.cf.trial || toneTick !== this.cf.toneTick);
    const later: number[] = [];
    readNewSpikes(this.world.monitors.spikes, this.cursor, (t, neuron) => {
      if (neuron < first || neuron >= end) return;
      if (startsNew && t >= toneTick) later.push(t);
      else this.cf.add(t, dt, this.windowMs);
    });
    if (startsNew) {
      this.cf.startTrial(trial, toneTick);
      for (const t of later) this.cf.add(t, dt, this.windowMs);
    }
  }

  /** Rows in the stack: STACK_ROWS when there is room, fewer (at least 6 px each) in a short view. */
  private stackRows(): number {
    return Math.max(6, Math.min(STACK_ROWS, Math.floor(this.stackFrame.inner.height / 9)));
  }

  private drawStack(rows: TraceRow[], live: ReturnType<typeof liveTrial>): void {
    const f = this.stackFrame;
    if (!this.stackSpec) {
      const xs = niceTicks(0, this.windowMs, 6);
      this.stackSpec = {
        title: t('scene.eyeblink.stack.title', { count: this.stackRows() }),
        xLabel: t('scene.eyeblink.xLabel'), yLabel: t('scene.eyeblink.stack.yLabel'),
        xRange: [0, this.windowMs], yRange: [0, f.inner.height],
        xTicks: xs.map((x) => ({ at: x, label: formatTick(x, xs[1] - xs[0]) })), yTicks: [],
      };
    }
    const spec = this.stackSpec;
    const showLive = live !== null && live.elapsedMs >= 0;
    const n = this.stackRows();
    const { x, y, width, height } = f.inner;
    const rise = stackRisePx(n, height, RISE_ROWS);
    const yTicks: { at: number; label: string }[] = [];
    const g = this.stackLines.clear();
    const toPx = (ms: number): number => x + (ms / this.windowMs) * width;
    const all: (TraceRow | null)[] = showLive ? [null, ...rows] : rows;
    for (let i = all.length - 1; i >= 0; i--) {
      const row = all[i];
      const base = stackBaselinePx(i, n, y, height, RISE_ROWS);
      const age = i / n;
      if (row === null && live) {
        // The trial in progress, tick by tick from the record's closure buffer.
        const closure = this.record.closure;
        const ticks = Math.floor(live.elapsedMs / this.world.dtMs) - 1; // the tick being drawn is not recorded yet
        g.moveTo(x, base).lineTo(x + width, base).stroke({ width: 1, color: plotColors.grid });
        g.moveTo(toPx(0), base - closure[0] * rise);
        for (let t = 1; t <= ticks; t += 2) g.lineTo(toPx(t * this.world.dtMs), base - closure[t] * rise);
        g.stroke({ width: 2.2, color: colors.live });
        if (!Number.isNaN(live.puffMs)) this.puffMark(g, toPx(live.puffMs), base, rise, true);
        g.moveTo(toPx(live.elapsedMs), base - rise).lineTo(toPx(live.elapsedMs), base).stroke({ width: 1, color: colors.live, alpha: 0.4 });
        yTicks.push({ at: y + height - base, label: `${live.trial + 1}` });
        continue;
      }
      if (!row) continue;
      const color = row.probe ? colors.probe : colors.closure;
      // Fill under the trace in the background colour so newer rows hide older ones (waterfall).
      g.moveTo(toPx(0), base);
      for (let b = 0; b < this.drawnBins; b++) g.lineTo(toPx(binCentreMs(b)), base - row.closure[b] * rise);
      g.lineTo(toPx(this.windowMs), base).closePath().fill({ color: plotColors.plotArea, alpha: 0.85 });
      g.moveTo(x, base).lineTo(x + width, base).stroke({ width: 1, color: plotColors.grid });
      g.moveTo(toPx(0), base - row.closure[0] * rise);
      for (let b = 1; b < this.drawnBins; b++) g.lineTo(toPx(binCentreMs(b)), base - row.closure[b] * rise);
      g.stroke({ width: i === 0 ? 2 : 1.4, color, alpha: 1 - 0.55 * age });
      this.puffMark(g, toPx(row.usMs), base, rise, !row.probe);
      if (row.cr && Number.isFinite(row.crOnsetMs)) g.circle(toPx(row.crOnsetMs), base - 0.1 * rise, 2.5).fill(colors.cr);
      if (i % 2 === 0 || i === all.length - 1) yTicks.push({ at: y + height - base, label: row.probe ? t('scene.eyeblink.stack.probeRow', { trial: String(row.trial + 1) }) : `${row.trial + 1}` });
    }
    spec.yTicks = yTicks;
    f.draw(spec);
    this.legend(x + width - 6, y - 20 - (this.legendRow ? NARROW_LEGEND_PX : 0), this.legendItems);
  }

  /** A red triangle at the puff time on a row; hollow on probes (when the puff would have come). */
  private puffMark(g: Graphics, px: number, base: number, rise: number, delivered: boolean): void {
    if (!Number.isFinite(px)) return;
    const h = Math.min(8, rise * 0.45);
    g.poly([px - h * 0.6, base + 1, px + h * 0.6, base + 1, px, base - h]);
    if (delivered) g.fill(colors.puff);
    else g.stroke({ width: 1, color: colors.puff });
    g.moveTo(px, base - h).lineTo(px, base - rise).stroke({ width: 1, color: colors.puff, alpha: 0.35 });
  }

  private drawPurkinje(last: TraceRow | null, live: ReturnType<typeof liveTrial>): void {
    const f = this.pkFrame;
    const useLive = live !== null && live.elapsedMs >= 0;
    const trial = useLive && live ? live.trial : last?.trial ?? -1;
    const bins = this.record.traceBins;
    const rates = trial >= 0 ? this.record.purkinjeTrace.subarray(trial * bins, (trial + 1) * bins) : new Float64Array(0);
    const filled = Math.min(this.drawnBins, useLive && live ? Math.floor(live.elapsedMs / 10) : bins);
    let max = 0;
    for (let b = 0; b < filled; b++) max = Math.max(max, rates[b]);
    const smooth = 3; // bins per drawn point (30 ms): a 10 ms bin of a few cells is too noisy to read.
    if (max > this.pkMaxHz * 1.6 || (filled > this.drawnBins / 2 && max < this.pkMaxHz * 0.4)) this.pkMaxHz = Math.max(20, max * 1.1);
    const cfBand = 0.18; // fraction of the plot's height below zero for the climbing-fibre ticks
    const yMax = this.pkMaxHz;
    const yMin = -yMax * cfBand / (1 - cfBand);
    const ys = niceTicksForPx(0, yMax, f.inner.height * (1 - cfBand), 4).filter((v) => v >= 0 && v <= yMax);
    // The "CF" label sits mid-band below zero: in a short plot the "0" label would overlap it, so it goes.
    const cfGapPx = (f.inner.height * cfBand) / 2;
    const labelled = cfGapPx < tickLabelPx ? ys.filter((v) => v > 0) : ys;
    const xs = niceTicks(0, this.windowMs, 6);
    const spec: FrameSpec = {
      title: this.spikesTitle(trial, useLive),
      xLabel: t('scene.eyeblink.xLabel'), yLabel: t('scene.eyeblink.spikes.yLabel'),
      xRange: [0, this.windowMs], yRange: [yMin, yMax],
      xTicks: xs.map((v) => ({ at: v, label: formatTick(v, xs[1] - xs[0]) })),
      yTicks: [...labelled.map((v) => ({ at: v, label: formatTick(v, ys[1] - ys[0]) })), { at: yMin / 2, label: t('scene.eyeblink.spikes.climbingShort'), color: colors.climbing }],
      yGrid: ys,
    };
    f.draw(spec);
    const g = this.pkLines.clear();
    const px = (ms: number): number => f.xToPx(spec, ms);
    const py = (v: number): number => f.yToPx(spec, v);
    const usMs = useLive && live ? (Number.isNaN(live.puffMs) ? (last?.usMs ?? Number.NaN) : live.puffMs) : last?.usMs ?? Number.NaN;
    if (Number.isFinite(usMs)) {
      g.moveTo(px(usMs), f.inner.y).lineTo(px(usMs), f.inner.y + f.inner.height).stroke({ width: 1.5, color: colors.puff, alpha: 0.8 });
      this.text(t('scene.eyeblink.legend.puff'), px(usMs) + 3, f.inner.y + 2, colors.puff, 0, 0);
    }
    g.moveTo(px(0), py(0)).lineTo(px(this.windowMs), py(0)).stroke({ width: 1, color: plotColors.axis, alpha: 0.6 });
    if (filled > 0) {
      let started = false;
      for (let b = 0; b + smooth <= filled; b += 1) {
        let sum = 0;
        for (let k = 0; k < smooth; k++) sum += rates[b + k];
        const xPx = px((b + smooth / 2) * 10);
        const yPx = py(sum / smooth);
        if (!started) { g.moveTo(xPx, yPx); started = true; } else g.lineTo(xPx, yPx);
      }
      if (started) g.stroke({ width: 2, color: colors.purkinje });
    }
    const cf = trial >= 0 ? this.cf.timesOf(trial) : null;
    const top = py(yMin * 0.15), bottom = py(yMin * 0.9);
    if (cf) for (const ms of cf) g.moveTo(px(ms), top).lineTo(px(ms), bottom);
    g.stroke({ width: 2, color: colors.climbing });
    if (trial >= 0 && !cf) this.text(t('scene.eyeblink.spikes.notSeen'), px(this.windowMs) - 4, (top + bottom) / 2, plotColors.tickLabel, 1, 0.5);
  }

  /** The spike plot's title: short in a narrow layout; names the trial (and "now" while it runs). */
  private spikesTitle(trial: number, live: boolean): string {
    if (this.narrow) return trial >= 0 ? t('scene.eyeblink.spikes.titleShortOf', { trial: String(trial + 1) }) : t('scene.eyeblink.spikes.titleShort');
    if (trial < 0) return t('scene.eyeblink.spikes.title');
    return t(live ? 'scene.eyeblink.spikes.titleOfNow' : 'scene.eyeblink.spikes.titleOf', { trial: String(trial + 1) });
  }

  private drawBlocks(live: ReturnType<typeof liveTrial>): void {
    const box = this.blockBox;
    const g = this.blocks.clear();
    const summary = this.record.summary;
    const trials = summary[4];
    const closure = this.state.eyelid[0];
    const lines = [
      t('scene.eyeblink.status.eyelid', { trial: String(live ? live.trial + 1 : trials), percent: formatFixed(closure * 100, 0) }),
      t('scene.eyeblink.status.crs', { percent: formatFixed(summary[0], 0) }),
    ];
    this.text(lines[0], box.x + 6, box.y + 4, plotColors.label, 0, 0, plotFont.titleSize, 'bold');
    this.text(lines[1], box.x + 6, box.y + 26, plotColors.label, 0, 0, plotFont.labelSize);
    const chartTop = box.y + 60, chartBottom = box.y + box.height - 22;
    const chartH = Math.max(20, chartBottom - chartTop);
    const left = box.x + 34, right = box.x + box.width - 6;
    g.rect(left, chartTop, right - left, chartH).fill(plotColors.plotArea);
    for (const p of [0, 50, 100]) {
      const yy = chartBottom - (p / 100) * chartH;
      g.moveTo(left, yy).lineTo(right, yy).stroke({ width: 1, color: plotColors.grid });
      this.text(`${p}`, left - 4, yy, plotColors.tickLabel, 1, 0.5);
    }
    this.text(t('scene.eyeblink.blocks.caption'), left, chartTop - 4, plotColors.label, 0, 1, plotFont.labelSize);
    const blocks = this.blockData;
    const slots = Math.max(10, blocks.length);
    const slotW = (right - left) / slots;
    blocks.forEach((b, i) => {
      const h = (b.percent / 100) * chartH;
      g.rect(left + i * slotW + slotW * 0.15, chartBottom - h, slotW * 0.7, h).fill({ color: colors.cr, alpha: b.trials < BLOCK_TRIALS ? 0.5 : 1 });
      if (slots <= 12 || i % 2 === 0) this.text(`${i + 1}`, left + (i + 0.5) * slotW, chartBottom + 3, plotColors.tickLabel, 0.5, 0);
    });
  }

  private legend(rightPx: number, yPx: number, items: [string, number][]): void {
    let xPx = rightPx;
    for (let i = items.length - 1; i >= 0; i--) {
      const [label, color] = items[i];
      const t = this.text(label, xPx, yPx, color, 1, 0.5);
      xPx -= t.width + 14;
    }
  }

  private text(s: string, x: number, y: number, color: number, ax: number, ay: number, size: number = plotFont.tickSize, weight: 'normal' | 'bold' = 'normal'): Text {
    return this.labels.text(s, x, y, color, ax, ay, size, weight);
  }
}
