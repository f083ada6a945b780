/**
 * Temporally specific credit assignment. The critic does not hand RA one number per song: it judges
 * each syllable, like the performance-error signal of the VTA neurons that project to Area X, which
 * dips within tens of ms of a distorted syllable and not at other times (Gadagkar et al. 2016), and
 * like the pitch-contingent white noise whose effect is confined to the targeted syllable (Tumer &
 * Brainard 2007). Each HVC(RA) neuron bursts once per motif (Hahnloser et al. 2002), so its synapses'
 * eligibility is confined to a few tens of ms of the song; they take the reinforcement of the
 * syllables their motor effect lands in:
 *
 *   δ_j = Σ_{k ∈ W_j} (R_k − R̄_k),
 *
 * R_k = −e_k + noise the critic's reinforcement of song frame k (E = Σ_k e_k, songCritic.ts), R̄_k
 * its running mean, and W_j the frames of every syllable that song time [t_j − lead, t_j − lead +
 * creditWindowMs) overlaps (t_j: the neuron's burst time in the rendition; a syllable owns the frames
 * from the middle of the gap before it to the middle of the gap after it). A whole syllable, because
 * the outcome is one for the syllable: the noise covers all of it, whichever of its moments made its
 * pitch low. Since Σ_k δ_k = R − R̄, this is the rule of Fiete, Fee & Seung (2007) with the other
 * syllables' fluctuations (pure noise for synapse j: its neuron did not act there) left out.
 */

/** A syllable's span of template frames (end exclusive). */
interface Span { readonly startFrame: number; readonly endFrame: number }

/** First frame of each syllable's credit segment, then `frames`: segments meet in the middle of each gap. */
export function creditSegmentBounds(syllables: readonly Span[], frames: number): Int32Array {
  const bounds = new Int32Array(Math.max(1, syllables.length) + 1);
  for (let s = 1; s < syllables.length; s++) bounds[s] = Math.floor((syllables[s - 1].endFrame + syllables[s].startFrame) / 2);
  bounds[bounds.length - 1] = frames;
  return bounds;
}

/**
 * Per HVC neuron j: [2j] first and [2j+1] end (exclusive) of the song frames whose reinforcement it
 * takes: the frames its motor effect lands in, widened to whole segments (segmentBounds).
 */
export function creditWindows(burstStartTicks: Int32Array, leadTicks: number, frameTicks: number, segmentBounds: Int32Array, windowTicks: number): Int32Array {
  const frames = segmentBounds[segmentBounds.length - 1];
  const windows = new Int32Array(2 * burstStartTicks.length);
  for (let j = 0; j < burstStartTicks.length; j++) {
    const songTick = burstStartTicks[j] - leadTicks;
    const first = Math.min(frames - 1, Math.max(0, Math.floor(songTick / frameTicks)));
    const last = Math.min(frames - 1, Math.max(first, Math.ceil((songTick + windowTicks) / frameTicks) - 1));
    let s = 0;
    while (segmentBounds[s + 1] <= first) s++;
    windows[2 * j] = segmentBounds[s];
    while (segmentBounds[s + 1] <= last) s++;
    windows[2 * j + 1] = segmentBounds[s + 1];
  }
  return windows;
}

/** deltaOfHvc[j] = Σ over j's window of frameDelta (the reinforcement minus baseline of each frame). */
export function hvcDeltas(deltaOfHvc: Float64Array, windows: Int32Array, frameDelta: Float64Array): void {
  for (let j = 0; j < deltaOfHvc.length; j++) {
    let sum = 0;
    for (let k = windows[2 * j]; k < windows[2 * j + 1]; k++) sum += frameDelta[k];
    deltaOfHvc[j] = sum;
  }
}
