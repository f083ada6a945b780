/**
 * Numbers and arrays as Python source. Arrays travel as base64 of zlib-compressed little-endian
 * bytes (decoded by the script's `unpack`): a million weights stay a few megabytes and load in
 * milliseconds, where a Python list literal would take seconds to parse.
 */
import { deflateSync } from 'node:zlib';
import type { PerNeuron } from './pynnNetwork';

/** A finite number as a Python float literal (repr-exact: JavaScript's shortest round-trip form). */
export function pyNumber(value: number): string {
  if (Number.isNaN(value)) return "float('nan')";
  if (!Number.isFinite(value)) return value > 0 ? "float('inf')" : "-float('inf')";
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** Any text as a Python string literal (JSON's escapes are valid Python escapes). */
export function pyString(value: string): string {
  return JSON.stringify(value);
}

/**
 * Level text (a title, a button's label) as the rest of one `#` comment line. Python ends a line at
 * "\r" as well as "\n", so a raw carriage return in a label would end the comment and start code;
 * a NUL byte makes the whole file unreadable. Every control character (and the Unicode line and
 * paragraph separators, for editors that break lines there) becomes a space.
 */
export function pyCommentText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

const LINE = 100;

function packed(bytes: Uint8Array, dtype: string): string {
  const text = deflateSync(bytes, { level: 9 }).toString('base64');
  if (text.length <= LINE) return `unpack(${pyString(text)}, ${pyString(dtype)})`;
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += LINE) lines.push(`    "${text.slice(i, i + LINE)}"`);
  return `unpack(\n${lines.join('\n')},\n    ${pyString(dtype)})`;
}

/** Float64 values, exact. */
export function pyFloat64Array(values: Float64Array): string {
  return packed(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), '<f8');
}

/** Float values rounded to float32 (7 significant digits), half the size: synapse weights and delays. */
export function pyFloat32Array(values: Float64Array): string {
  const rounded = Float32Array.from(values);
  return packed(new Uint8Array(rounded.buffer), '<f4');
}

export function pyInt32Array(values: Int32Array): string {
  return packed(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), '<i4');
}

export function pyPerNeuron(value: PerNeuron): string {
  return typeof value === 'number' ? pyNumber(value) : pyFloat64Array(value);
}

export function pyNumberList(values: readonly number[]): string {
  return `[${values.map(pyNumber).join(', ')}]`;
}

export function pyIntList(values: readonly number[]): string {
  return `[${values.join(', ')}]`;
}
