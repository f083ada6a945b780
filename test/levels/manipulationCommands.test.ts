/**
 * Manipulation commands in level files: lesion / inactivation of a subset and its restoration, and
 * the clamps, through the schema, the reference checks and the timeline's phase-boundary commands.
 * Levels: test/levels/fixtures/minimal.json (two Izhikevich cells, seed 42) with a timeline added,
 * and levels/eyeblink-acquisition.json (cerebellum circuit, seed of the level).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/levels/loadLevel';
import { runLevel } from '../../src/levels/runLevel';
import { populationByName } from '../../src/sim/world/world';

const fixture = () => JSON.parse(readFileSync(new URL('./fixtures/minimal.json', import.meta.url), 'utf8'));

/** minimal.json with 'post' grown to 10 cells and one 100 ms phase whose commandsAtStart are `commands`. */
function withCommands(commands: unknown[]) {
  const raw = fixture();
  raw.populations[1].count = 10;
  raw.populations[1].layout = { kind: 'line', x: 2, y: 0, width: 10, height: 1 };
  raw.projections[0].connect = { rule: 'allToAll' };
  raw.objectives = [];
  raw.monitors = [];
  raw.timeline = { sessions: [{ id: 's', phases: [{ id: 'p', trials: 1, trialMs: 100, commandsAtStart: commands, trialTypes: [{ id: 't', events: [] }] }] }] };
  return raw;
}

const errorsOf = (raw: unknown) => {
  const loaded = loadLevel(raw);
  return loaded.ok ? [] : loaded.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('manipulation commands: schema and checks name the field', () => {
  it('accepts lesion, inactivation subsets and the clamps', () => {
    expect(errorsOf(withCommands([
      { type: 'lesion', population: 'post', neurons: { fraction: 0.5, draw: 'a' } },
      { type: 'lesion', population: 'post', neurons: { ranges: [{ first: 0, last: 9 }] }, restore: true },
      { type: 'voltageClamp', population: 'post', neurons: { ranges: [{ first: 2, last: 3 }] }, vMv: -10 },
      { type: 'rateClamp', population: 'pre', rateHz: 5 },
      { type: 'releaseClamp', population: 'post' },
    ]))).toEqual([]);
  });

  it('reports a fraction outside [0, 1], a range outside the population, a reversed range, an unknown population', () => {
    const at = 'timeline.sessions[0].phases[0].commandsAtStart';
    expect(errorsOf(withCommands([{ type: 'lesion', population: 'post', neurons: { fraction: 1.5 } }])).join('\n')).toContain(`${at}[0].neurons`);
    const errors = errorsOf(withCommands([
      { type: 'lesion', population: 'post', neurons: { ranges: [{ first: 8, last: 10 }] } },
      { type: 'voltageClamp', population: 'post', neurons: { ranges: [{ first: 5, last: 2 }] }, vMv: -10 },
      { type: 'releaseClamp', population: 'nowhere' },
    ]));
    expect(errors).toContain(`${at}[0].neurons.ranges[0].last: neuron index 10 is out of range: population "post" has 10 neurons (indices 0-9)`);
    expect(errors).toContain(`${at}[1].neurons.ranges[0].first: must be ≤ last (2), got 5`);
    expect(errors.some((e) => e.startsWith(`${at}[2].population: unknown population "nowhere"`))).toBe(true);
  });

  it('reports a rate clamp without rateHz on a membrane population', () => {
    expect(errorsOf(withCommands([{ type: 'rateClamp', population: 'post' }]))).toEqual([
      'timeline.sessions[0].phases[0].commandsAtStart[0].rateHz: population "post" has a membrane model (izhikevich) and no resting rate of its own: give rateHz',
    ]);
  });
});

describe('a subset lesion of a circuit region from the timeline, restored at the next phase (eyeblink-acquisition)', () => {
  it('inactivates half the Purkinje cells for the first phase and restores exactly them', () => {
    const raw = JSON.parse(readFileSync(new URL('../../levels/eyeblink-acquisition.json', import.meta.url), 'utf8'));
    const phase = raw.timeline.sessions[0].phases[0];
    const half = { fraction: 0.5, draw: 'pc' };
    raw.timeline.sessions[0].phases = [
      { ...phase, id: 'inactivated', trials: 2, commandsAtStart: [{ type: 'inactivate', region: 'purkinje', neurons: half }], commandsAtEnd: [{ type: 'inactivate', region: 'purkinje', neurons: half, restore: true }] },
      { ...phase, id: 'restored', trials: 1 },
    ];
    const loaded = loadLevel(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    let lesionedInFirst = -1, lesionedInSecond = -1, purkinje = 0;
    const out = runLevel(loaded.level, {
      onTick: (world) => {
        const p = populationByName(world, 'purkinje');
        purkinje = p.count;
        let n = 0;
        for (let e = p.firstEid; e < p.firstEid + p.count; e++) n += world.neurons.lesioned[e];
        for (const event of world.events) {
          if (event.type === 'trialStarted' && event.trial === 1) lesionedInFirst = n;
          if (event.type === 'trialEnded' && event.trial === 2) lesionedInSecond = n;
        }
      },
    });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.result.events.commandRejected ?? 0).toBe(0);
    expect(lesionedInFirst).toBe(Math.round(purkinje / 2));
    expect(lesionedInSecond).toBe(0);
  });
});
