/**
 * Phases that run until a criterion, in level files: schema and checks (unknown metric, trial-relative
 * windows, a circuit metric without an intertrial gap), runLevel's per-phase report, and a criterion
 * on a circuit's metric (eyeblink-acquisition, crPercent). Fixture: test/levels/fixtures/minimal.json
 * (two Izhikevich cells, seed 42, dt 1 ms) with a dopamine pool
 * (τ 100 ms) that gets a reward of 1 at 90 ms of every 100 ms trial: its mean level rises trial by trial.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/levels/loadLevel';
import { runLevel } from '../../src/levels/runLevel';

const fixture = () => JSON.parse(readFileSync(new URL('./fixtures/minimal.json', import.meta.url), 'utf8'));

/** minimal.json with a 'train' phase of 100 ms trials (at most maxTrials) until `until`, then one 'test' trial. */
function withCriterion(until: unknown, maxTrials = 60) {
  const raw = fixture();
  raw.objectives = [{ id: 'da', description: 'dopamine', metric: 'modulatorLevel', args: { modulator: 'da' }, comparison: '>', threshold: 0, over: { lastTrials: 1 } }];
  raw.monitors = [];
  raw.modulators = [{ id: 'da', kind: 'dopamine', baseline: 0, tauMs: 100 }];
  const reward = { kind: 'reward', at: { ms: 90 }, amount: 1 };
  raw.timeline = { sessions: [{ id: 's', phases: [
    { id: 'train', trials: maxTrials, trialMs: 100, until, trialTypes: [{ id: 't', events: [reward] }] },
    { id: 'test', trials: 1, trialMs: 100, trialTypes: [{ id: 't', events: [] }] },
  ] }] };
  return raw;
}

const errorsOf = (raw: unknown) => {
  const loaded = loadLevel(raw);
  return loaded.ok ? [] : loaded.errors.map((e) => `${e.path}: ${e.message}`);
};

function run(raw: unknown) {
  const loaded = loadLevel(raw);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const out = runLevel(loaded.level);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result;
}

describe('phase criteria in level files', () => {
  it('stops the phase at the first trial whose metric (the same per-trial value objectives record) meets it; reports trials per phase', () => {
    const free = run(withCriterion(undefined, 20));
    const levels = free.trials.filter((t) => t.phase === 'train').map((t) => t.metrics.da!);
    for (let k = 1; k < levels.length; k++) expect(levels[k]).toBeGreaterThan(levels[k - 1]); // rewards pile up in the pool
    const threshold = (levels[3] + levels[4]) / 2; // first met in trial 5
    const firstMet = levels.findIndex((w) => w > threshold) + 1;
    expect(firstMet).toBe(5);
    const result = run(withCriterion({ metric: 'modulatorLevel', args: { modulator: 'da' }, comparison: '>', threshold }));
    expect(result.phases).toEqual([
      { session: 's', phase: 'train', trials: firstMet, maxTrials: 60, criterion: 'met' },
      { session: 's', phase: 'test', trials: 1, maxTrials: 1, criterion: null },
    ]);
    expect(result.stopReason).toBe('timeline');
  });

  it('runs the maximum when the criterion is never met', () => {
    const result = run(withCriterion({ metric: 'meanWeight', args: { projection: 'syn' }, comparison: '<', threshold: 0, overTrials: 2 }, 5));
    expect(result.phases[0]).toEqual({ session: 's', phase: 'train', trials: 5, maxTrials: 5, criterion: 'maxTrials' });
  });

  it('names the field for an unknown metric, a bad threshold, an unknown population and a trial-relative window', () => {
    const at = 'timeline.sessions[0].phases[0].until';
    const unknown = errorsOf(withCriterion({ metric: 'crPerCent', args: {}, comparison: '>=', threshold: 80 }));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(new RegExp(`^${at.replace(/[[\].]/g, '\\$&')}\\.metric: .*crPercent`));
    expect(errorsOf(withCriterion({ metric: 'meanWeight', args: { projection: 'syn' }, comparison: 'between', threshold: 1 })))
      .toEqual([`${at}.threshold: must be [lo, hi] when comparison is "between"`]);
    expect(errorsOf(withCriterion({ metric: 'spikeCount', args: { population: 'nowhere' }, comparison: '>', threshold: 1 }))[0])
      .toMatch(/^timeline\.sessions\[0\]\.phases\[0\]\.until\.args\.population: unknown population "nowhere"/);
    expect(errorsOf(withCriterion({ metric: 'spikeCount', args: { population: 'post', window: { from: 'trialStart', startMs: 0, endMs: 50 } }, comparison: '>', threshold: 1 })))
      .toEqual([`${at}.args.window: a trial-relative window cannot be used here: a criterion measures over whole trials`]);
    expect(errorsOf(withCriterion({ metric: 'meanWeight', args: { projection: 'syn' }, comparison: '>', threshold: 1, overTrials: 0 }))[0]).toMatch(/until\.overTrials/);
  });
});

describe('a criterion on a circuit metric (eyeblink-acquisition, crPercent)', () => {
  const eyeblink = (until: unknown, intertrialMs?: number) => {
    const raw = JSON.parse(readFileSync(new URL('../../levels/eyeblink-acquisition.json', import.meta.url), 'utf8'));
    const first = raw.timeline.sessions[0].phases[0];
    raw.timeline.sessions[0].phases = [{ ...first, trials: 4, until, ...(intertrialMs === undefined ? {} : { intertrialMs }) }];
    return raw;
  };

  it('needs an intertrial gap (the circuit closes each trial\'s record after the trial ends)', () => {
    expect(errorsOf(eyeblink({ metric: 'crPercent', args: {}, comparison: '>=', threshold: 80 }, 0))).toEqual([
      'timeline.sessions[0].phases[0].until.metric: crPercent is computed by a circuit at the end of each trial, so a criterion on it needs a pause between trials: set the phase\'s intertrialMs to at least dtMs (0.25)',
    ].map((m) => m.replace('0.25', String(JSON.parse(readFileSync(new URL('../../levels/eyeblink-acquisition.json', import.meta.url), 'utf8')).dtMs))));
  });

  it('reads the circuit\'s value: ≥ 0 % CRs holds after overTrials trials; > 100 % never (4 trials)', () => {
    const met = run(eyeblink({ metric: 'crPercent', args: {}, comparison: '>=', threshold: 0, overTrials: 2 }));
    expect(met.phases[0]).toMatchObject({ trials: 2, maxTrials: 4, criterion: 'met' });
    const never = run(eyeblink({ metric: 'crPercent', args: {}, comparison: '>', threshold: 100 }));
    expect(never.phases[0]).toMatchObject({ trials: 4, maxTrials: 4, criterion: 'maxTrials' });
  });
});
