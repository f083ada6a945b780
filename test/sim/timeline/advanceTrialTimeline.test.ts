import { describe, expect, it } from 'vitest';
import { hashWorldState, restoreSnapshot, takeSnapshot } from '../../../src/sim/snapshot';
import { timelineStatus } from '../../../src/sim/timeline/trialTimeline';
import type { TimelinePhaseSpec, TimelineSpec } from '../../../src/sim/timeline/timelineSpec';
import { collect, onTicks, timelineWorld, trialStarts } from './timelineWorld';

const phase = (overrides: Partial<TimelinePhaseSpec> & Pick<TimelinePhaseSpec, 'name' | 'trialTypes'>): TimelinePhaseSpec => ({
  session: 'day1', trials: 1, trialMs: 100, intertrialMs: 0, order: 'weighted', ...overrides,
});

const protocol: TimelineSpec = {
  phases: [
    phase({
      name: 'acquisition', trials: 3, intertrialMs: 50,
      trialTypes: [{ name: 'paired', weight: 1, events: [
        { ms: 10, action: { kind: 'stimulusFor', stimulus: 'tone', durationMs: 30 } },
        { after: 0, ms: 20, action: { kind: 'stimulusFor', stimulus: 'puff', durationMs: 5 } },
        { after: 1, ms: 10, action: { kind: 'reward', modulator: 'da', amount: 1 } },
      ] }],
    }),
    phase({ name: 'probe', trials: 2, trialTypes: [{ name: 'csAlone', weight: 1, events: [{ ms: 10, action: { kind: 'stimulusFor', stimulus: 'tone', durationMs: 30 } }] }] }),
    phase({
      name: 'extinction', trials: 2, commandsAtStart: [{ type: 'setPlasticity', projection: 'dq', enabled: false }],
      commandsAtEnd: [{ type: 'setStimulus', stimulus: 'drive', enabled: false }],
      trialTypes: [{ name: 'csAlone', weight: 1, events: [
        { ms: 10, action: { kind: 'stimulusFor', stimulus: 'tone', durationMs: 30 } },
        { ms: 40, action: { kind: 'reward', modulator: 'da', amount: 0 } },
      ] }],
    }),
  ],
};

describe('advanceTrialTimeline: a three-phase protocol', () => {
  const world = timelineWorld(protocol);
  const events = collect(world, 3 * 150 + 2 * 100 + 2 * 100 + 2);

  it('starts phases and trials at the right ticks', () => {
    expect(events.filter((e) => e.type === 'phaseStarted').map((e) => [e.tick, (e as { phase: string }).phase]))
      .toEqual([[0, 'acquisition'], [450, 'probe'], [650, 'extinction']]);
    expect(trialStarts(events).map((t) => t.tick)).toEqual([0, 150, 300, 450, 550, 650, 750]);
    expect(events.filter((e) => e.type === 'trialEnded').map((e) => e.tick)).toEqual([100, 250, 400, 550, 650, 750, 850]);
  });

  it('switches cue and US on and off and chains events after each other', () => {
    expect(onTicks(events, 'tone')).toEqual([10, 160, 310, 460, 560, 660, 760]);
    expect(onTicks(events, 'tone', false)).toEqual([40, 190, 340, 490, 590, 690, 790]);
    expect(onTicks(events, 'puff')).toEqual([30, 180, 330]);
    expect(onTicks(events, 'puff', false)).toEqual([35, 185, 335]);
    expect(events.filter((e) => e.type === 'rewardDelivered').map((e) => e.tick)).toEqual([40, 190, 340]);
  });

  it('omits rewards of amount 0 and releases the others into the pool', () => {
    expect(events.filter((e) => e.type === 'rewardDelivered')).toHaveLength(3);
  });

  it('applies and logs the commands at phase boundaries', () => {
    const log = world.commands.log.map((entry) => [entry.tick, entry.command.type]);
    expect(log).toEqual([[651, 'setPlasticity'], [851, 'setStimulus']]);
    expect(world.commands.log[0].command.source).toBe('timeline');
    expect(world.projections[0].plasticityEnabled[0]).toBe(0);
    expect(world.stimuli.enabled[0]).toBe(0);
    expect(timelineStatus(world)?.stage).toBe('done');
  });
});

