/**
 * How a synapse looks: excitatory synapses warm red, inhibitory periwinkle blue (hues kept apart
 * from the population colours of palette.ts, so a line is never mistaken for a population),
 * brighter and thicker the stronger they are. Strength is |weight| relative to a reference (the
 * rule's wMax, or the largest |weight| seen in the projection), so a learning synapse visibly grows.
 */

export const excitatoryColor = 0xff6a4d;
export const inhibitoryColor = 0x8c9cff;
/** Colours of a selected neuron's incoming and outgoing synapses. */
export const incomingColor = 0x7ef0c8;
export const outgoingColor = 0xff8fd8;

export const minLinePx = 0.6;
export const maxLinePx = 4;

/** Strength in [0, 1]: |weight| / reference, clamped; 0 when the reference is not positive. */
export function relativeStrength(weight: number, reference: number): number {
  if (!(reference > 0) || !Number.isFinite(weight)) return 0;
  return Math.min(1, Math.abs(weight) / reference);
}

/** Line thickness in CSS pixels for a strength in [0, 1]. */
export function lineWidthPx(strength: number): number {
  return minLinePx + (maxLinePx - minLinePx) * Math.min(1, Math.max(0, strength));
}

/** An inhibitory synapse: its receptor says so, or (current-mode levels) its weight is negative. */
export function isInhibitory(receptor: number, weight: number): boolean {
  return receptor === 1 || weight < 0;
}

/**
 * Colour for a strength: the receptor's hue, from 30 % brightness for a silent synapse to 100 % for
 * one at the reference, so weak synapses recede into the dark background.
 */
export function synapseColor(inhibitory: boolean, strength: number): number {
  return scaleColor(inhibitory ? inhibitoryColor : excitatoryColor, 0.3 + 0.7 * Math.min(1, Math.max(0, strength)));
}

/** Each RGB channel multiplied by `factor` (0..1). */
export function scaleColor(color: number, factor: number): number {
  const f = Math.min(1, Math.max(0, factor));
  const r = Math.round(((color >> 16) & 0xff) * f);
  const g = Math.round(((color >> 8) & 0xff) * f);
  const b = Math.round((color & 0xff) * f);
  return (r << 16) | (g << 8) | b;
}

/** Linear mix of two colours, t = 0 gives `from`, t = 1 gives `to`. */
export function mixColor(from: number, to: number, t: number): number {
  const k = Math.min(1, Math.max(0, t));
  const mix = (shift: number) => Math.round(((from >> shift) & 0xff) * (1 - k) + ((to >> shift) & 0xff) * k);
  return (mix(16) << 16) | (mix(8) << 8) | mix(0);
}
