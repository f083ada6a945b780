/**
 * Seeded uniform white noise in [−1, 1) for earcons (mulberry32). Not the sim's rng: sounds are not
 * part of the simulation, but a fixed seed keeps every rendered earcon identical run to run, so the
 * WAVs the tests write can be compared.
 */
export function whiteNoiseSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2147483648 - 1;
  };
}
