/** Metrics in windows timed from an event of each trial (args.window / args.at): per-trial values, averages, null trials, checks. */
import { describe, expect, it } from 'vitest';
import { loadLevel, type Level } from '../../../src/levels';
import { runLevel } from '../../../src/levels/runLevel';
import { errorLines } from '../helpers';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A neuron driven only while a jittered cue is on; a second event that happens on about half the trials. */
function level(objectives: unknown[]): Raw {
  return {
    schemaVersion: 1, id: 'relative', title: 'Trial-relative windows', seed: 5, dtMs: 1, durationMs: 1000,
    neuronTypes: [{ id: 'rs', model: 'izhikevich', a: 0.02, b: 0.2, c: -65, d: 8 }],
    populations: [{ id: 'driven', type: 'rs', count: 2 }],
    modulators: [{ id: 'da', kind: 'dopamine', baseline: 0, tauMs: 100 }],
    stimuli: [{ id: 'drive', kind: 'constantCurrent', target: 'driven', amplitudePa: 15, initiallyActive: false }],
    timeline: { sessions: [{ id: 'day', phases: [
      { id: 'main', trials: 12, trialMs: 600, intertrialMs: 50, trialTypes: [{ id: 'cued', events: [
        { id: 'cue', kind: 'cue', target: 'drive', at: { ms: 250 }, jitterMs: 150, durationMs: 100 },
        { id: 'maybe', kind: 'reward', amount: 0, probability: 0.5, at: { after: 'cue', ms: 150 } },
      ] }] },
    ] }] },
    objectives,
  };
}

const window = (from: string, startMs: number, endMs: number) => ({ population: 'driven', window: { from, startMs, endMs } });
const objective = (id: string, metric: string, args: unknown, over: unknown = { allTrials: true }) =>
  ({ id, description: '', metric, args, comparison: '>=', threshold: 0, over });

function run(raw: Raw) {
  const loaded = loadLevel(raw);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const outcome = runLevel(loaded.level as Level);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

describe('trial-relative metric windows', () => {
  it('follow the jittered event of each trial, give null where the event did not happen, and average over trials', () => {
    const result = run(level([
      objective('during', 'spikeCount', window('cue', 0, 150)),
      objective('before', 'spikeCount', window('cue', -100, 0)),
      objective('rate', 'populationRateHz', window('cue', 0, 150), { lastTrials: 4 }),
      objective('whole', 'spikeCount', window('trialStart', 0, 600)),
      objective('maybe', 'spikeCount', window('maybe', -150, 0)),
    ]));
    const trials = result.trials;
    expect(trials).toHaveLength(12);
    for (const t of trials) {
      expect(t.metrics.during).toBeGreaterThan(0);
      expect(t.metrics.before).toBe(0); // the stimulus is off before its own (jittered) onset
      expect(t.metrics.whole).toBe(t.metrics.during); // the neuron fires only while the cue is on
    }
    const maybe = trials.map((t) => t.metrics.maybe);
    expect(maybe.some((v) => v === null)).toBe(true);
    expect(maybe.some((v) => v !== null)).toBe(true);
    for (const [i, v] of maybe.entries()) if (v !== null) expect(v).toBe(trials[i].metrics.during);
    const byId = Object.fromEntries(result.objectives.map((o) => [o.id, o.value]));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(byId.during).toBeCloseTo(mean(trials.map((t) => t.metrics.during!)), 10);
    expect(byId.maybe).toBeCloseTo(mean(maybe.filter((v): v is number => v !== null)), 10);
    // Rate over the last 4 trials' windows: spikes / neurons / (4 × 0.15 s).
    expect(byId.rate).toBeCloseTo(trials.slice(-4).reduce((s, t) => s + t.metrics.during!, 0) / 2 / 0.6, 10);
  });

  it('checks the window args with paths', () => {
    const lines = errorLines(level([
      objective('a', 'populationRateHz', window('nowhere', 0, 100)),
      objective('b', 'spikeCount', window('cue', 100, 100)),
      objective('c', 'populationRateHz', window('cue', 0, 100), { window: { startMs: 0, endMs: 500 } }),
      objective('d', 'rewardValue', { at: { from: 'cue', ms: 200 } }),
    ]));
    const text = lines.join('\n');
    expect(text).toContain('objectives[0].args.window.from');
    expect(text).toContain('unknown event "nowhere"');
    expect(text).toContain('objectives[1].args.window.endMs');
    expect(text).toContain('objectives[2].args.window');
    expect(text).toContain('objectives[3].args.circuit');
  });

  it('rejects a trial-relative window in a contingency', () => {
    const raw = level([]);
    raw.timeline.sessions[0].phases[0].trialTypes[0].events[1].when = {
      metric: 'spikeCount', args: window('cue', 0, 50), comparison: '>', threshold: 0,
    };
    expect(errorLines(raw).join('\n')).toContain('events[1].when.args.window');
    // Circuit metrics read state the circuit registers after the timeline is built.
    for (const metric of ['rewardValue', 'crPercent', 'eyelidClosure', 'songSimilarity']) {
      raw.timeline.sessions[0].phases[0].trialTypes[0].events[1].when = { metric, args: {}, comparison: '>', threshold: 0 };
      expect(errorLines(raw).join('\n')).toContain(`events[1].when.metric: ${metric} is measured by a circuit`);
    }
  });
});
