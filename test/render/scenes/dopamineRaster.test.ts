// Pure parts of the dopamine scene: trial plans from compiled trial types (hand-built, no world),
// cue alignment of trials and spikes (dt = 1 ms and 0.5 ms), the spike log and the PSTH.
import { describe, expect, it } from 'vitest';
import { ActionKind, type CompiledEvent, type CompiledTrialType } from '../../../src/sim/timeline/trialTimeline';
import { SpikeLog, alignTrial, eventOffsetMs, lowerBound, psth, trialPlan } from '../../../src/render/scenes/dopamine/dopamineRaster';

function ev(partial: Partial<CompiledEvent>): CompiledEvent {
  return {
    after: -1, ms: 0, choicesMs: null, jitterMs: 0, probability: 1, condition: null, action: ActionKind.stimulusFor,
    target: 0, amount: 0, durationTicks: 1, command: null, isReward: false, ...partial,
  };
}
const paired: CompiledTrialType = {
  name: 'paired', weight: 1,
  events: [ev({ ms: 1000, target: 3 }), ev({ after: 0, ms: 1000, action: ActionKind.reward, isReward: true, amount: 1 })],
};
const omitted: CompiledTrialType = {
  name: 'omitted', weight: 1,
  events: [ev({ ms: 1000, target: 3 }), ev({ after: 0, ms: 1000, action: ActionKind.reward, isReward: true, amount: 0 })],
};

describe('trial plans', () => {
  it('resolves the after-chain and reads the cue, the reward and an omission', () => {
    expect(eventOffsetMs(paired, 1)).toBe(2000);
    expect(trialPlan(paired, [3])).toEqual({ cueMs: 1000, rewardMs: 2000, omitted: false, cues: [3] });
    expect(trialPlan(omitted, [3]).omitted).toBe(true);
    // A stimulus that is not one of the circuit's cues is not a cue.
    expect(trialPlan(paired, [5]).cueMs).toBeNaN();
  });

  it('aligns a trial on its cue onset, in ticks', () => {
    const plan = trialPlan(paired, [3]);
    const a = alignTrial({ index: 4, trialType: 'paired', startTick: 10_000, endTick: 13_000 }, plan, 1);
    expect(a.alignTick).toBe(11_000);
    expect(a.rewardFromCueMs).toBe(1000);
    const half = alignTrial({ index: 4, trialType: 'paired', startTick: 10_000, endTick: 16_000 }, plan, 0.5);
    expect(half.alignTick).toBe(12_000);
  });
});

describe('spike log and PSTH', () => {
  it('slices by tick and truncates when time goes backwards (a restore)', () => {
    const log = new SpikeLog();
    for (let t = 0; t < 3000; t++) log.push(t, t % 4);
    expect(log.length).toBe(3000);
    const seen: number[] = [];
    log.forEachIn(10, 13, (t) => seen.push(t));
    expect(seen).toEqual([10, 11, 12]);
    log.push(5, 0);
    expect(log.length).toBe(6);
    expect(lowerBound(log.ticks, log.length, 5)).toBe(5);
  });

  it('averages rate per neuron from cue onset and leaves out trials the log does not hold', () => {
    const plan = trialPlan(paired, [3]);
    const trials = [0, 3000].map((start, i) => alignTrial({ index: i, trialType: 'paired', startTick: start, endTick: start + 3000 }, plan, 1));
    const log = new SpikeLog();
    // Two neurons; each trial: 5 spikes per neuron in the 100 ms after the cue, none elsewhere.
    for (const t of trials) for (let k = 0; k < 5; k++) for (const n of [0, 1]) log.push(t.alignTick + k * 20, n);
    const { rateHz, trials: used } = psth(log, trials, 2, 1, -100, 200, 100);
    expect(used).toBe(2);
    // 5 spikes per neuron per 100 ms = 50 Hz in the first bin after the cue; nothing before or after.
    expect(Array.from(rateHz)).toEqual([0, 50, 0]);
    log.completeFromTick = 2000;
    expect(psth(log, trials, 2, 1, -100, 200, 100).trials).toBe(1);
  });
});
