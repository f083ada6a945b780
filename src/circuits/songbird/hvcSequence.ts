/**
 * The HVC sequence (Hahnloser, Kozhevnikov & Fee 2002): each HVC_RA projection neuron bursts once
 * per motif, at its own time, and together the bursts tile the motif evenly — a clock whose ticks
 * the RA synapses learn to turn into the song's commands.
 */

/** Rendition-relative tick at which neuron j's drive pulse starts: j·motifTicks/count, rounded. */
export function hvcBurstStartTicks(count: number, motifTicks: number): Int32Array {
  const starts = new Int32Array(count);
  for (let j = 0; j < count; j++) starts[j] = Math.round((j * motifTicks) / Math.max(1, count));
  return starts;
}
