/**
 * WAV (RIFF/WAVE) encoding and a defensive decoder for recordings a circuit imports or exports (a tutor song).
 *
 * encodeWav writes 16-bit PCM mono. decodeWav accepts PCM 8/16/24/32-bit and IEEE float 32/64-bit
 * (plain or WAVE_FORMAT_EXTENSIBLE), any channel count up to WAV_MAX_CHANNELS mixed down to mono,
 * skips chunks it does not know, and never throws: every malformed, truncated or oversized file comes
 * back as { ok: false, error } with a message that names the problem.
 */

export type WavDecodeResult =
  | { ok: true; samples: Float32Array; sampleRateHz: number }
  | { ok: false; error: string };

/** Longest recording accepted: a tutor song is about a second; a minute leaves room for a recording session. */
export const WAV_MAX_DURATION_S = 60;
export const WAV_MIN_SAMPLE_RATE_HZ = 4000;
export const WAV_MAX_SAMPLE_RATE_HZ = 384000;
export const WAV_MAX_CHANNELS = 8;

const FORMAT_PCM = 1;
const FORMAT_IEEE_FLOAT = 3;
const FORMAT_EXTENSIBLE = 0xfffe;
const HEADER_BYTES = 44;

function writeAscii(view: DataView, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
}

/** 16-bit PCM mono RIFF/WAVE bytes for samples in [-1, 1] (clamped; NaN becomes 0). */
export function encodeWav(samples: Float32Array, sampleRateHz: number): Uint8Array {
  const rate = Math.round(sampleRateHz);
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  writeAscii(view, 0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  writeAscii(view, 8, 'WAVE');
  writeAscii(view, 12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, FORMAT_PCM, true);
  view.setUint16(22, 1, true); // channels
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  writeAscii(view, 36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let n = 0; n < samples.length; n++) {
    const x = samples[n];
    const clamped = x > 1 ? 1 : x < -1 ? -1 : x === x ? x : 0;
    view.setInt16(HEADER_BYTES + 2 * n, Math.round(clamped * 32767), true);
  }
  return bytes;
}

function readAscii(view: DataView, offset: number): string {
  let text = '';
  for (let i = 0; i < 4; i++) text += String.fromCharCode(view.getUint8(offset + i));
  return text;
}

/** Printable form of a chunk id for error messages (hostile ids may hold control bytes). */
function printableId(id: string): string {
  return JSON.stringify(id);
}

interface WavFormat {
  encoding: 'pcm' | 'float';
  channels: number;
  sampleRateHz: number;
  bitsPerSample: number;
  blockAlign: number;
}

type FormatResult = { ok: true; format: WavFormat } | { ok: false; error: string };

function parseFormat(view: DataView, offset: number, size: number): FormatResult {
  if (size < 16) return { ok: false, error: `WAV: 'fmt ' chunk is ${size} bytes, needs at least 16` };
  let formatTag = view.getUint16(offset, true);
  const channels = view.getUint16(offset + 2, true);
  const sampleRateHz = view.getUint32(offset + 4, true);
  const blockAlign = view.getUint16(offset + 12, true);
  const bitsPerSample = view.getUint16(offset + 14, true);
  if (formatTag === FORMAT_EXTENSIBLE) {
    if (size < 40) return { ok: false, error: `WAV: extensible 'fmt ' chunk is ${size} bytes, needs 40` };
    // The sub-format GUID starts with the plain format code.
    formatTag = view.getUint16(offset + 24, true);
  }
  if (formatTag !== FORMAT_PCM && formatTag !== FORMAT_IEEE_FLOAT) {
    return { ok: false, error: `WAV: format code ${formatTag} is not supported (only PCM = 1 and IEEE float = 3)` };
  }
  if (channels === 0) return { ok: false, error: 'WAV: the file declares 0 channels' };
  const encoding = formatTag === FORMAT_PCM ? 'pcm' : 'float';
  const supportedBits = encoding === 'pcm' ? [8, 16, 24, 32] : [32, 64];
  if (channels > WAV_MAX_CHANNELS || !supportedBits.includes(bitsPerSample)) {
    return {
      ok: false,
      error:
        `WAV: ${channels} channel${channels === 1 ? '' : 's'} of ${bitsPerSample}-bit ${encoding === 'pcm' ? 'PCM' : 'float'} ` +
        `samples are not supported (1–${WAV_MAX_CHANNELS} channels of PCM 8/16/24/32-bit or float 32/64-bit)`,
    };
  }
  if (sampleRateHz < WAV_MIN_SAMPLE_RATE_HZ || sampleRateHz > WAV_MAX_SAMPLE_RATE_HZ) {
    return {
      ok: false,
      error: `WAV: sample rate ${sampleRateHz} Hz is outside ${WAV_MIN_SAMPLE_RATE_HZ}–${WAV_MAX_SAMPLE_RATE_HZ} Hz`,
    };
  }
  const expectedBlockAlign = (channels * bitsPerSample) / 8;
  if (blockAlign !== expectedBlockAlign) {
    return {
      ok: false,
      error: `WAV: block align ${blockAlign} does not match ${channels} channel(s) × ${bitsPerSample} bits (${expectedBlockAlign} bytes)`,
    };
  }
  return { ok: true, format: { encoding, channels, sampleRateHz, bitsPerSample, blockAlign } };
}

/** Reads one sample (−1..1) of the given encoding at a byte offset. */
function readSample(view: DataView, offset: number, format: WavFormat): number {
  if (format.encoding === 'float') {
    const value = format.bitsPerSample === 32 ? view.getFloat32(offset, true) : view.getFloat64(offset, true);
    if (!Number.isFinite(value)) return 0;
    return value > 1 ? 1 : value < -1 ? -1 : value;
  }
  switch (format.bitsPerSample) {
    case 8:
      return (view.getUint8(offset) - 128) / 128;
    case 16:
      return view.getInt16(offset, true) / 32768;
    case 24: {
      const unsigned = view.getUint8(offset) | (view.getUint8(offset + 1) << 8) | (view.getUint8(offset + 2) << 16);
      return (unsigned >= 0x800000 ? unsigned - 0x1000000 : unsigned) / 8388608;
    }
    default:
      return view.getInt32(offset, true) / 2147483648;
  }
}

/** Decodes WAV bytes to mono samples in [-1, 1]; see the file comment for what is accepted. Never throws. */
export function decodeWav(bytes: Uint8Array): WavDecodeResult {
  if (!(bytes instanceof Uint8Array)) return { ok: false, error: 'WAV: input is not a byte array' };
  if (bytes.byteLength < 12) {
    return { ok: false, error: `WAV: file is ${bytes.byteLength} bytes, too short for a RIFF header (12 bytes)` };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riff = readAscii(view, 0);
  if (riff !== 'RIFF') {
    const hint = riff === 'RIFX' || riff === 'RF64' ? ` (${riff} files are not supported)` : '';
    return { ok: false, error: `WAV: missing 'RIFF' magic at the start, found ${printableId(riff)}${hint}` };
  }
  const wave = readAscii(view, 8);
  if (wave !== 'WAVE') return { ok: false, error: `WAV: RIFF form is ${printableId(wave)}, not 'WAVE'` };

  let format: WavFormat | undefined;
  let dataOffset = -1;
  let dataBytes = 0;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength) {
    const id = readAscii(view, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    const available = bytes.byteLength - body;
    if (id === 'fmt ') {
      if (format !== undefined) return { ok: false, error: "WAV: more than one 'fmt ' chunk" };
      if (size > available) {
        return { ok: false, error: `WAV: 'fmt ' chunk claims ${size} bytes but only ${available} remain (truncated file)` };
      }
      const parsed = parseFormat(view, body, size);
      if (!parsed.ok) return parsed;
      format = parsed.format;
    } else if (id === 'data') {
      if (format === undefined) return { ok: false, error: "WAV: 'data' chunk comes before the 'fmt ' chunk" };
      if (size > available) {
        return { ok: false, error: `WAV: 'data' chunk claims ${size} bytes but only ${available} remain (truncated file)` };
      }
      dataOffset = body;
      dataBytes = size;
      break;
    }
    // Unknown chunks (LIST, fact, cue, …) are skipped; chunks are padded to an even length.
    offset = body + size + (size % 2);
  }
  if (format === undefined) return { ok: false, error: "WAV: missing 'fmt ' chunk" };
  if (dataOffset < 0) return { ok: false, error: "WAV: missing 'data' chunk" };

  const frameCount = Math.floor(dataBytes / format.blockAlign);
  if (frameCount === 0) return { ok: false, error: "WAV: 'data' chunk holds no complete sample frame" };
  const durationS = frameCount / format.sampleRateHz;
  if (durationS > WAV_MAX_DURATION_S) {
    return { ok: false, error: `WAV: recording is ${durationS.toFixed(1)} s long, the limit is ${WAV_MAX_DURATION_S} s` };
  }
  const samples = new Float32Array(frameCount);
  const bytesPerSample = format.bitsPerSample / 8;
  const channels = format.channels;
  for (let frame = 0; frame < frameCount; frame++) {
    const frameOffset = dataOffset + frame * format.blockAlign;
    let sum = 0;
    for (let channel = 0; channel < channels; channel++) {
      sum += readSample(view, frameOffset + channel * bytesPerSample, format);
    }
    samples[frame] = sum / channels;
  }
  return { ok: true, samples, sampleRateHz: format.sampleRateHz };
}