describe('advanceTrialTimeline: trial order and event timing draws', () => {
  it('shuffled order gives exact proportions in a seeded random order', () => {
    const world = timelineWorld({ phases: [phase({ name: 'mix', trials: 40, trialMs: 2, order: 'shuffled', trialTypes: [
      { name: 'paired', weight: 3, events: [] }, { name: 'probe', weight: 1, events: [] }] })] });
    const types = trialStarts(collect(world, 80)).map((t) => t.trialType);
    expect(types.filter((t) => t === 'paired')).toHaveLength(30);
    expect(types.filter((t) => t === 'probe')).toHaveLength(10);
    expect(types.slice(0, 30).every((t) => t === 'paired')).toBe(false);
  });

  it('sequential order repeats each type weight times', () => {
    const world = timelineWorld({ phases: [phase({ name: 'seq', trials: 6, trialMs: 2, order: 'sequential', trialTypes: [
      { name: 'a', weight: 2, events: [] }, { name: 'b', weight: 1, events: [] }] })] });
    expect(trialStarts(collect(world, 12)).map((t) => t.trialType)).toEqual(['a', 'a', 'b', 'a', 'a', 'b']);
  });

  it('jitter stays within bounds, choices come from the list, after-chains add up', () => {
    const world = timelineWorld({ phases: [phase({ name: 'p', trials: 60, trialTypes: [{ name: 't', weight: 1, events: [
      { ms: 50, jitterMs: 10, action: { kind: 'stimulusFor', stimulus: 'tone', durationMs: 1 } },
      { choicesMs: [5, 25], action: { kind: 'stimulusFor', stimulus: 'puff', durationMs: 1 } },
      { after: 1, ms: 7, action: { kind: 'modulatorPulse', modulator: 'da', amount: 0.1 } },
    ] }] })] });
    const events = collect(world, 60 * 100);
    const starts = trialStarts(events).map((t) => t.tick);
    const tone = onTicks(events, 'tone').map((tick, i) => tick - starts[i]);
    expect(Math.min(...tone)).toBeGreaterThanOrEqual(40);
    expect(Math.max(...tone)).toBeLessThanOrEqual(60);
    expect(new Set(tone).size).toBeGreaterThan(5);
    const puff = onTicks(events, 'puff').map((tick, i) => tick - starts[i]);
    expect(new Set(puff)).toEqual(new Set([5, 25]));
    const pulses = events.filter((e) => e.type === 'modulatorReleased').map((e, i) => e.tick - starts[i]);
    expect(pulses).toEqual(puff.map((p) => p + 7));
  });

  it('probability decides per trial with the seeded stream', () => {
    const run = (probability: number) => {
      const world = timelineWorld({ phases: [phase({ name: 'p', trials: 100, trialMs: 5, trialTypes: [{ name: 't', weight: 1, events: [
        { ms: 1, probability, action: { kind: 'reward', modulator: 'da', amount: 1 } }] }] })] });
      return collect(world, 500).filter((e) => e.type === 'rewardDelivered').length;
    };
    expect(run(0)).toBe(0);
    expect(run(1)).toBe(100);
    const half = run(0.5);
    expect(half).toBeGreaterThan(30);
    expect(half).toBeLessThan(70);
  });
});

