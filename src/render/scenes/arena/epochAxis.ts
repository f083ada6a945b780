/**
 * How many epochs the arena's x axis spans. A fixed axis of maxEpochs squeezed the interesting part
 * (every rule had learned XOR by epoch 350 of 1500) into a quarter of the plot, so the axis grows with
 * the epochs run and, once every rule has learned, stops a little past the last one to learn: the
 * rest of the run is flat curves. Always a nice number (1, 2 or 5 × 10^k) and at most maxEpochs.
 */
const MIN_EPOCHS = 20;
/** Room after the last rule learned, so its drop is not at the plot's right edge. */
const AFTER_LAST_LEARNED = 1.25;

export function shownEpochs(epochsRun: number, solvedAt: ArrayLike<number>, maxEpochs: number): number {
  let lastSolved = 0;
  let allSolved = solvedAt.length > 0;
  for (let r = 0; r < solvedAt.length; r++) {
    if (solvedAt[r] > 0) lastSolved = Math.max(lastSolved, solvedAt[r]);
    else allSolved = false;
  }
  const wanted = allSolved ? Math.min(epochsRun, AFTER_LAST_LEARNED * lastSolved) : epochsRun;
  return Math.min(maxEpochs, niceCeil(Math.max(MIN_EPOCHS, wanted)));
}

/** The smallest 1, 2 or 5 × 10^k at or above value (value > 0). */
export function niceCeil(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value - 1e-9) return step * magnitude;
  return 10 * magnitude;
}
