/**
 * Circuit internals as level parameters (issue 11, item 3): a songbird with a bigger RA spawns and
 * sings; a cerebellum with two named CSs (CS+ paired with the puff, CS− alone) learns CRs to CS+ and
 * not to CS−; a circuit field works as a player parameter (applyPlayerSetting, as `sim --set` and the
 * page use it); every numeric circuit field carries unit, citation and help into the JSON Schema.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorsOf, loadOk } from '../helpers';
import { runLevel } from '../../../src/levels/runLevel';
import { applyPlayerSetting } from '../../../src/levels/playerSettings';
import { levelJsonSchema } from '../../../src/levels/schema/level';
import { circuitConfig } from '../../../src/levels/schema/circuits';
import { parameterInfo } from '../../../src/circuits/plugin/param';
import { populationByName, type SimWorld } from '../../../src/sim';
import { songbirdStateOf } from '../../../src/circuits/songbird';
import { cerebellumStateOf, eyeblinkTrials, EYEBLINK_RECORD, type EyeblinkRecord } from '../../../src/circuits/cerebellum';

const read = (id: string) => JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const load = loadOk;

/** A two-CS eyeblink level: "tone" (CS+) ends in a puff 250 ms after onset, "light" (CS−) never does; they alternate. */
function discriminationLevel(trials: number, seed: number): Record<string, unknown> {
  const cue = (target: string) => ({ id: 'cs', kind: 'cue', target, at: { ms: 0 }, durationMs: 650 });
  return {
    schemaVersion: 1, id: 'cs-discrimination', title: 'CS+ / CS−', seed, dtMs: 1, durationMs: 1_000_000,
    neuronTypes: [], populations: [], projections: [],
    circuits: [{ kind: 'cerebellum', cs: [{ id: 'tone' }, { id: 'light' }] }],
    timeline: { sessions: [{ id: 'day1', phases: [{
      id: 'discrimination', trials, trialMs: 650, intertrialMs: 300, order: 'sequential',
      trialTypes: [
        { id: 'csPlus', events: [cue('tone'), { kind: 'us', target: 'puff', at: { after: 'cs', ms: 250 }, durationMs: 20 }] },
        { id: 'csMinus', events: [cue('light')] },
      ],
    }] }] },
  };
}

