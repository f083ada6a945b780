/**
 * The recipes in levels/recipes/ (issue 11, item 7): small levels a designer copies. Every file
 * validates the way `npm run validate` does (openLevelFile: load, read its files, spawn), is format 3,
 * is listed in docs/levels.md's Recipes table, and runs a few trials headless. Where a short run can
 * show it, the recipe's point is checked: the lesion silences the nucleus and the restore brings it
 * back; the clamped spines hold their voltage and their synapses change as the calcium rule says; CS+
 * and CS− are told apart; the doubled reward is valued twice; the songbird's sizes are the level's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openLevelFile } from '../../src/cli/openLevelFile';
import { loadLevel } from '../../src/levels/loadLevel';
import { runLevel, runSpawnedLevel, type RunResult } from '../../src/levels/runLevel';
import { populationByName, type SimWorld } from '../../src/sim';

const recipesDir = fileURLToPath(new URL('../../levels/recipes/', import.meta.url));
const recipeFiles = readdirSync(recipesDir).filter((name) => name.endsWith('.json')).sort();
const pathOf = (file: string) => `${recipesDir}${file}`;
const rawOf = (file: string) => JSON.parse(readFileSync(pathOf(file), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function open(file: string) {
  const opened = openLevelFile(pathOf(file));
  if (!opened.ok) throw new Error(opened.errors.map((e) => `${file}: ${e.path}: ${e.message}`).join('\n'));
  return opened;
}

/** Runs a recipe file to its end (or for `trials` trials), failing on any error. */
function runFile(file: string, trials?: number, onFinish?: (world: SimWorld) => void): RunResult {
  const outcome = runSpawnedLevel(open(file).spawned, { ...(trials !== undefined ? { trials } : {}), ...(onFinish ? { onFinish } : {}) });
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return outcome.result;
}

const objective = (result: RunResult, id: string) => result.objectives.find((o) => o.id === id)!;

