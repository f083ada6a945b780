/** One console line per written tutor asset: for a WAV its duration, voiced share and measured pitch range — a listen-check by analysis. */
import { decodeWav } from '../../plugin/wav';
import { extractSongFeatures } from './songFeatures';

export function describeTutorAsset(name: string, bytes: Uint8Array): string {
  if (!name.endsWith('.wav')) return `${name}: ${bytes.length} bytes`;
  const decoded = decodeWav(bytes);
  if (!decoded.ok) return `${name}: ${decoded.error}`;
  const features = extractSongFeatures(decoded.samples, decoded.sampleRateHz, 5);
  let low = Infinity;
  let high = 0;
  let voiced = 0;
  features.pitchHz.forEach((hz, frame) => {
    if (features.voiced[frame] === 0) return;
    voiced++;
    low = Math.min(low, hz);
    high = Math.max(high, hz);
  });
  const durationMs = (decoded.samples.length / decoded.sampleRateHz) * 1000;
  return `${name}: ${bytes.length} bytes, ${durationMs.toFixed(0)} ms at ${decoded.sampleRateHz} Hz, ` +
    `${voiced}/${features.voiced.length} frames voiced, pitch ${low.toFixed(0)}–${high.toFixed(0)} Hz`;
}
