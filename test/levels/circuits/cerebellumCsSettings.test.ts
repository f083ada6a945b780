/**
 * Review of the cerebellum's named CSs (issue 11): an ISI setting retimes one CS's puffs only (config
 * isiMs + isiCs, command setIsiMs with cs; rejected without cs when there are several CSs), the player
 * gets one ISI control per CS with puff trials, and a circuit's synapses count toward the level's limit.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf, loadOk } from '../helpers';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { circuitPlayerActions } from '../../../src/levels/circuitPlayerActions';
import type { Level } from '../../../src/levels/schema/level';
import { commandHandler, rejectionEnglish, runTicks, type SimWorld } from '../../../src/sim';
import { PUFF_EVENTS } from '../../../src/circuits/cerebellum/applyIsiSetting';
import { circuitDefinitionOf } from '../../../src/circuits/registry';
import { MAX_TOTAL_SYNAPSES } from '../../../src/circuits/plugin/schemaParts';

const cue = (target: string, ms = 0) => ({ id: 'cs', kind: 'cue', target, at: { ms }, durationMs: 900 });
const puffAfterCs = (ms: number) => ({ kind: 'us', target: 'puff', at: { after: 'cs', ms }, durationMs: 20 });
const puffAt = (ms: number) => ({ kind: 'us', target: 'puff', at: { ms }, durationMs: 20 });

/** Tone trials with a puff at 250 ms after tone onset, light trials (light on at 100 ms) with a puff at 600 ms of the trial. */
function twoIntervals(circuit: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1, id: 'two-intervals', title: 'Two intervals', seed: 3, dtMs: 1, durationMs: 1_000_000,
    neuronTypes: [], populations: [], projections: [],
    circuits: [{ kind: 'cerebellum', cs: [{ id: 'tone' }, { id: 'light' }], ...circuit }],
    timeline: { sessions: [{ id: 'day1', phases: [{
      id: 'training', trials: 4, trialMs: 900, intertrialMs: 100, order: 'sequential',
      trialTypes: [
        { id: 'toneTrial', events: [cue('tone'), puffAfterCs(250)] },
        { id: 'lightTrial', events: [cue('light', 100), puffAt(600)] },
        { id: 'puffAlone', events: [puffAt(300)] },
      ],
    }] }] },
  };
}

const load = loadOk;
const spawn = (level: Level): SimWorld => {
  const spawned = spawnLevel(level);
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  return spawned.world;
};
/** The puff times (ms on each puff's own clock) of the tone, light and puff-alone trial types now. */
const puffTimes = (world: SimWorld) => world.state.require(PUFF_EVENTS).map((p) => p.event.ms);
/** The handler's result: undefined when applied, else the rejection's English (as the CLI prints it). */
const setIsi = (world: SimWorld, command: Record<string, unknown>) => {
  const rejection = commandHandler(world, 'setIsiMs')!(world, { type: 'setIsiMs', ...command });
  return rejection ? rejectionEnglish(rejection) : undefined;
};

