/**
 * The task the developing network learns, generated from the level's seed: sort noisy examples into
 * categories. Each category has a prototype, a random ±1 value on each of the informative inputs,
 * redrawn while it lies closer than a quarter of the informative inputs (Hamming distance, at least 1)
 * to an earlier category's: two prototypes that differ in one input make a pair of categories the
 * noise all but merges, and a seed that draws them is a harder task, not a different brain. An
 * example is its category's prototype plus Gaussian noise on those inputs, and pure noise
 * N(0, 1) on the remaining inputs, which carry nothing about the category (the connections a young
 * brain makes to inputs that turn out not to matter). A fixed held-out test set, drawn once, measures
 * generalisation; training sees a fresh batch of examples every epoch (new experience each day).
 */

export interface CategoryTask {
  readonly inputs: number;
  /** Inputs 0..informative−1 carry the category; the rest are noise. */
  readonly informative: number;
  readonly categories: number;
  /** Prototypes, category-major (categories × informative), each value ±1. */
  readonly prototypes: Float64Array;
  readonly exampleNoiseSd: number;
}

/**
 * A batch of examples in the form the arena's network code reads (PatternTask): inputs pattern-major,
 * one-hot targets (1 for the example's category, 0 elsewhere), and each example's category.
 */
export interface ExampleBatch {
  readonly inputs: number;
  readonly outputs: number;
  readonly patterns: number;
  readonly x: Float64Array;
  readonly t: Float64Array;
  readonly label: Int32Array;
}

/**
 * The least Hamming distance between two categories' prototypes: a quarter of the informative inputs,
 * at least 1 (distinct). Drawing prototypes one by one, each has a free choice left whenever
 * (categories − 1) · (words within distance − 1 of one prototype) < 2^informative, which holds for
 * every allowed size (up to 8 categories, 1 to 64 informative inputs, categories ≤ 2^informative;
 * test/circuits/devPruning/categoryTask.test.ts checks it).
 */
export function minPrototypeDistance(informative: number): number {
  return Math.max(1, Math.floor(informative / 4));
}

/** Redraws of one prototype before giving up (never reached at the sizes checkConfig allows; a guard, not a limit). */
const MAX_REDRAWS = 100_000;

function hammingDistance(prototypes: Float64Array, informative: number, a: number, b: number): number {
  let d = 0;
  for (let i = 0; i < informative; i++) if (prototypes[a * informative + i] !== prototypes[b * informative + i]) d++;
  return d;
}

export function newCategoryTask(inputs: number, informative: number, categories: number, exampleNoiseSd: number, uniform: () => number): CategoryTask {
  if (informative > inputs) throw new Error(`${informative} informative inputs do not fit in ${inputs} inputs`);
  if (categories > 2 ** informative) throw new Error(`${categories} categories need more than ${informative} informative inputs (at most ${2 ** informative})`);
  const prototypes = new Float64Array(categories * informative);
  const minDistance = minPrototypeDistance(informative);
  for (let c = 0; c < categories; c++) {
    // Redraw the whole prototype from the task stream until it is far enough from every earlier one (deterministic: the same seed, the same prototypes).
    for (let tries = 0; ; tries++) {
      if (tries >= MAX_REDRAWS) throw new Error(`no prototype ${minDistance} inputs away from the others after ${MAX_REDRAWS} draws`);
      for (let i = 0; i < informative; i++) prototypes[c * informative + i] = uniform() < 0.5 ? -1 : 1;
      let far = true;
      for (let k = 0; k < c && far; k++) far = hammingDistance(prototypes, informative, c, k) >= minDistance;
      if (far) break;
    }
  }
  return { inputs, informative, categories, prototypes, exampleNoiseSd };
}

export function newBatch(task: CategoryTask, patterns: number): ExampleBatch {
  return {
    inputs: task.inputs, outputs: task.categories, patterns,
    x: new Float64Array(patterns * task.inputs), t: new Float64Array(patterns * task.categories), label: new Int32Array(patterns),
  };
}

/** Fills `batch` with fresh examples, categories taken in turn (balanced), drawn from `gaussian`. */
export function drawExamples(task: CategoryTask, batch: ExampleBatch, gaussian: () => number): void {
  const { inputs, informative, categories, prototypes, exampleNoiseSd } = task;
  batch.t.fill(0);
  for (let p = 0; p < batch.patterns; p++) {
    const c = p % categories;
    batch.label[p] = c;
    batch.t[p * categories + c] = 1;
    const at = p * inputs;
    for (let i = 0; i < informative; i++) batch.x[at + i] = prototypes[c * informative + i] + exampleNoiseSd * gaussian();
    for (let i = informative; i < inputs; i++) batch.x[at + i] = gaussian();
  }
}

/** Index of the largest of o[0..n): the network's answer. */
export function argmax(o: Float64Array, n: number): number {
  let best = 0;
  for (let k = 1; k < n; k++) if (o[k] > o[best]) best = k;
  return best;
}
