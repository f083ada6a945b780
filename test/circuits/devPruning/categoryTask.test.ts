/**
 * The category task's prototypes: no two closer than minPrototypeDistance (a quarter of the
 * informative inputs, at least 1), the same ones from the same stream, and a free choice left for
 * every prototype at every size the loader allows (so the redraw cannot get stuck).
 */
import { describe, expect, it } from 'vitest';
import { minPrototypeDistance, newCategoryTask } from '../../../src/circuits/devPruning/categoryTask';

/** A small seeded uniform stream (mulberry32) for the test: the task only needs some deterministic stream. */
function uniformStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function closestPair(prototypes: Float64Array, informative: number, categories: number): number {
  let closest = Infinity;
  for (let a = 0; a < categories; a++) {
    for (let b = 0; b < a; b++) {
      let d = 0;
      for (let i = 0; i < informative; i++) if (prototypes[a * informative + i] !== prototypes[b * informative + i]) d++;
      closest = Math.min(closest, d);
    }
  }
  return closest;
}

const binomial = (n: number, k: number): number => { let r = 1; for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i; return r; };

describe('category task prototypes', () => {
  it('keeps every pair of prototypes at least the minimum distance apart, the same on every run of a seed', () => {
    for (const [informative, categories] of [[8, 4], [8, 8], [1, 2], [3, 8], [16, 8], [64, 8]]) {
      for (let seed = 1; seed <= 20; seed++) {
        const task = newCategoryTask(informative, informative, categories, 1, uniformStream(seed));
        expect(closestPair(task.prototypes, informative, categories), `${informative} inputs, ${categories} categories, seed ${seed}`).toBeGreaterThanOrEqual(minPrototypeDistance(informative));
        expect(newCategoryTask(informative, informative, categories, 1, uniformStream(seed)).prototypes).toEqual(task.prototypes);
      }
    }
    expect(minPrototypeDistance(8)).toBe(2);
  });

  it('leaves a free choice for every prototype at every allowed size (up to 8 categories, 1 to 64 informative inputs)', () => {
    for (let informative = 1; informative <= 64; informative++) {
      const d = minPrototypeDistance(informative);
      let near = 0;
      for (let k = 0; k < d; k++) near += binomial(informative, k);
      const categories = Math.min(8, 2 ** informative);
      expect((categories - 1) * near, `${informative} inputs`).toBeLessThan(2 ** informative);
    }
  });
});
