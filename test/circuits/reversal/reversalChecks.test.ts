/**
 * The loader refuses reversal levels the agent cannot play right, at the field to change, with a
 * coded reason the page words in English and Spanish: a time step too coarse for the agent's time
 * constants (its Euler steps would run to NaN) or for its choice time (every choice would be the
 * tie's option A), and timeline phases whose trials are not the agent's trials (their labels and the
 * objectives' counts would drift away from the agent's reversals). A coarse step that the check lets
 * through plays without NaN.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel, spawnLevel, type LevelError } from '../../../src/levels';
import { codedReason } from '../../../src/editor/levelErrorWords';
import { setLocale } from '../../../src/i18n/messages';
import { runTicks } from '../../../src/sim/schedule';
import { reversalAgentsOf } from '../../../src/circuits/reversal/reversalCircuit';
import { SCORE } from '../../../src/circuits/reversal/agentLayout';

/** A fresh copy of reversal-learning's data. */
function levelData(): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(readFileSync(new URL('../../../levels/reversal-learning.json', import.meta.url), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function errorsOf(data: unknown): LevelError[] {
  const loaded = loadLevel(data);
  return loaded.ok ? [] : loaded.errors;
}

afterEach(() => setLocale('en'));

describe('the reversal agent\'s time step', () => {
  it('dtMs 10 with every time constant at 2 ms is refused at each time constant', () => {
    const data = levelData();
    data.dtMs = 10;
    Object.assign(data.circuits[0], { ruleTauMs: 2, choiceTauMs: 2, errorTauMs: 2 });
    const errors = errorsOf(data);
    expect(errors.map((e) => e.path).sort()).toEqual(['circuits[0].choiceTauMs', 'circuits[0].errorTauMs', 'circuits[0].ruleTauMs']);
    for (const e of errors) expect(e).toEqual(expect.objectContaining({ code: 'atLeast', params: { limit: 20, gotKind: 'number', gotText: '2' } }));
    expect(errors[0].message).toMatch(/must be at least 20 ms, twice the level's time step \(dtMs 10\), got 2/);
    expect(codedReason(errors[0])).toBe('must be at least 20, got 2');
    setLocale('es');
    expect(codedReason(errors[0])).toMatch(/^debe ser (como mínimo|al menos) 20/);
  });

  it('dtMs 10 with the choice at 10 ms is refused at decisionMs', () => {
    const data = levelData();
    data.dtMs = 10;
    Object.assign(data.circuits[0], { decisionMs: 10, outcomeMs: 50, errorTauMs: 20 });
    const errors = errorsOf(data);
    expect(errors).toEqual([expect.objectContaining({ path: 'circuits[0].decisionMs', code: 'moreThan', params: { limit: 10, gotKind: 'number', gotText: '10' } })]);
    expect(errors[0].message).toMatch(/the response units must move before the choice is read/);
  });

  it('the coarsest step the check allows (dtMs 7.5 against the 15 ms error unit) plays 40 trials without NaN', () => {
    const data = levelData();
    data.dtMs = 7.5;
    // Trials of a whole number of steps (800 ms is not a multiple of 7.5): 795 ms, the agent's and the phases'.
    data.circuits[0].trialMs = 795;
    for (const session of data.timeline.sessions) for (const phase of session.phases) phase.trialMs = 795;
    const loaded = loadLevel(data);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const spawned = spawnLevel(loaded.level, { seed: 1 });
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const agent = reversalAgentsOf(spawned.world)[0];
    runTicks(spawned.world, Math.round((40 * 795) / 7.5));
    expect(agent.state.scores[SCORE.trials]).toBe(40);
    for (const x of [...agent.state.units, ...agent.state.value]) expect(Number.isFinite(x)).toBe(true);
    expect(agent.state.scores[SCORE.switches]).toBeGreaterThan(0);
  });
});

describe('the timeline\'s trials are the agent\'s trials', () => {
  it('a trial that is not a whole number of steps (803 ms at dtMs 7.5) is refused at the agent\'s trialMs, naming the nearest that is', () => {
    const data = levelData();
    data.dtMs = 7.5;
    data.circuits[0].trialMs = 803;
    for (const session of data.timeline.sessions) for (const phase of session.phases) phase.trialMs = 803;
    const errors = errorsOf(data);
    expect(errors).toEqual([expect.objectContaining({ path: 'circuits[0].trialMs', code: 'mustBe', params: { value: 802.5, gotKind: 'number', gotText: '803' } })]);
  });

  it('at dtMs 0.01 the agent\'s trial ends on the timeline\'s tick (800 ms: tick 80000; a running sum of 0.01 ended it at 80001)', () => {
    const data = levelData();
    data.dtMs = 0.01;
    const loaded = loadLevel(data);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const spawned = spawnLevel(loaded.level, { seed: 1 });
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const agent = reversalAgentsOf(spawned.world)[0];
    runTicks(spawned.world, 80_000 - 1);
    expect(agent.state.scores[SCORE.trials]).toBe(0);
    runTicks(spawned.world, 1);
    expect(agent.state.scores[SCORE.trials]).toBe(1);
  });

  it('a phase of 1000 ms trials against the agent\'s 800 ms is refused at the phase\'s trialMs', () => {
    const data = levelData();
    data.timeline.sessions[0].phases[1].trialMs = 1000;
    const errors = errorsOf(data);
    expect(errors).toEqual([expect.objectContaining({ path: 'timeline.sessions[0].phases[1].trialMs', code: 'mustBe', params: { value: 800, gotKind: 'number', gotText: '1000' } })]);
    expect(errors[0].message).toMatch(/must be 800, the reversal agent's trialMs, got 1000/);
    expect(codedReason(errors[0])).toBe('must be 800, got 1000');
    setLocale('es');
    expect(codedReason(errors[0])).toBe('debe ser 800 (valor dado: 1000)');
  });

  it('a pause between trials is refused at the phase\'s intertrialMs', () => {
    const data = levelData();
    data.timeline.sessions[0].phases[0].intertrialMs = 200;
    const errors = errorsOf(data);
    expect(errors).toEqual([expect.objectContaining({ path: 'timeline.sessions[0].phases[0].intertrialMs', code: 'mustBe', params: { value: 0, gotKind: 'number', gotText: '200' } })]);
  });
});