describe('circuit parameters in the level format', () => {
  it('a songbird with RA twice as big (raPerPool 32) and half as many LMAN neurons spawns and sings', () => {
    const raw = read('songbird-tutor');
    (raw.circuits as Array<Record<string, unknown>>)[0] = { kind: 'songbird', tutor: { builtIn: 'zebra-finch-a' }, raPerPool: 32, lmanCount: 64 };
    let world: SimWorld | undefined;
    const outcome = runLevel(load(raw), { trials: 3, onFinish: (w) => { world = w; } });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.trials).toHaveLength(3);
    expect(populationByName(world!, 'ra').count).toBe(128);
    expect(populationByName(world!, 'lman').count).toBe(64);
    const state = songbirdStateOf(world!)!;
    const voiced = Array.from(state.amplitudeCommand).filter((a) => a > 0.05).length;
    expect(voiced).toBeGreaterThan(state.frames / 4);
  });

  it('rejects an LMAN bigger than RA, naming the field', () => {
    const raw = read('songbird-tutor');
    (raw.circuits as Array<Record<string, unknown>>)[0] = { kind: 'songbird', tutor: { builtIn: 'zebra-finch-a' }, raPerPool: 4, lmanCount: 17 };
    expect(errorsOf(raw)).toEqual([{ path: 'circuits[0].lmanCount', message: 'LMAN may have at most as many neurons as RA (4 pools × raPerPool = 16), got 17' }]);
  });

  it('the neuron budget counts the circuit\'s populations, sized by its parameters', () => {
    const raw = read('songbird-tutor');
    raw.neuronTypes = [{ id: 'src', model: 'poisson', rateHz: 1 }];
    raw.populations = [{ id: 'big', type: 'src', count: 99_800 }, { id: 'big2', type: 'src', count: 99_800 }];
    expect(errorsOf(raw)).toEqual([]);
    (raw.circuits as Array<Record<string, unknown>>)[0] = { kind: 'songbird', tutor: { builtIn: 'zebra-finch-a' }, hvcCount: 300 };
    expect(errorsOf(raw)).toEqual([{ path: 'populations', message: 'the level has 200028 neurons in total (428 of them in its circuits), more than the 200000 allowed' }]);
  });

  it('a CS may not reuse the puff\'s name, a level stimulus\'s name, or another CS\'s', () => {
    const raw = discriminationLevel(2, 1);
    (raw.circuits as Array<Record<string, unknown>>)[0].cs = [{ id: 'tone' }, { id: 'tone' }, { id: 'puff' }];
    const paths = errorsOf(raw).map((e) => `${e.path}: ${e.message}`);
    expect(paths.some((p) => p.startsWith('circuits[0].cs[2].id: must not be one of the circuit\'s own stimuli'))).toBe(true);
    const dup = discriminationLevel(2, 1);
    (dup.circuits as Array<Record<string, unknown>>)[0].cs = [{ id: 'tone' }, { id: 'tone' }];
    expect(errorsOf(dup).map((e) => `${e.path}: ${e.message}`)).toContain('circuits[0].cs[1].id: CS "tone" is listed twice');
    const clash = discriminationLevel(2, 1);
    clash.neuronTypes = [{ id: 'src', model: 'poisson', rateHz: 1 }];
    clash.populations = [{ id: 'p', type: 'src', count: 1 }];
    clash.stimuli = [{ id: 'light', kind: 'constantCurrent', target: 'p', amplitudePa: 1 }];
    expect(errorsOf(clash).some((e) => e.path === 'circuits[0].cs[1].id' && e.message.includes('brings a stimulus "light"'))).toBe(true);
  });

  it('a cue that names no CS of the circuit is an error at the event', () => {
    const raw = discriminationLevel(2, 1);
    (raw.circuits as Array<Record<string, unknown>>)[0].cs = [{ id: 'tone' }];
    const errors = errorsOf(raw);
    expect(errors.some((e) => e.path.startsWith('timeline.sessions[0].phases[0].trialTypes[1].events[0]') && e.message.includes('light'))).toBe(true);
  });

  it('two CSs (seed 1, 200 alternating trials): CRs to CS+ (tone, paired), none to CS− (light, alone)', () => {
    const started = Date.now();
    let record: EyeblinkRecord | undefined;
    const outcome = runLevel(load(discriminationLevel(200, 1)), { onFinish: (w) => { record = w.state.require(EYEBLINK_RECORD); } });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const types = outcome.result.trials.map((t) => t.trialType);
    const trials = eyeblinkTrials(record!);
    expect(trials).toHaveLength(200);
    const last = (type: string) => trials.filter((t, i) => i >= 120 && types[i] === type);
    const percent = (list: typeof trials) => (100 * list.filter((t) => t.cr).length) / list.length;
    const first = (type: string) => trials.filter((t, i) => i < 40 && types[i] === type);
    // Measured (seed 1): CS+ CRs 0/20 in trials 0-39, 39/40 in 120-199; CS− 0/100, peak closure ≤ 0.014; 7-19 s.
    expect(percent(first('csPlus'))).toBeLessThan(30);
    expect(percent(last('csPlus'))).toBeGreaterThanOrEqual(80);
    expect(percent(last('csMinus'))).toBeLessThanOrEqual(10);
    expect(Math.max(...last('csMinus').map((t) => t.peakClosure))).toBeLessThan(0.15);
    console.log(`two-CS discrimination: ${Date.now() - started} ms for 200 trials`);
  });

  it('a circuit field is a player parameter: in range it respawns the circuit, out of range names the path', () => {
    const raw = read('songbird-tutor');
    raw.playerParameters = [{ path: 'circuits.songbird.raPerPool', label: 'RA neurons per pool', min: 4, max: 64, step: 1, unit: 'neurons' }];
    const level = load(raw);
    const changed = applyPlayerSetting(level, 'circuits.songbird.raPerPool', 24);
    if (!changed.ok) throw new Error(JSON.stringify(changed.errors));
    let world: SimWorld | undefined;
    const outcome = runLevel(changed.level, { trials: 1, onFinish: (w) => { world = w; } });
    expect(outcome.ok).toBe(true);
    expect(populationByName(world!, 'ra').count).toBe(96);
    const refused = applyPlayerSetting(level, 'circuits.songbird.raPerPool', 65);
    expect(refused).toMatchObject({ ok: false, errors: [{ path: 'circuits.songbird.raPerPool', message: 'must be within [4, 64], got 65' }] });
    const byIndex = applyPlayerSetting({ ...level, playerParameters: [{ path: 'circuits.0.learningRate', label: 'η', min: 0, max: 0.1 }] }, 'circuits.0.learningRate', 0.05);
    expect(byIndex.ok && (byIndex.level.circuits[0] as { learningRate: number }).learningRate).toBe(0.05);
  });

  it('the reward circuit\'s γ, η and δ gain are player parameters; the changed level spawns and runs', () => {
    const raw = read('dopamine-acquisition');
    raw.playerParameters = [
      { path: 'circuits.reward.gamma', label: 'γ', min: 0, max: 1, step: 0.05 },
      { path: 'circuits.reward.learningRate', label: 'η', min: 0, max: 20 },
      { path: 'circuits.reward.deltaCurrentPa', label: 'δ gain', min: 0, max: 400, unit: 'pA' },
    ];
    let level = load(raw);
    for (const [path, value] of [['circuits.reward.gamma', 0.9], ['circuits.reward.learningRate', 5], ['circuits.reward.deltaCurrentPa', 200]] as const) {
      const changed = applyPlayerSetting(level, path, value);
      if (!changed.ok) throw new Error(JSON.stringify(changed.errors));
      level = changed.level;
    }
    expect(level.circuits[0]).toMatchObject({ gamma: 0.9, learningRate: 5, deltaCurrentPa: 200 });
    const outcome = runLevel(level, { trials: 1 });
    expect(outcome.ok).toBe(true);
    const plain = runLevel(load(raw), { trials: 1 });
    expect(plain.ok && outcome.ok && plain.result.stateHash !== outcome.result.stateHash).toBe(true);
  });

  it('npm run sim --set circuits.<id>.<field>=value changes the circuit; out of range is refused with the path', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const dir = mkdtempSync(join(tmpdir(), 'synaptica-params-'));
    const raw = read('eyeblink-acquisition');
    raw.playerParameters = [{ path: 'circuits.cerebellum.purkinjeCount', label: 'Purkinje cells', min: 2, max: 20, step: 1, unit: 'neurons' }];
    writeFileSync(join(dir, 'level.json'), JSON.stringify(raw));
    const sim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/sim.ts'), join(dir, 'level.json'), '--trials', '1', ...args], { cwd: root, encoding: 'utf8' });
    const plain = sim();
    const set = sim('--set', 'circuits.cerebellum.purkinjeCount=12');
    expect(plain.status, plain.stderr).toBe(0);
    expect(set.status, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout).settings).toEqual(['circuits.cerebellum.purkinjeCount=12']);
    expect(JSON.parse(set.stdout).stateHash).not.toBe(JSON.parse(plain.stdout).stateHash);
    const refused = sim('--set', 'circuits.cerebellum.purkinjeCount=21');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('circuits.cerebellum.purkinjeCount: must be within [2, 20], got 21');
  });

  it('live circuit fields (puffStrength, isiMs) change a running world through setParameter; sizes wait for a respawn', () => {
    const raw = read('eyeblink-acquisition');
    raw.circuits = [{ kind: 'cerebellum', isiMs: 250 }];
    raw.playerParameters = [
      { path: 'circuits.cerebellum.puffStrength', label: 'Puff', min: 0, max: 2 },
      { path: 'circuits.cerebellum.isiMs', label: 'ISI', min: 100, max: 1000, unit: 'ms' },
      { path: 'circuits.0.purkinjeCount', label: 'Purkinje cells', min: 2, max: 20 },
    ];
    let world: SimWorld | undefined;
    const outcome = runLevel(load(raw), {
      trials: 2,
      commands: [
        { tick: 5, command: { type: 'setParameter', path: 'circuits.cerebellum.puffStrength', value: 0.5 } },
        { tick: 6, command: { type: 'setParameter', path: 'circuits.0.purkinjeCount', value: 12 } },
        { tick: 7, command: { type: 'setParameter', path: 'circuits.cerebellum.isiMs', value: 300 } },
      ],
      onFinish: (w) => { world = w; },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const puff = world!.stimuli.list.findIndex((s) => s.spec.name === 'puff');
    expect(world!.stimuli.gain[puff]).toBe(0.5);
    expect(cerebellumStateOf(world!)!.isiMs[0]).toBe(300);
    expect(populationByName(world!, 'purkinje').count).toBe(10);
    expect(outcome.result.events.commandRejected).toBe(1);
  });

  it('every numeric field of every circuit config carries unit, citation and help, also in the JSON Schema', () => {
    const unwrap = (schema: z.ZodType): z.ZodType => {
      let inner: z.ZodType = schema;
      while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
      return inner;
    };
    const checked: string[] = [];
    // Walks nested objects and arrays too (the songbird's whiteNoise, the cerebellum's cs[]).
    const walk = (path: string, schema: z.ZodType): void => {
      const inner = unwrap(schema);
      if (inner instanceof z.ZodObject) {
        for (const [field, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) walk(`${path}.${field}`, child);
      } else if (inner instanceof z.ZodArray) walk(`${path}[]`, inner.element as z.ZodType);
      else if (inner instanceof z.ZodNumber) {
        const info = parameterInfo(schema);
        expect(info, path).toBeDefined();
        expect(info!.unit.length, path).toBeGreaterThan(0);
        expect(info!.citation.length, path).toBeGreaterThan(0);
        expect(info!.description.length, path).toBeGreaterThan(10);
        checked.push(path);
      }
    };
    for (const option of circuitConfig.options) walk((option.shape.kind as z.ZodLiteral<string>).value, option);
    expect(checked).toEqual(expect.arrayContaining(['songbird.raPerPool', 'songbird.hvcCount', 'songbird.reinforcementNoiseSd', 'cerebellum.granulePerBump', 'cerebellum.pfLtdPerClimbingSpike', 'reward.gamma', 'reward.deltaCurrentPa', 'songbird.whiteNoise.syllable', 'songbird.whiteNoise.percentile', 'cerebellum.cs[].rateHz']));
    const text = JSON.stringify(levelJsonSchema());
    expect(text).toContain('"unit":"neurons"');
    expect(text).toContain('"citation":"node perturbation with a delayed reinforcement (Fiete, Fee & Seung 2007), judged syllable by syllable (Gadagkar et al. 2016; docs/model.md)"');
  });
});
