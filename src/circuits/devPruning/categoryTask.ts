/**
 * The task the developing network learns, generated from the level's seed: sort noisy examples into
 * categories. Each category has a prototype, a random ±1 value on each of the informative inputs;
 * an example is its category's prototype plus Gaussian noise on those inputs, and pure noise
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

export function newCategoryTask(inputs: number, informative: number, categories: number, exampleNoiseSd: number, uniform: () => number): CategoryTask {
  if (informative > inputs) throw new Error(`${informative} informative inputs do not fit in ${inputs} inputs`);
  const prototypes = new Float64Array(categories * informative);
  for (let n = 0; n < prototypes.length; n++) prototypes[n] = uniform() < 0.5 ? -1 : 1;
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
