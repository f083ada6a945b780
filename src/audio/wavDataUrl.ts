/** Samples → a base64 `data:audio/wav` URL howler decodes directly (no fetch, nothing to revoke). */
import { encodeWav } from '../circuits/plugin/wav';

export function wavBytesDataUrl(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000; // String.fromCharCode takes arguments: keep each call well under engine limits
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return `data:audio/wav;base64,${btoa(binary)}`;
}

export function wavDataUrl(samples: Float32Array, sampleRateHz: number): string {
  return wavBytesDataUrl(encodeWav(samples, sampleRateHz));
}
