// Small input gaps: a lesion's restore must be a boolean (in the engine, where commands arrive without
// the level schema), a criterion cannot average over more trials than its phase has, and a level's own
// stimulus may not take a name a circuit brings (its bias currents included).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel, formatLevelError } from '../../../src/levels';
import { buildWorld, stepSim } from '../../../src/sim/index';
import { NeuronModel } from '../../../src/sim/params/neuronTypes';

function levelData(id: string): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function errorsOf(data: unknown): string[] {
  const loaded = loadLevel(data);
  return loaded.ok ? [] : loaded.errors.map(formatLevelError);
}

describe('lesion restore', () => {
  it('a restore that is not a boolean is rejected with a reason, and lesions nothing', () => {
    const world = buildWorld({
      seed: 1, dtMs: 1, neuronTypes: [{ name: 'n', model: NeuronModel.izhikevichNetwork }],
      populations: [{ name: 'p', type: 'n', count: 4 }], projections: [],
    });
    world.commands.send({ type: 'lesion', population: 'p', restore: 'false' });
    stepSim(world);
    const rejected = world.events.filter((e) => e.type === 'commandRejected').map((e) => (e as { reason: string }).reason);
    expect(rejected).toEqual(['restore must be true or false, got "false"']);
    expect(world.neurons.lesionedCount[0]).toBe(0);
  });
});

describe('phase criteria', () => {
  it('overTrials above the phase trials is a path error', () => {
    const data = levelData('eyeblink-acquisition');
    const phase = data.timeline.sessions[0].phases[0];
    phase.intertrialMs = 300;
    phase.until = { metric: 'crPercent', args: {}, comparison: '>=', threshold: 80, overTrials: phase.trials + 1 };
    expect(errorsOf(data)).toEqual([`timeline.sessions[0].phases[0].until.overTrials: must be ≤ the phase's ${phase.trials} trials (the criterion is first checked once overTrials trials have run), got ${phase.trials + 1}`]);
    phase.until.overTrials = phase.trials;
    expect(errorsOf(data)).toEqual([]);
  });
});

describe('names a circuit brings', () => {
  it('a level stimulus named like a circuit bias current is rejected at load', () => {
    const data = levelData('eyeblink-acquisition');
    data.stimuli = [{ id: 'mossyBias', kind: 'constantCurrent', target: 'purkinje', amplitudePa: 1 }];
    expect(errorsOf(data)).toEqual(['circuits[0]: the eyeblink circuit brings its own stimulus "mossyBias"; rename the level\'s']);
  });

  it('a clash the circuit reports itself is reported once', () => {
    const data = levelData('eyeblink-acquisition');
    data.stimuli = [{ id: 'puff', kind: 'constantCurrent', target: 'purkinje', amplitudePa: 1 }];
    expect(errorsOf(data)).toHaveLength(1);
  });
});
