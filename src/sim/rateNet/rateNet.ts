/**
 * A small two-layer rate network, shared by the credit arena's five learning rules and by the
 * developmental pruning circuit: inputs (+ a bias input of 1) →
 * tanh hidden units (+ a bias unit of 1) → linear outputs, trained on the squared error
 * L = ½·Σ(o − t)² per pattern. All weights of one network live in one Float64Array: W1 (hidden ×
 * (inputs + 1), row-major), then W2 (outputs × (hidden + 1)). Pure functions on flat arrays; the
 * caller owns the scratch memory, so an epoch allocates nothing.
 */

export interface NetShape {
  readonly inputs: number;
  readonly hidden: number;
  readonly outputs: number;
}

/** Where W2 starts in the weight array. */
export function w2Offset(shape: NetShape): number {
  return shape.hidden * (shape.inputs + 1);
}

/** Weights in one network (both layers, biases included). */
export function weightCount(shape: NetShape): number {
  return w2Offset(shape) + shape.outputs * (shape.hidden + 1);
}

/** Per-pattern activity of one network: pre-activations h, hidden rates a = tanh(h), outputs o. */
export interface Activity {
  readonly h: Float64Array;
  readonly a: Float64Array;
  readonly o: Float64Array;
}

export function newActivity(shape: NetShape): Activity {
  return { h: new Float64Array(shape.hidden), a: new Float64Array(shape.hidden), o: new Float64Array(shape.outputs) };
}

/**
 * One forward pass of pattern x (at xAt in a flat pattern array). Optional node noise is added to
 * the hidden pre-activations (noiseHidden) and to the outputs (noiseOut): the perturbation rules'
 * exploration. Returns the pattern's loss against the target t (at tAt).
 */
export function forward(
  w: Float64Array, shape: NetShape, x: Float64Array, xAt: number, t: Float64Array, tAt: number, act: Activity,
  noiseHidden: Float64Array | null = null, noiseOut: Float64Array | null = null,
): number {
  const { inputs, hidden, outputs } = shape;
  const { h, a, o } = act;
  for (let j = 0; j < hidden; j++) {
    const row = j * (inputs + 1);
    let sum = w[row + inputs];
    for (let i = 0; i < inputs; i++) sum += w[row + i] * x[xAt + i];
    if (noiseHidden) sum += noiseHidden[j];
    h[j] = sum;
    a[j] = Math.tanh(sum);
  }
  const off = w2Offset(shape);
  let loss = 0;
  for (let k = 0; k < outputs; k++) {
    const row = off + k * (hidden + 1);
    let sum = w[row + hidden];
    for (let j = 0; j < hidden; j++) sum += w[row + j] * a[j];
    if (noiseOut) sum += noiseOut[k];
    o[k] = sum;
    const e = sum - t[tAt + k];
    loss += 0.5 * e * e;
  }
  return loss;
}

/** Starting weights: each weight drawn N(0, gain²/fan-in), the bias included in the fan-in. */
export function initialWeights(shape: NetShape, gain: number, gaussian: () => number, into: Float64Array): void {
  const { inputs, hidden, outputs } = shape;
  const s1 = gain / Math.sqrt(inputs + 1);
  const s2 = gain / Math.sqrt(hidden + 1);
  const off = w2Offset(shape);
  for (let n = 0; n < off; n++) into[n] = s1 * gaussian();
  for (let n = 0; n < outputs * (hidden + 1); n++) into[off + n] = s2 * gaussian();
}

/** Adds scale · delta to w over [start, end) (one learning step of a layer). */
export function addScaled(w: Float64Array, delta: Float64Array, scale: number, start = 0, end = w.length): void {
  for (let n = start; n < end; n++) w[n] += scale * delta[n];
}

/** Cosine of the angle between two vectors (0 when either is zero). */
export function cosine(u: Float64Array, v: Float64Array, start = 0, end = u.length): number {
  let uv = 0;
  let uu = 0;
  let vv = 0;
  for (let n = start; n < end; n++) {
    uv += u[n] * v[n];
    uu += u[n] * u[n];
    vv += v[n] * v[n];
  }
  return uu > 0 && vv > 0 ? uv / Math.sqrt(uu * vv) : 0;
}
