// The loader's checks reject what the running world would reject: a manipulation a circuit's Poisson
// region cannot take, a timeline setParameter on a field that is not live, a circuit's command in a
// level without that circuit, a slider whose range leaves its circuit field's schema bounds.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel, formatLevelError } from '../../../src/levels';

/** A fresh copy of a built-in level's data. */
function levelData(id: string): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function errorsOf(data: unknown): string[] {
  const loaded = loadLevel(data);
  return loaded.ok ? [] : loaded.errors.map(formatLevelError);
}

const phase = (data: Record<string, any>) => data.timeline.sessions[0].phases[0]; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('checks of commands against circuit populations', () => {
  it('a rate clamp without rateHz on a circuit membrane population is rejected', () => {
    const data = levelData('eyeblink-acquisition');
    phase(data).commandsAtStart = [{ type: 'rateClamp', population: 'purkinje' }];
    expect(errorsOf(data)).toEqual([expect.stringMatching(/^timeline\.sessions\[0\]\.phases\[0\]\.commandsAtStart\[0\]\.rateHz: .*"purkinje" has a membrane model \(lif\)/)]);
  });

  it('a voltage clamp on a circuit Poisson source is rejected', () => {
    const data = levelData('eyeblink-acquisition');
    phase(data).commandsAtStart = [{ type: 'voltageClamp', population: 'granule', vMv: -70 }];
    expect(errorsOf(data)).toEqual([expect.stringMatching(/commandsAtStart\[0\]\.population: population "granule" is a Poisson spike source/)]);
  });

  it('a rate clamp without rateHz on a circuit Poisson source loads', () => {
    const data = levelData('eyeblink-acquisition');
    phase(data).commandsAtStart = [{ type: 'rateClamp', population: 'granule' }];
    expect(errorsOf(data)).toEqual([]);
  });
});

describe('setParameter in the timeline must be live', () => {
  it('a circuit field that applies only at spawn is rejected in an event command', () => {
    const data = levelData('eyeblink-acquisition');
    phase(data).trialTypes[0].events.push({ kind: 'command', at: { ms: 10 }, command: { type: 'setParameter', path: 'circuits.cerebellum.crCriterion', value: 0.3 } });
    expect(errorsOf(data)).toEqual([expect.stringMatching(/events\[2\]\.command\.path: "circuits\.cerebellum\.crCriterion" cannot be changed while the level runs/)]);
  });

  it('a live circuit field loads, and so does a player parameter on a field that is not live', () => {
    const data = levelData('eyeblink-acquisition');
    phase(data).commandsAtStart = [{ type: 'setParameter', path: 'circuits.cerebellum.puffStrength', value: 0.5 }];
    data.playerParameters = [{ path: 'circuits.cerebellum.crCriterion', label: 'CR threshold', min: 0.1, max: 0.9 }];
    expect(errorsOf(data)).toEqual([]);
  });
});

describe('a circuit command needs its circuit', () => {
  it('a player command of a circuit the level does not have is rejected', () => {
    const data = levelData('dopamine-acquisition');
    data.playerCommands = [{ id: 'isi', label: 'ISI', command: { type: 'setIsiMs', value: 300 } }];
    expect(errorsOf(data)).toEqual([expect.stringMatching(/^playerCommands\[0\]\.command\.type: the command "setIsiMs" belongs to the eyeblink circuit, which the level does not have/)]);
  });

  it('an inactivation of a region of a circuit the level does not have is rejected', () => {
    const data = levelData('songbird-deafening');
    phase(data).commandsAtStart = [{ type: 'inactivate', region: 'purkinje' }];
    expect(errorsOf(data)).toContainEqual(expect.stringMatching(/commandsAtStart\[0\]\.region: the region "purkinje" belongs to the eyeblink circuit, which the level does not have/));
  });

  it('the same commands load in a level with the circuit', () => {
    const data = levelData('eyeblink-acquisition');
    data.playerCommands = [{ id: 'isi', label: 'ISI', command: { type: 'setIsiMs', value: 300 } }];
    phase(data).commandsAtStart = [{ type: 'inactivate', region: 'purkinje' }];
    expect(errorsOf(data)).toEqual([]);
  });
});

describe('a slider on a circuit field stays inside the field schema', () => {
  it('a max above the field maximum and a fractional step on a count are rejected', () => {
    const data = levelData('eyeblink-acquisition');
    data.playerParameters = [{ path: 'circuits.cerebellum.granulePerBump', label: 'Granule cells per bump', min: 1, max: 1000, step: 0.5 }];
    const errors = errorsOf(data);
    expect(errors).toContainEqual(expect.stringMatching(/^playerParameters\[0\]\.max: circuits\.cerebellum\.granulePerBump accepts values ≥ 1 and ≤ 50, so the slider's max 1000 is out of range/));
    expect(errors).toContainEqual(expect.stringMatching(/^playerParameters\[0\]\.step: circuits\.cerebellum\.granulePerBump accepts whole numbers only/));
    expect(errors).toHaveLength(2);
  });

  it('a slider inside the bounds with a whole step loads', () => {
    const data = levelData('eyeblink-acquisition');
    data.playerParameters = [{ path: 'circuits.cerebellum.granulePerBump', label: 'Granule cells per bump', min: 2, max: 40, step: 2 }];
    expect(errorsOf(data)).toEqual([]);
  });
});

describe('a circuit metric names a circuit of its own kind', () => {
  it('knows each circuit metric owner, and reports an unknown circuit by its title', async () => {
    const { circuitMetricOwner } = await import('../../../src/circuits/registry');
    expect(circuitMetricOwner('rewardValue')?.kind).toBe('reward');
    expect(circuitMetricOwner('populationRateHz')).toBeUndefined();
    const data = levelData('dopamine-acquisition');
    data.objectives[2].args.circuit = 'nope';
    expect(errorsOf(data)).toEqual([expect.stringMatching(/^objectives\[2\]\.args\.circuit: unknown reward circuit "nope"/)]);
  });
});