describe('recipes', () => {
  it('there are at least ten, each listed in docs/levels.md', () => {
    expect(recipeFiles.length).toBeGreaterThanOrEqual(10);
    const docs = readFileSync(new URL('../../docs/levels.md', import.meta.url), 'utf8');
    const start = docs.indexOf('\n## Recipes\n');
    expect(start).toBeGreaterThan(0);
    const section = docs.slice(start, docs.indexOf('\n## ', start + 1));
    for (const file of recipeFiles) expect(section, file).toContain(`levels/recipes/${file}`);
  });

  describe.each(recipeFiles)('%s', (file) => {
    it('validates as npm run validate does, in format 3, and runs 3 trials', () => {
      const raw = rawOf(file);
      expect(raw.schemaVersion).toBe(3);
      expect(raw.$schema).toBe('../level.schema.json');
      expect(raw.id).toBe(`recipe-${file.replace(/\.json$/, '')}`);
      expect(raw.description.length).toBeGreaterThan(80);
      const result = runFile(file, 3);
      expect(result.stopReason).toBe('trials');
      expect(result.trials).toHaveLength(3);
      expect(result.objectives.length).toBeGreaterThan(0);
      for (const trial of result.trials) {
        for (const o of result.objectives) expect(trial.metrics, o.id).toHaveProperty(o.id);
      }
    });
  });

  it('lesion-restore: the nucleus fires, is silent while lesioned, and fires again once restored', () => {
    const raw = rawOf('lesion-restore.json');
    const phases = raw.timeline.sessions[0].phases as Array<{ id: string; trials: number }>;
    for (const phase of phases) phase.trials = 3; // acquisition keeps its until, with at most 3 trials
    raw.measures = [{ id: 'nucleusSpikes', metric: 'spikeCount', args: { population: 'nucleus' }, over: { allTrials: true } }];
    const loaded = loadLevel(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const outcome = runLevel(loaded.level);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const spikes = (phase: string) => outcome.result.trials.filter((t) => t.phase === phase).map((t) => t.metrics.nucleusSpikes!);
    expect(spikes('acquisition').every((n) => n > 0)).toBe(true);
    expect(spikes('lesioned')).toEqual([0, 0, 0]);
    expect(spikes('restored').every((n) => n > 0)).toBe(true);
    expect(objective(outcome.result, 'silenced').met).toBe(true);
    expect(outcome.result.commandLog.map((c) => c.command)).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'lesion', population: 'nucleus' }),
      expect.objectContaining({ type: 'lesion', population: 'nucleus', restore: true }),
    ]));
  });

  it('lesion-restore (whole session): the until criterion ends acquisition; no blink while lesioned, blink back after', () => {
    const result = runFile('lesion-restore.json');
    expect(result.phases[0].criterion).toBe('met');
    expect(result.phases[0].trials).toBeLessThan(200);
    for (const o of result.objectives) expect(o.met, o.id).toBe(true);
  });

  it('voltage-clamp-pairing: the clamped spines hold their voltage; −10 mV potentiates, −70 mV leaves the synapse, free depresses', () => {
    const result = runFile('voltage-clamp-pairing.json');
    for (const o of result.objectives) expect(o.met, o.id).toBe(true);
    const v = result.monitors.spineV;
    if (v.kind !== 'probe') throw new Error('spineV is a probe');
    const pairing = v.values.filter((_, i) => v.timesMs[i] > 10 && v.timesMs[i] < 59_000);
    expect(pairing.every((row) => row[0] === -10 && row[1] === -70)).toBe(true);
    expect(pairing.some((row) => row[2] > -64)).toBe(true); // the free spine moves with its input
  });

  it('cs-discrimination (whole session): blinks to CS+, not to CS−; the eyelid is recorded as a trace', () => {
    const result = runFile('cs-discrimination.json');
    for (const o of result.objectives) expect(o.met, o.id).toBe(true);
    expect(result.measures.find((m) => m.id === 'crMinus')!.value).toBeLessThanOrEqual(10);
    const eyelid = result.monitors.eyelid;
    expect(eyelid.kind).toBe('trace');
    if (eyelid.kind === 'trace') expect(Math.max(...eyelid.values)).toBeGreaterThan(0.5);
  });

  it('reward-double (whole session): the cue of the double reward is valued about twice as much', () => {
    const result = runFile('reward-double.json');
    for (const o of result.objectives) expect(o.met, o.id).toBe(true);
  });

  it('songbird-big-ra: the circuit has the level\'s sizes and sings', () => {
    let world: SimWorld | undefined;
    const result = runFile('songbird-big-ra.json', 3, (w) => { world = w; });
    expect(populationByName(world!, 'ra').count).toBe(128);
    expect(populationByName(world!, 'lman').count).toBe(64);
    expect(populationByName(world!, 'hvc').count).toBe(120);
    const pitch = result.monitors.pitch;
    if (pitch.kind !== 'trace') throw new Error('pitch is a trace');
    expect(pitch.values.filter((hz) => hz > 0).length).toBeGreaterThan(10);
  });

  it('partial-reinforcement: the partly reinforced tone gets its puff on about half its trials, the other on all', () => {
    const raw = rawOf('partial-reinforcement.json');
    raw.measures.push({ id: 'puffed', metric: 'trialClosureAtUs', args: {}, over: { allTrials: true } }); // null on a trial without a puff
    const loaded = loadLevel(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const outcome = runLevel(loaded.level, { trials: 40 });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const puffed = (type: string) => outcome.result.trials.filter((t) => t.trialType === type).map((t) => t.metrics.puffed !== null);
    expect(puffed('continuous')).toEqual(new Array(20).fill(true));
    const partial = puffed('partial').filter(Boolean).length;
    expect(partial).toBeGreaterThanOrEqual(5);
    expect(partial).toBeLessThanOrEqual(15);
  });
});
