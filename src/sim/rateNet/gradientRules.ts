/**
 * Error backpropagation (Rumelhart, Hinton & Williams 1986) and feedback alignment (Lillicrap et
 * al. 2016) over one epoch of patterns. Both send the output error δo = t − o back to the hidden
 * units: backprop through the transpose of the forward weights W2 (the "weight transport" a brain
 * has no known way to do), feedback alignment through a fixed random matrix B (hidden × outputs),
 * δh = (1 − a²) ⊙ (W2ᵀ δo or B δo). Each layer's update is the outer product of the error below and
 * the activity above: ΔW2 = δo·[a, 1]ᵀ, ΔW1 = δh·[x, 1]ᵀ, summed over patterns into `delta` (the
 * direction that lowers the loss: minus its gradient). Returns the summed loss.
 */
import { forward, w2Offset, type Activity, type NetShape } from './rateNet';
import type { PatternTask } from './patternTasks';

export interface ErrorScratch {
  readonly act: Activity;
  readonly dOut: Float64Array;
  readonly dHidden: Float64Array;
}

export function newErrorScratch(shape: NetShape): ErrorScratch {
  return { act: { h: new Float64Array(shape.hidden), a: new Float64Array(shape.hidden), o: new Float64Array(shape.outputs) }, dOut: new Float64Array(shape.outputs), dHidden: new Float64Array(shape.hidden) };
}

/** feedback: null for backprop (W2ᵀ), or B (hidden × outputs, row-major) for feedback alignment. */
export function errorUpdate(
  w: Float64Array, shape: NetShape, task: PatternTask, feedback: Float64Array | null, scratch: ErrorScratch, delta: Float64Array,
): number {
  const { inputs, hidden, outputs } = shape;
  const { act, dOut, dHidden } = scratch;
  const off = w2Offset(shape);
  let loss = 0;
  delta.fill(0);
  for (let p = 0; p < task.patterns; p++) {
    loss += forward(w, shape, task.x, p * inputs, task.t, p * outputs, act);
    for (let k = 0; k < outputs; k++) dOut[k] = task.t[p * outputs + k] - act.o[k];
    for (let j = 0; j < hidden; j++) {
      let back = 0;
      for (let k = 0; k < outputs; k++) back += (feedback ? feedback[j * outputs + k] : w[off + k * (hidden + 1) + j]) * dOut[k];
      dHidden[j] = (1 - act.a[j] * act.a[j]) * back;
    }
    addOuterProducts(delta, shape, task.x, p * inputs, act.a, dHidden, dOut);
  }
  return loss;
}

/** delta += dHidden·[x, 1]ᵀ (W1 block) and dOut·[a, 1]ᵀ (W2 block). */
export function addOuterProducts(
  delta: Float64Array, shape: NetShape, x: Float64Array, xAt: number, a: Float64Array, dHidden: Float64Array, dOut: Float64Array,
): void {
  const { inputs, hidden, outputs } = shape;
  for (let j = 0; j < hidden; j++) {
    const row = j * (inputs + 1);
    const d = dHidden[j];
    for (let i = 0; i < inputs; i++) delta[row + i] += d * x[xAt + i];
    delta[row + inputs] += d;
  }
  const off = w2Offset(shape);
  for (let k = 0; k < outputs; k++) {
    const row = off + k * (hidden + 1);
    const d = dOut[k];
    for (let j = 0; j < hidden; j++) delta[row + j] += d * a[j];
    delta[row + hidden] += d;
  }
}

/**
 * Angle in degrees between the forward weights W2 (without its bias column) and the feedback
 * matrix B read as the same shape (Bᵀ): below 90° the forward weights have come to agree with the
 * feedback, the signature of feedback alignment (Lillicrap et al. 2016, Fig. 2).
 */
export function alignmentAngleDeg(w: Float64Array, shape: NetShape, feedback: Float64Array): number {
  const { hidden, outputs } = shape;
  const off = w2Offset(shape);
  let wb = 0;
  let ww = 0;
  let bb = 0;
  for (let k = 0; k < outputs; k++) {
    for (let j = 0; j < hidden; j++) {
      const fw = w[off + k * (hidden + 1) + j];
      const fb = feedback[j * outputs + k];
      wb += fw * fb;
      ww += fw * fw;
      bb += fb * fb;
    }
  }
  if (!(ww > 0 && bb > 0)) return 90;
  return (Math.acos(Math.max(-1, Math.min(1, wb / Math.sqrt(ww * bb)))) * 180) / Math.PI;
}
