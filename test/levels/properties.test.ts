/**
 * Property tests: thousands of mutations of valid levels must each give either a level that
 * re-validates, or a non-empty list of errors with a path and a message. Never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLevel, type LoadResult } from '../../src/levels';
import { fixture } from './helpers';

type Json = unknown;
type Step = string | number;

const bases = [fixture('minimal.json'), fixture('protocol.json')];

/** Every path to a value inside the data (objects and arrays included). */
function allPaths(value: Json, prefix: Step[] = [], out: Step[][] = []): Step[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) allPaths(v, [...prefix, k], out);
  return out;
}

const nasty: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0, -0, 1e308, -1e308, 1e9, 2 ** 53, 0.5,
    '', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '__proto__', 'constructor', 'a'.repeat(100_000),
    null, true, false, [], {}, [[[[[]]]]], undefined, Symbol('s'), () => 1, 10n, new Date(0), new Map(),
  ),
  fc.integer(), fc.double(), fc.string(), fc.array(fc.integer(), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 30, max: 200 }).map((depth) => {
    let v: Json = 1;
    for (let i = 0; i < depth; i++) v = { d: v };
    return v;
  }),
);

type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'addKey'; pick: number; key: string; value: Json }
  | { kind: 'duplicate'; pick: number }
  | { kind: 'swapIds'; pick: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: nasty }),
  fc.record({
    kind: fc.constant('addKey' as const), pick: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'id', 'count'), fc.string({ maxLength: 8 })),
    value: nasty,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('swapIds' as const), pick: fc.nat(), value: fc.constantFrom('pre', 'post', 'exc', 'syn', 'da', 'tone', 'ghost') }),
);

function containerAt(root: Json, path: Step[]): Json {
  let v: Json = root;
  for (const s of path) v = (v as Record<Step, Json>)[s];
  return v;
}

function applyMutation(root: Json, m: Mutation): Json {
  const paths = allPaths(root);
  const path = paths[m.pick % paths.length];
  if (path.length === 0) return m.kind === 'replace' ? m.value : root;
  const parent = containerAt(root, path.slice(0, -1)) as Record<Step, Json> & Json[];
  const key = path[path.length - 1];
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1); else delete parent[key];
      break;
    case 'replace': parent[key] = m.value; break;
    case 'addKey': {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        // defineProperty, so a "__proto__" key becomes an own key as JSON.parse would make it
        Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      }
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
      break;
    case 'swapIds':
      if (typeof parent[key] === 'string') parent[key] = m.value;
      break;
  }
  return root;
}

function checkResult(result: LoadResult): void {
  if (result.ok) {
    const again = loadLevel(JSON.stringify(result.level));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.level).toEqual(result.level);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string');
    expect(typeof error.message).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
  }
}

function safeLoad(input: unknown): LoadResult {
  try {
    return loadLevel(input);
  } catch (error) {
    throw new Error(`loadLevel threw: ${String(error)}`);
  }
}

describe('loadLevel never throws and always explains', () => {
  it('mutated level objects', () => {
    fc.assert(fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
      let data: Json = structuredClone(bases[which]);
      for (const m of mutations) data = applyMutation(data, m);
      checkResult(safeLoad(data));
      expect(Object.prototype).not.toHaveProperty('polluted');
    }), { numRuns: 5000, seed: 20240601 });
  });

  it('mutated JSON text (only JSON-representable mutations)', () => {
    fc.assert(fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
      let data: Json = structuredClone(bases[which]);
      for (const m of mutations) data = applyMutation(data, m);
      let text: string | undefined;
      try { text = JSON.stringify(data); } catch { return; } // BigInt and friends cannot be written as JSON
      if (text === undefined) return;
      checkResult(safeLoad(text));
    }), { numRuns: 3000, seed: 7 });
  });

  it('corrupted JSON text (characters inserted, deleted or cut)', () => {
    const texts = bases.map((b) => JSON.stringify(b, null, 2));
    fc.assert(fc.property(fc.nat({ max: texts.length - 1 }), fc.nat(), fc.nat({ max: 5 }), fc.string({ maxLength: 3 }), (which, at, cut, insert) => {
      const text = texts[which];
      const i = at % (text.length + 1);
      checkResult(safeLoad(text.slice(0, i) + insert + text.slice(i + cut)));
    }), { numRuns: 3000, seed: 11 });
  });

  it('arbitrary JSON values and anything', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.string()), (value) => {
      checkResult(safeLoad(value));
    }), { numRuns: 2000, seed: 3 });
  });
});
