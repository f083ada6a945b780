import { describe, expect, it } from 'vitest';
import { loadLevel, type Level } from '../../../src/levels';
import { runLevel } from '../../../src/levels/runLevel';
import { fixture } from '../helpers';

/** A driven neuron, a silent one, a fixed synapse between them, and a three-trial timeline. */
function smallLevel(): Record<string, unknown> {
  return {
    schemaVersion: 1, id: 'known', title: 'Known outcome', seed: 3, dtMs: 1, durationMs: 1000,
    neuronTypes: [{ id: 'rs', model: 'izhikevich', a: 0.02, b: 0.2, c: -65, d: 8 }],
    populations: [{ id: 'driven', type: 'rs', count: 2 }, { id: 'quiet', type: 'rs', count: 2 }],
    projections: [{ id: 'dq', from: 'driven', to: 'quiet', connect: { rule: 'oneToOne' }, weight: 2, receptor: 'excitatory' }],
    modulators: [{ id: 'da', kind: 'dopamine', baseline: 0, tauMs: 1e6 }],
    stimuli: [{ id: 'drive', kind: 'constantCurrent', target: 'driven', amplitudePa: 15, initiallyActive: false }],
    timeline: { sessions: [{ id: 'day', phases: [
      { id: 'off', trials: 1, trialMs: 500, trialTypes: [{ id: 'rest', events: [] }] },
      { id: 'on', trials: 2, trialMs: 500, intertrialMs: 100, trialTypes: [{ id: 'drive', events: [
        { kind: 'stimulusOn', target: 'drive', at: { ms: 0 } },
        { kind: 'reward', amount: 1, at: { ms: 250 } },
      ] }] },
    ] }] },
    objectives: [
      { id: 'fires', description: '', metric: 'populationRateHz', args: { population: 'driven' }, comparison: '>', threshold: 5, over: { lastTrials: 2 } },
      { id: 'silentFirst', description: '', metric: 'spikeCount', args: { population: 'driven' }, comparison: '<=', threshold: 0, over: { window: { startMs: 0, endMs: 500 } } },
      { id: 'weight', description: '', metric: 'meanWeight', args: { projection: 'dq' }, comparison: 'between', threshold: [1.9, 2.1], over: { allTrials: true } },
      { id: 'ratio', description: '', metric: 'weightChangeRatio', args: { projection: 'dq' }, comparison: '>', threshold: 1, over: { allTrials: true } },
      { id: 'dopamine', description: '', metric: 'modulatorLevel', args: { modulator: 'da' }, comparison: '>=', threshold: 1.5, over: { window: { startMs: 1500, endMs: 1600 } } },
      { id: 'count', description: '', metric: 'activeSynapseCount', args: { projection: 'dq' }, comparison: '>=', threshold: 2, over: { lastTrials: 1 } },
    ],
    monitors: [
      { id: 'spk', kind: 'spikes', population: 'driven' },
      { id: 'r', kind: 'rate', population: 'driven', binMs: 100 },
      { id: 'v', kind: 'probe', target: 'neuron', population: 'quiet', indices: [1], field: 'v', everyMs: 100 },
    ],
  };
}

function load(data: unknown): Level {
  const result = loadLevel(data);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.level;
}

function run(data: unknown, options: Parameters<typeof runLevel>[1] = {}) {
  const outcome = runLevel(load(data), options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

describe('runLevel and objectives', () => {
  const result = run(smallLevel());

  it('runs to the end of the timeline', () => {
    expect(result.stopReason).toBe('timeline');
    expect(result.ticks).toBe(500 + 2 * 600);
    expect(result.simulatedMs).toBe(1700);
    expect(result.trials.map((t) => [t.phase, t.trialInPhase, t.trialType, t.startTick, t.endTick]))
      .toEqual([['off', 0, 'rest', 0, 500], ['on', 0, 'drive', 500, 1000], ['on', 1, 'drive', 1100, 1600]]);
    expect(result.events).toMatchObject({ trialStarted: 3, trialEnded: 3, phaseStarted: 2, rewardDelivered: 2 });
  });

  it('evaluates each objective over its span', () => {
    const byId = Object.fromEntries(result.objectives.map((o) => [o.id, o]));
    expect(byId.fires.met).toBe(true);
    expect(byId.silentFirst).toMatchObject({ value: 0, met: true });
    expect(byId.weight).toMatchObject({ value: 2, met: true });
    expect(byId.ratio).toMatchObject({ value: 1, met: false });
    expect(byId.dopamine.value).toBeCloseTo(2, 2);
    expect(byId.dopamine.met).toBe(true);
    expect(byId.count).toMatchObject({ value: 2, met: true });
    // per trial: no spikes in the rest trial, the same regular firing in both drive trials
    expect(result.trials[0].metrics.fires).toBe(0);
    expect(result.trials[1].metrics.fires).toBeGreaterThan(5);
    const spikes = result.monitors.spk;
    expect(spikes.kind === 'spikes' && spikes.timesMs.length > 0 && spikes.timesMs.every((t) => t >= 500)).toBe(true);
  });

  it('returns the requested monitor series', () => {
    const rate = result.monitors.r;
    expect(rate.kind === 'rate' && rate.rateHz.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    const probe = result.monitors.v;
    expect(probe.kind === 'probe' && probe.timesMs.slice(0, 3)).toEqual([0, 100, 200]);
    expect(probe.kind === 'probe' && probe.indices).toEqual([4]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('stops after a number of trials or a duration', () => {
    expect(run(smallLevel(), { trials: 2 })).toMatchObject({ stopReason: 'trials', ticks: 1000 });
    const timed = run(smallLevel(), { durationMs: 700 });
    expect(timed).toMatchObject({ stopReason: 'duration', ticks: 700 });
    expect(timed.objectives.find((o) => o.id === 'dopamine')).toMatchObject({ value: null, met: false });
  });

  it('sends commands at their ticks and logs them', () => {
    const commanded = run(smallLevel(), { commands: [{ tick: 10, command: { type: 'setStimulus', stimulus: 'drive', enabled: true } }] });
    expect(commanded.commandLog).toEqual([{ tick: 10, command: { type: 'setStimulus', stimulus: 'drive', enabled: true } }]);
    expect(commanded.objectives.find((o) => o.id === 'silentFirst')!.met).toBe(false);
  });

  it('gives the same state hash for the same level and seed, another for another seed', () => {
    const data = fixture('protocol.json');
    data.projections[4].plasticity = { rule: 'none' };
    const a = run(data, { trials: 4 });
    const b = run(data, { trials: 4 });
    expect(a.stateHash).toBe(b.stateHash);
    expect(a.trials).toEqual(b.trials);
    expect(run(data, { trials: 4, seed: 8 }).stateHash).not.toBe(a.stateHash);
  });

  it('applies setParameter to registered state and rejects what cannot change while running', () => {
    const data = smallLevel();
    data.playerParameters = [{ path: 'stimuli.drive.amplitudePa', label: 'Drive', min: 0, max: 30 }];
    const commanded = run(data, { trials: 2, commands: [
      { tick: 0, command: { type: 'setParameter', path: 'stimuli.drive.amplitudePa', value: 30 } },
      { tick: 0, command: { type: 'setParameter', path: 'modulators.da.tauMs', value: 5 } },
    ] });
    expect(commanded.events).toMatchObject({ commandApplied: 1, commandRejected: 1 });
    expect(commanded.trials[1].metrics.fires!).toBeGreaterThan(result.trials[1].metrics.fires!);
  });
});
