/** Writes the tutor assets (assets/tutors/*.wav and *.template.json) — `npm run tutors`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSongFeatures } from '../circuits/songbird/audio/songFeatures';
import { decodeWav } from '../circuits/songbird/audio/wav';
import { tutorAssetFiles } from './tutorAssets';

export const TUTOR_ASSET_DIR = fileURLToPath(new URL('../../assets/tutors/', import.meta.url));

/** One line per WAV: duration, voiced share and measured pitch range — a listen-check by analysis. */
function describeWav(name: string, bytes: Uint8Array): string {
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

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(TUTOR_ASSET_DIR, { recursive: true });
  for (const [name, bytes] of tutorAssetFiles()) {
    writeFileSync(join(TUTOR_ASSET_DIR, name), bytes);
    console.log(name.endsWith('.wav') ? describeWav(name, bytes) : `${name}: ${bytes.length} bytes`);
  }
}
