import { describe, expect, it } from 'vitest';
import { formatLevelError, formatPath, loadLevel } from '../../src/levels';
import { errorLines, fixture } from './helpers';
import { withGotValue } from '../../src/levels/errors';

describe('error messages name the field and the reason', () => {
  it('bounds', () => {
    const data = fixture('minimal.json');
    data.populations.push({ id: 'huge', type: 'rs', count: 1_000_000_000 });
    data.populations.push({ id: 'huge2', type: 'rs', count: 1 });
    data.populations[3].count = 1e9;
    data.populations.pop();
    expect(errorLines(data)).toEqual(['populations[2].count: must be ≤ 100000, got 1000000000']);
  });

  it('exclusive bounds, minimums and integers', () => {
    const data = fixture('minimal.json');
    data.durationMs = 0;
    data.dtMs = 20;
    data.seed = 1.5;
    expect(errorLines(data)).toEqual([
      'seed: must be an integer, got 1.5',
      'dtMs: must be ≤ 10, got 20',
      'durationMs: must be > 0, got 0',
    ]);
  });

  it('types, missing fields and unknown fields', () => {
    const data = fixture('minimal.json');
    data.title = 3;
    delete data.neuronTypes[0].a;
    data.populations[0].colour = 'red';
    expect(errorLines(data)).toEqual([
      'title: must be a string, got 3',
      'neuronTypes[0].a: is required',
      'populations[0].colour: unknown field',
    ]);
  });

  it('discriminated unions list the allowed values', () => {
    const data = fixture('minimal.json');
    data.projections[0].connect = { rule: 'everyOther' };
    data.projections[0].plasticity = { aPlus: 1 };
    expect(errorLines(data)).toEqual([
      'projections[0].connect.rule: must be one of "allToAll", "fixedProbability", "fixedOutDegree", "fixedInDegree", "oneToOne", "pairs", got "everyOther"',
      'projections[0].plasticity.rule: is required (one of "none", "stdp", "daStdp", "calcium", "homeostaticScaling", "inhibitoryStdp", "teacherDelta", "normalizedHebbian", "tagTrigger")',
    ]);
  });

  it('unions of a number and a distribution', () => {
    const data = fixture('minimal.json');
    data.projections[0].weight = 'strong';
    data.projections[0].delayMs = { dist: 'uniform', min: 1, max: 'two' };
    expect(errorLines(data)).toEqual([
      'projections[0].weight: must be a number or an object, got "strong"',
      'projections[0].delayMs.max: must be a number, got "two"',
    ]);
  });

  it('a message that is a whole sentence keeps its full stop: the bad value follows as its own sentence, not glued on', () => {
    const data = fixture('minimal.json');
    data.title = '';
    expect(errorLines(data)).toEqual(['title: A level needs a title: the level menu and the player see it. It is empty now.']);
    data.title = '   ';
    expect(errorLines(data)).toEqual(['title: A level needs a title: the level menu and the player see it. It is "   " now.']);
    expect(withGotValue('must be a letter', '1x')).toBe('must be a letter, got "1x"');
  });

  it('ids, enums and literals', () => {
    const data = fixture('minimal.json');
    data.id = '<script>alert(1)</script>';
    data.projections[0].receptor = 'glutamate';
    data.schemaVersion = 1;
    expect(errorLines(data)).toEqual([
      'id: must be a letter followed by up to 63 letters, digits, _ or -, got "<script>alert(1)</script>"',
      'projections[0].receptor: must be one of "excitatory", "inhibitory", got "glutamate"',
    ]);
  });

  it('unknown references and duplicate ids', () => {
    const data = fixture('minimal.json');
    data.projections[0].from = 'thalamus';
    data.stimuli[0].target = 'cortex';
    data.monitors[1].projection = 'nope';
    data.objectives[0].args.projection = 'gone';
    data.monitors.push({ id: 'w', kind: 'rate', population: 'post', binMs: 10 });
    expect(errorLines(data)).toEqual([
      'projections[0].from: unknown population "thalamus" (known: "pre", "post")',
      'stimuli[0].target: unknown population "cortex" (known: "pre", "post")',
      'objectives[0].args.projection: unknown projection "gone" (known: "syn")',
      'monitors[2].id: duplicate monitor id "w"',
      'monitors[1].projection: unknown projection "nope" (known: "syn")',
    ]);
  });

  it('sizes of the whole level', () => {
    const data = fixture('minimal.json');
    data.populations[0].count = 100_000;
    data.populations[1].count = 100_000;
    data.populations.push({ id: 'third', type: 'rs', count: 1 });
    data.projections[0].connect = { rule: 'fixedOutDegree', k: 300 };
    expect(errorLines(data)).toEqual([
      'populations: the level has 200001 neurons in total, more than the 200000 allowed',
      'projections[0].connect: would create about 30000000 synapses, more than the 20000000 allowed',
      'projections: the level would create about 30000000 synapses in total, more than the 20000000 allowed',
    ]);
  });

  it('connection rules that cannot be satisfied', () => {
    const data = fixture('minimal.json');
    data.populations[1].count = 3;
    data.projections[0].connect = { rule: 'fixedOutDegree', k: 5 };
    expect(errorLines(data)).toEqual([
      'projections[0].connect.k: must be ≤ 3 (the distinct targets available in "post"), got 5',
    ]);
    data.projections[0].connect = { rule: 'oneToOne' };
    expect(errorLines(data)).toEqual([
      'projections[0].connect: oneToOne needs equal counts, but "pre" has 1 and "post" has 3',
    ]);
    data.projections[0].connect = { rule: 'pairs', pairs: [[0, 0], [0, 3]] };
    expect(errorLines(data)).toEqual(['projections[0].connect.pairs[1][1]: post index 3 is out of range: "post" has 3 neurons']);
  });

  it('player parameters must point at a number within their range', () => {
    const data = fixture('minimal.json');
    data.playerParameters = [
      { path: 'projections.syn.plasticity.aPlus', label: 'a', min: 0.5, max: 1 },
      { path: 'projections.syn.plasticity.bogus', label: 'b', min: 0, max: 1 },
      { path: 'projections.syn.receptor', label: 'c', min: 0, max: 1 },
      { path: 'populations.pre.__proto__.x', label: 'd', min: 0, max: 1 },
      { path: 'lesson.intro', label: 'e', min: 0, max: 1 },
    ];
    expect(errorLines(data)).toEqual([
      'playerParameters[0].path: the level\'s current value 0.1 is outside [0.5, 1]',
      'playerParameters[1].path: does not point at a number field of the level: projections.syn.plasticity has no field "bogus"',
      'playerParameters[2].path: does not point at a number field of the level: "projections.syn.receptor" is not a number field',
      'playerParameters[3].path: does not point at a number field of the level: "__proto__" is not a valid path segment',
      'playerParameters[4].path: "lesson.intro" cannot be changed while playing (lesson is not a simulation parameter)',
    ]);
  });

  it('timeline references, timing and thresholds', () => {
    const data = fixture('minimal.json');
    data.timeline = {
      sessions: [{ id: 's', phases: [{ id: 'p', trials: 2, trialMs: 500, trialTypes: [{ id: 't', events: [
        { id: 'a', kind: 'cue', target: 'tone', at: { ms: 10 }, durationMs: 5 },
        { id: 'b', kind: 'reward', amount: 1, at: { after: 'c', ms: 5 } },
        { kind: 'us', target: 'drive', at: { ms: 600 }, durationMs: 5 },
        { kind: 'pulse', target: 'post', at: {}, amplitudePa: 1, widthMs: 1 },
        { kind: 'command', at: { ms: 0 }, command: { type: 'lesion', population: 'cortex' } },
        { kind: 'reward', amount: 1, at: { ms: 0 }, when: { metric: 'spikeCount', args: { population: 'post' }, comparison: 'between', threshold: 3 } },
      ] }] }] }],
    };
    expect(errorLines(data)).toEqual([
      'timeline.sessions[0].phases[0].trialTypes[0].events[0].target: unknown stimulus "tone" (known: "drive")',
      'timeline.sessions[0].phases[0].trialTypes[0].events[1].at.after: unknown event "c" (known: "a", "b")',
      'timeline.sessions[0].phases[0].trialTypes[0].events[2].at: is at 600 ms, after the end of the trial (trialMs 500)',
      'timeline.sessions[0].phases[0].trialTypes[0].events[3].at: must give exactly one of ms or choicesMs',
      'timeline.sessions[0].phases[0].trialTypes[0].events[4].command.population: unknown population "cortex" (known: "pre", "post")',
      'timeline.sessions[0].phases[0].trialTypes[0].events[5].when.threshold: must be [lo, hi] when comparison is "between"',
    ]);
  });

  it('events timed after each other in a cycle', () => {
    const data = fixture('minimal.json');
    data.timeline = {
      sessions: [{ id: 's', phases: [{ id: 'p', trials: 1, trialMs: 500, trialTypes: [{ id: 't', events: [
        { id: 'a', kind: 'reward', amount: 1, at: { after: 'b', ms: 1 } },
        { id: 'b', kind: 'reward', amount: 1, at: { after: 'a', ms: 1 } },
      ] }] }] }],
    };
    expect(errorLines(data)).toEqual([
      'timeline.sessions[0].phases[0].trialTypes[0].events[0].at.after: events are timed after each other in a cycle',
      'timeline.sessions[0].phases[0].trialTypes[0].events[1].at.after: events are timed after each other in a cycle',
    ]);
  });

  it('values JSON cannot carry and dangerous keys', () => {
    const data = fixture('minimal.json');
    data.dtMs = Number.NaN;
    data.durationMs = Number.POSITIVE_INFINITY;
    data.populations[0].layout = JSON.parse('{"__proto__": {"polluted": true}}');
    data.populations[1].constructor = { prototype: {} };
    data.stimuli[0].amplitudePa = () => 1;
    expect(errorLines(data)).toEqual([
      'dtMs: must be a finite number, got NaN',
      'durationMs: must be a finite number, got Infinity',
      'populations[0].layout.__proto__: the key "__proto__" is not allowed',
      'populations[1].constructor: the key "constructor" is not allowed',
      'stimuli[0].amplitudePa: must be a JSON value, got a function',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cycles, class instances and getters', () => {
    const data = fixture('minimal.json');
    data.lesson.self = data.lesson;
    data.populations[0].layout = new Map();
    Object.defineProperty(data.populations[1], 'count', { get: () => 1, enumerable: true });
    expect(errorLines(data)).toEqual([
      'populations[0].layout: must be a plain JSON object',
      'populations[1].count: must be a data property, not a getter',
      'lesson.self: is a circular reference',
    ]);
  });

  it('JSON syntax errors give line and column', () => {
    expect(errorLines('{\n  "id": "x",\n  "seed": }')).toEqual(['(root): invalid JSON at line 3, column 11: unexpected "}" where a value should be']);
    expect(errorLines('{"a": [1, 2,]}')).toEqual(['(root): invalid JSON at line 1, column 13: trailing comma before "]"']);
    expect(errorLines('{"a": 1,}')).toEqual(['(root): invalid JSON at line 1, column 9: trailing comma before "}"']);
    expect(errorLines('{"a": NaN}')).toEqual(['(root): invalid JSON at line 1, column 7: NaN and Infinity are not allowed in JSON']);
    expect(errorLines('{"a": "x\ny"}')).toEqual(['(root): invalid JSON at line 1, column 9: control character (such as a raw newline) in string']);
    expect(errorLines('{a: 1}')).toEqual(['(root): invalid JSON at line 1, column 2: expected a key in double quotes, got "a"']);
    expect(errorLines('{"a": 1} x')).toEqual(['(root): invalid JSON at line 1, column 10: unexpected "x" after the end of the document']);
    expect(errorLines('')).toEqual(['(root): invalid JSON at line 1, column 1: unexpected end of file']);
    expect(errorLines('[1, 2')).toEqual(['(root): invalid JSON at line 1, column 6: unexpected end of file']);
  });

  it('not a level at all', () => {
    expect(errorLines('[]')).toEqual(['(root): a level must be a JSON object']);
    expect(errorLines(null)).toEqual(['(root): a level must be a JSON object']);
    expect(errorLines(42)).toEqual(['(root): a level must be a JSON object']);
    expect(errorLines('"level"')).toEqual(['(root): a level must be a JSON object']);
    expect(errorLines({})).toEqual(['schemaVersion: is required (this build reads format 3)']);
  });

  it('deep nesting is rejected without a stack overflow', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const lines = errorLines(deep);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/: is nested deeper than 32 levels$/);
    expect(errorLines('{"a":'.repeat(100_000))[0]).toBe('(root): invalid JSON at line 1, column 500001: unexpected end of file');
  });

  it('long error lists are capped', () => {
    const data = fixture('minimal.json');
    data.monitors = Array.from({ length: 150 }, (_, i) => ({ id: `m${i}`, kind: 'rate', population: 'nowhere', binMs: 1 }));
    const result = loadLevel(data);
    if (result.ok) throw new Error('should fail');
    expect(result.errors).toHaveLength(101);
    expect(formatLevelError(result.errors[100])).toBe('(root): and 50 more errors');
  });

  it('formats paths', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['populations', 2, 'count'])).toBe('populations[2].count');
    expect(formatPath(['args', 'my-key'])).toBe('args["my-key"]');
    expect(formatLevelError({ path: '', message: 'x' })).toBe('(root): x');
  });

  it('a throwing proxy becomes an error entry, not an exception', () => {
    const hostile = new Proxy({}, { ownKeys() { throw new Error('boom'); } });
    expect(errorLines(hostile)).toEqual(['(root): internal error while loading the level: boom']);
  });
});
