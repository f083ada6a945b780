/**
 * The developing network drawn as it is now: inputs on the left (those that carry the category in
 * one colour, the noise inputs in grey), hidden units in the middle, category outputs on the right,
 * and one line per synapse that exists, brighter the stronger it is. As pruning goes on the lines
 * thin out; words under it say what the colours mean.
 */
import type { Graphics } from 'pixi.js';
import type { DevPruningCircuit } from '../../../circuits/devPruning/devPruningCircuit';
import { w2Offset } from '../../../sim/rateNet/rateNet';
import { plotColors } from '../../palette';

/** Okabe-Ito bluish green: inputs that carry the category. */
export const INFORMATIVE_COLOUR = 0x009e73;
/** Grey: inputs that carry only noise. */
export const NOISE_COLOUR = 0x7a8494;
/** Synapse lines and hidden and output units. */
export const SYNAPSE_COLOUR = 0xe3e8ef;

function columnY(top: number, height: number, count: number, i: number): number {
  return count === 1 ? top + height / 2 : top + (height * i) / (count - 1);
}

/** Draws the network into the box [x, x + w] × [y, y + h]. */
export function drawNetwork(g: Graphics, circuit: DevPruningCircuit, x: number, y: number, w: number, h: number): void {
  const { shape, state, settings } = circuit.development;
  const { inputs, hidden, outputs } = shape;
  const { weights, mask } = state;
  g.rect(x, y, w, h).fill(plotColors.plotArea);
  const pad = Math.min(14, h * 0.06);
  const top = y + pad;
  const height = h - 2 * pad;
  const xIn = x + pad;
  const xHid = x + w / 2;
  const xOut = x + w - pad;
  const off = w2Offset(shape);
  // The strongest synapse sets full brightness, so the picture reads the same at any scale of weights.
  let strongest = 1e-9;
  for (let n = 0; n < weights.length; n++) if (mask[n] > 0) strongest = Math.max(strongest, Math.abs(weights[n]));
  const line = (n: number, x0: number, y0: number, x1: number, y1: number): void => {
    if (mask[n] === 0) return;
    const alpha = 0.12 + 0.88 * Math.min(1, Math.abs(weights[n]) / strongest);
    g.moveTo(x0, y0).lineTo(x1, y1).stroke({ width: 1, color: SYNAPSE_COLOUR, alpha });
  };
  for (let j = 0; j < hidden; j++) {
    const yh = columnY(top, height, hidden, j);
    for (let i = 0; i < inputs; i++) line(j * (inputs + 1) + i, xIn, columnY(top, height, inputs, i), xHid, yh);
  }
  for (let k = 0; k < outputs; k++) {
    const yo = columnY(top, height, outputs, k);
    for (let j = 0; j < hidden; j++) line(off + k * (hidden + 1) + j, xHid, columnY(top, height, hidden, j), xOut, yo);
  }
  const radius = Math.max(2, Math.min(5, height / inputs / 2.5));
  for (let i = 0; i < inputs; i++) g.circle(xIn, columnY(top, height, inputs, i), radius).fill(i < settings.informativeInputs ? INFORMATIVE_COLOUR : NOISE_COLOUR);
  for (let j = 0; j < hidden; j++) g.circle(xHid, columnY(top, height, hidden, j), radius + 1).fill(SYNAPSE_COLOUR);
  for (let k = 0; k < outputs; k++) g.circle(xOut, columnY(top, height, outputs, k), radius + 2).fill(0xe69f00);
}