describe('advanceTrialTimeline: contingencies', () => {
  it('fires an event only when the live measure satisfies the comparison, both ways', () => {
    const world = timelineWorld({ phases: [phase({ name: 'p', trials: 2, order: 'sequential', trialTypes: [
      { name: 'primed', weight: 1, events: [
        { ms: 10, action: { kind: 'modulatorPulse', modulator: 'da', amount: 1 } },
        { ms: 12, when: { measure: { metric: 'modulatorLevel', modulator: 'da' }, comparison: '>', threshold: 0.5 }, action: { kind: 'stimulusFor', stimulus: 'tone', durationMs: 1 } },
        { ms: 60, when: { measure: { metric: 'spikeCount', population: 'driven' }, comparison: '>=', threshold: 1 }, action: { kind: 'stimulusFor', stimulus: 'puff', durationMs: 1 } },
      ] },
      { name: 'unprimed', weight: 1, events: [
        { ms: 12, when: { measure: { metric: 'modulatorLevel', modulator: 'da' }, comparison: '>', threshold: 0.5 }, action: { kind: 'stimulusFor', stimulus: 'tone', durationMs: 1 } },
        { ms: 60, when: { measure: { metric: 'spikeCount', population: 'quiet' }, comparison: '>=', threshold: 1 }, action: { kind: 'stimulusFor', stimulus: 'puff', durationMs: 1 } },
      ] },
    ] })] });
    const events = collect(world, 200);
    expect(onTicks(events, 'tone')).toEqual([12]);
    expect(onTicks(events, 'puff')).toEqual([60]);
  });

  it('compares with a percentile of an earlier phase', () => {
    const world = timelineWorld({ phases: [
      phase({ name: 'baseline', trials: 3, trialTypes: [{ name: 't', weight: 1, events: [] }] }),
      phase({ name: 'test', trials: 1, trialTypes: [{ name: 't', weight: 1, events: [
        { ms: 50, when: { measure: { metric: 'spikeCount', population: 'driven' }, comparison: '<=', threshold: { percentile: 50, ofPhase: 'baseline' } },
          action: { kind: 'stimulusFor', stimulus: 'tone', durationMs: 1 } },
        { ms: 50, when: { measure: { metric: 'spikeCount', population: 'driven' }, comparison: '<', threshold: { percentile: 0, ofPhase: 'baseline' } },
          action: { kind: 'stimulusFor', stimulus: 'puff', durationMs: 1 } },
      ] }] }),
    ] });
    const events = collect(world, 400);
    expect(onTicks(events, 'tone')).toEqual([350]);
    expect(onTicks(events, 'puff')).toEqual([]);
  });
});

describe('advanceTrialTimeline: state', () => {
  const spec: TimelineSpec = { phases: [phase({ name: 'p', trials: 20, intertrialMs: 10, order: 'shuffled', trialTypes: [
    { name: 'a', weight: 1, events: [{ ms: 30, jitterMs: 20, action: { kind: 'stimulusFor', stimulus: 'tone', durationMs: 40 } },
      { choicesMs: [10, 70], probability: 0.7, action: { kind: 'reward', modulator: 'da', amount: 1 } }] },
    { name: 'b', weight: 1, events: [{ ms: 20, action: { kind: 'stimulusFor', stimulus: 'puff', durationMs: 40 } }] },
  ] })] };

  it('a snapshot taken mid-trial and restored gives the same hash', () => {
    const world = timelineWorld(spec);
    collect(world, 355); // inside trial 4, tone possibly on
    const snapshot = takeSnapshot(world);
    const first = collect(world, 1000);
    const hash = hashWorldState(world);
    restoreSnapshot(world, snapshot);
    const second = collect(world, 1000);
    expect(hashWorldState(world)).toBe(hash);
    expect(second).toEqual(first);
    const fresh = timelineWorld(spec);
    restoreSnapshot(fresh, snapshot);
    collect(fresh, 1000);
    expect(hashWorldState(fresh)).toBe(hash);
  });

  it('the same spec and seed give the same run; another seed another order', () => {
    const a = timelineWorld(spec, 5), b = timelineWorld(spec, 5), c = timelineWorld(spec, 6);
    const ea = collect(a, 2200), eb = collect(b, 2200), ec = collect(c, 2200);
    expect(hashWorldState(a)).toBe(hashWorldState(b));
    expect(ea).toEqual(eb);
    expect(trialStarts(ec).map((t) => t.trialType)).not.toEqual(trialStarts(ea).map((t) => t.trialType));
  });
});
