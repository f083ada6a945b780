// The loader refuses bad arguments of the metrics that read a projection's source neurons, with a coded
// reason the page words in English and Spanish (before, such a level loaded and failed at spawn in
// English only): inputDominanceIndex groups outside the source population, overlapping or empty;
// tuningCorrelation with more channels than source neurons; an isiCv window too long to record; and a
// timeline's live learning rate outside the range its rule allows (the run would refuse it).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel, type LevelError } from '../../../src/levels';
import { codedReason } from '../../../src/editor/levelErrorWords';
import { setLocale } from '../../../src/i18n/messages';

/** A fresh copy of a built-in level's data. */
function levelData(id: string): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function errorsOf(data: unknown): LevelError[] {
  const loaded = loadLevel(data);
  return loaded.ok ? [] : loaded.errors;
}

/** The critical-period level with its first objective's inputDominanceIndex groups changed. */
function withGroups(favoured: number[], other: number[]): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const data = levelData('critical-period');
  expect(data.objectives[0].metric).toBe('inputDominanceIndex');
  data.objectives[0].args.favoured = favoured;
  data.objectives[0].args.other = other;
  return data;
}

const LEFT = Array.from({ length: 20 }, (_, i) => i);
const RIGHT = LEFT.map((i) => i + 20);

afterEach(() => setLocale('en'));

describe('inputDominanceIndex groups', () => {
  it('the built-in level loads with its two eyes as groups', () => {
    expect(errorsOf(withGroups(LEFT, RIGHT))).toEqual([]);
  });

  it('an index beyond the source population (thalamus, 40 cells) is refused at its place, coded, in both languages', () => {
    const errors = errorsOf(withGroups([...LEFT.slice(1), 40], RIGHT));
    expect(errors).toEqual([expect.objectContaining({
      path: 'objectives[0].args.favoured[19]', code: 'indexOutsidePopulation', params: { index: 40, population: 'thalamus', count: 40 },
    })]);
    expect(errors[0].message).toMatch(/neuron index 40 is out of range: population "thalamus" \(the source of projection "eyeInputs"\) has 40 neurons/);
    expect(codedReason(errors[0])).toBe('neuron 40 is outside the group “thalamus”, which has 40 neurons (numbered from 0)');
    setLocale('es');
    expect(codedReason(errors[0])).toBe('la neurona 40 está fuera del grupo «thalamus», que tiene 40 neuronas (numeradas desde 0)');
  });

  it('a neuron in both groups is refused where it appears the second time', () => {
    const errors = errorsOf(withGroups(LEFT, [5, ...RIGHT]));
    expect(errors).toEqual([expect.objectContaining({ path: 'objectives[0].args.other[0]', code: 'indexInBothGroups', params: { index: 5, group: 'favoured' } })]);
    setLocale('es');
    expect(codedReason(errors[0])).toBe('la neurona 5 está en los dos grupos: una neurona solo puede contar para uno');
  });

  it('an empty group is refused by the schema, coded', () => {
    expect(errorsOf(withGroups(LEFT, []))).toEqual([expect.objectContaining({ path: 'objectives[0].args.other', code: 'tooFewItems' })]);
  });
});

describe('tuningCorrelation channels', () => {
  it('more channels than either projection has source neurons is refused, naming the projection', () => {
    const data = levelData('inhibitory-balance');
    const objective = data.objectives.find((o: { metric: string }) => o.metric === 'tuningCorrelation');
    expect(errorsOf(data)).toEqual([]);
    objective.args.channels = 33; // inhFibres has 32 cells, excFibres 128
    const errors = errorsOf(data);
    expect(errors).toEqual([expect.objectContaining({
      code: 'fewerNeuronsThanChannels', params: { projection: 'inhibition', population: 'inhFibres', count: 32, channels: 33 },
    })]);
    expect(errors[0].path).toMatch(/^objectives\[\d+\]\.args\.channels$/);
    setLocale('es');
    expect(codedReason(errors[0])).toBe('debe ser como mucho 32: la conexión «inhibition» sale de 32 neuronas, menos que 33 canales');
  });
});

describe('isiCv window', () => {
  it('a window whose spike record (a slot per neuron per tick) would pass 4 Mi slots is refused with its limit (cortex-sandbox: 20 cells, dt 0.5 ms)', () => {
    const data = levelData('cortex-sandbox');
    const index = data.measures.findIndex((m: { metric: string }) => m.metric === 'isiCv');
    expect(errorsOf(data)).toEqual([]);
    const limitMs = Math.floor((Math.floor(4_194_304 / 20) - 1) * 0.5);
    data.measures[index].args.windowMs = limitMs;
    expect(errorsOf(data)).toEqual([]);
    data.measures[index].args.windowMs = limitMs + 1;
    expect(errorsOf(data)).toEqual([expect.objectContaining({
      path: `measures[${index}].args.windowMs`, code: 'atMost', params: { limit: limitMs, gotKind: 'number', gotText: String(limitMs + 1) },
    })]);
  });
});

describe('a timeline\'s live learning rate', () => {
  it('outside [0, 1] is refused at the command\'s value with outsideRange (0.002 and 1 load)', () => {
    const data = levelData('critical-period');
    const command = data.timeline.sessions[0].phases[2].commandsAtStart[0];
    expect(command.path).toBe('projections.eyeInputs.plasticity.learningRate');
    for (const value of [0.002, 1, 0]) {
      command.value = value;
      expect(errorsOf(data)).toEqual([]);
    }
    command.value = 1.5;
    expect(errorsOf(data)).toEqual([expect.objectContaining({
      path: 'timeline.sessions[0].phases[2].commandsAtStart[0].value', code: 'outsideRange', params: { min: 0, max: 1, gotKind: 'number', gotText: '1.5' },
    })]);
    command.value = -0.01;
    expect(errorsOf(data).map((e) => e.code)).toEqual(['outsideRange']);
  });
});