describe('the ISI of one CS among several', () => {
  it('setIsiMs with cs retimes that CS\'s puffs only, from its onset; puff-alone trials keep theirs', () => {
    const world = spawn(load(twoIntervals()));
    runTicks(world, 1);
    // The puff-alone trial type cues no CS: with several CSs no setting retimes it (it is not collected).
    expect(puffTimes(world)).toEqual([250, 600]);
    expect(setIsi(world, { value: 400, cs: 'light' })).toBeUndefined();
    runTicks(world, 1);
    // The light comes on at 100 ms of the trial and its puff is on the trial's clock: 100 + 400.
    expect(puffTimes(world)).toEqual([250, 500]);
    expect(setIsi(world, { value: 300, cs: 'tone' })).toBeUndefined();
    runTicks(world, 1);
    expect(puffTimes(world)).toEqual([300, 500]);
  });

  it('rejects a setIsiMs without cs (several CSs) or with an unknown cs, naming the CSs', () => {
    const world = spawn(load(twoIntervals()));
    expect(setIsi(world, { value: 400 })).toBe('the eyeblink circuit has several CSs ("tone", "light"): say whose puffs to retime with cs');
    expect(setIsi(world, { value: 400, cs: 'bell' })).toBe('cs must name one of the circuit\'s CSs ("tone", "light"), got "bell"');
  });

  it('config isiMs needs isiCs with several CSs; with it, only that CS\'s puffs move, and a setIsiMs without cs follows isiCs', () => {
    expect(errorsOf(twoIntervals({ isiMs: 400 }))).toEqual([
      { path: 'circuits[0].isiMs', message: 'the circuit has several CSs ("tone", "light"): choose under "CS whose interval is set" which one\'s trials this interval retimes' },
    ]);
    expect(errorsOf(twoIntervals({ isiMs: 400, isiCs: 'bell' }))).toEqual([
      { path: 'circuits[0].isiCs', message: 'unknown CS "bell" (the circuit\'s CSs: "tone", "light")' },
    ]);
    const world = spawn(load(twoIntervals({ isiMs: 400, isiCs: 'tone' })));
    runTicks(world, 1);
    expect(puffTimes(world)).toEqual([400, 600]);
    expect(setIsi(world, { value: 350 })).toBeUndefined();
    runTicks(world, 1);
    expect(puffTimes(world)).toEqual([350, 600]);
  });

  it('with one CS, setIsiMs needs no cs and retimes puff-alone trials too (as before)', () => {
    const raw = twoIntervals();
    (raw.circuits as Array<Record<string, unknown>>)[0] = { kind: 'cerebellum' };
    const phase = (raw.timeline as { sessions: Array<{ phases: Array<{ trialTypes: unknown[] }> }> }).sessions[0].phases[0];
    phase.trialTypes = [{ id: 'toneTrial', events: [cue('tone'), puffAfterCs(250)] }, { id: 'puffAlone', events: [puffAt(300)] }];
    const world = spawn(load(raw));
    expect(setIsi(world, { value: 500 })).toBeUndefined();
    runTicks(world, 1);
    expect(puffTimes(world)).toEqual([500, 500]);
  });

  it('offers one ISI control per CS with puff trials, labelled with its name, each sending its cs; none for a CS never paired', () => {
    const actions = circuitPlayerActions(load(twoIntervals())).filter((a) => a.id.startsWith('setIsiMs'));
    expect(actions.map((a) => [a.id, a.label, a.kind === 'number' ? a.value : null])).toEqual([
      ['setIsiMs:tone', 'Tone–puff interval (ISI) of the next tone trials', 250],
      ['setIsiMs:light', 'Light–puff interval (ISI) of the next light trials', 500],
    ]);
    const light = actions[1];
    expect(light.kind === 'number' && light.command(700)).toEqual({ type: 'setIsiMs', value: 700, cs: 'light' });
    const raw = twoIntervals();
    const phase = (raw.timeline as { sessions: Array<{ phases: Array<{ trialTypes: unknown[] }> }> }).sessions[0].phases[0];
    phase.trialTypes = [{ id: 'csPlus', events: [cue('tone'), puffAfterCs(250)] }, { id: 'csMinus', events: [cue('light')] }];
    expect(circuitPlayerActions(load(raw)).filter((a) => a.id.startsWith('setIsiMs')).map((a) => a.id)).toEqual(['setIsiMs:tone']);
  });
});

describe('circuit synapses and the level\'s synapse limit', () => {
  const maximal = {
    kind: 'cerebellum', cs: Array.from({ length: 8 }, (_, i) => ({ id: `cs${i}` })), mossyFibresPerCs: 200, granulePerBump: 50,
    basisLastDelayMs: 5000, basisWidthPerDelay: 0.05, interneuronCount: 200, purkinjeCount: 200, nucleusCount: 200,
  };
  /** A level whose own projection makes `ownSynapses` (allToAll between two populations). */
  const level = (ownSynapses: number, circuit: Record<string, unknown>) => ({
    schemaVersion: 1, id: 'big', title: 'Big', seed: 1, dtMs: 1, durationMs: 100,
    neuronTypes: [{ id: 'rs', model: 'izhikevich', a: 0.02, b: 0.2, c: -65, d: 8, scheme: 'network1ms' }],
    populations: [{ id: 'a', type: 'rs', count: ownSynapses / 1000 }, { id: 'b', type: 'rs', count: 1000 }],
    projections: [{ id: 'ab', from: 'a', to: 'b', connect: { rule: 'allToAll' }, weight: 0.1, delayMs: 1, receptor: 'excitatory' }],
    circuits: [circuit],
  });

  it('a maximal cerebellum counts its synapses: with a level of 10 M synapses it is refused, naming its sizes', () => {
    const definition = circuitDefinitionOf('cerebellum');
    const circuitSynapses = definition.synapseEstimate(load(level(1000, maximal)).circuits[0]);
    expect(circuitSynapses).toBeGreaterThan(10_000_000);
    expect(circuitSynapses).toBeLessThan(MAX_TOTAL_SYNAPSES);
    const errors = errorsOf(level(10_000_000, maximal));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('circuits[0]');
    expect(errors[0].message).toContain(`the level would create about ${10_000_000 + circuitSynapses} synapses in total (10000000 in its projections; ${circuitSynapses} in the eyeblink circuit "cerebellum" (mossyFibres 1600, granule `);
    expect(errors[0].message).toContain(`more than the ${MAX_TOTAL_SYNAPSES} allowed`);
    // The same level with the default circuit fits.
    expect(errorsOf(level(10_000_000, { kind: 'cerebellum' }))).toEqual([]);
  });
});
