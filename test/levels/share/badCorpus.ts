/**
 * A corpus of bad level files, bundles and links, generated in code (no randomness: every case is
 * written out or derived from a built-in level by a fixed rule). Each case says what its error must
 * name: a pattern for the messages and, where the problem has one, the field path.
 */
import { readFileSync } from 'node:fs';
import { zlibSync, gzipSync, deflateSync } from 'fflate';
import { encodeBase64url } from '../../../src/levels/share/base64url';
import { encodeWav } from '../../../src/circuits/plugin/wav';
import { makeZip } from './zipCraft';

export interface BadCase {
  readonly name: string;
  /** A file as chosen or dropped, or a link. */
  readonly file?: { name: string; bytes: Uint8Array };
  readonly link?: string;
  /** Must match one of the error lines ("path: message"). */
  readonly expect: RegExp;
}

export const BASE_TEXT = readFileSync(new URL('../../../levels/stdp-pairing.json', import.meta.url), 'utf8');
export const WAV_LEVEL_TEXT = (() => {
  const data = JSON.parse(readFileSync(new URL('../../../levels/songbird-wav-tutor.json', import.meta.url), 'utf8')) as { circuits: Array<{ tutor: { wav: string } }> };
  data.circuits[0].tutor.wav = 'tutor.wav';
  return JSON.stringify(data);
})();
export const GOOD_WAV = encodeWav(new Float32Array(8000).map((_, i) => Math.sin(i / 5) * 0.5), 16000);

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const base = (): Record<string, any> => JSON.parse(BASE_TEXT) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const jsonFile = (name: string, text: string): { name: string; bytes: Uint8Array } => ({ name, bytes: encode(text) });
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Sets `value` at a dotted/bracketed path of `data` (made-up paths are created). */
function setAt(data: Record<string, unknown>, path: Array<string | number>, value: unknown): void {
  let node: any = data; // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
}

function formatted(path: Array<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Every leaf (number, string, boolean) of the base level, with its path. */
function leaves(node: unknown, path: Array<string | number> = [], out: Array<{ path: Array<string | number>; value: unknown }> = []) {
  if (Array.isArray(node)) node.forEach((v, i) => leaves(v, [...path, i], out));
  else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) leaves(v, [...path, k], out);
  else out.push({ path, value: node });
  return out;
}

function malformedJson(): BadCase[] {
  const cases: BadCase[] = [];
  // Cut off at 24 places through the file: each is unexpected end or a broken token.
  for (let i = 1; i <= 24; i++) {
    const cut = Math.floor((BASE_TEXT.length * i) / 25);
    cases.push({ name: `json cut at ${cut}`, file: jsonFile('cut.json', BASE_TEXT.slice(0, cut)), expect: /^\(root\): invalid JSON at line \d+, column \d+: / });
  }
  const broken: Array<[string, string]> = [
    ['trailing comma', BASE_TEXT.replace('"seed"', '"seed": 1,,"x"')],
    ['single quotes', BASE_TEXT.replace('"title"', '\'title\'')],
    ['comment', `// my level\n${BASE_TEXT}`],
    ['NaN', BASE_TEXT.replace(/"dtMs": [0-9.]+/, '"dtMs": NaN')],
    ['Infinity', BASE_TEXT.replace(/"dtMs": [0-9.]+/, '"dtMs": Infinity')],
    ['two documents', `${BASE_TEXT}${BASE_TEXT}`],
    ['raw newline in string', BASE_TEXT.replace('"title": "', '"title": "line\n')],
    ['bad escape', BASE_TEXT.replace('"title": "', '"title": "\\q')],
    ['unquoted key', BASE_TEXT.replace('"seed"', 'seed')],
    ['empty object text', '{'],
  ];
  for (const [name, text] of broken) cases.push({ name: `json ${name}`, file: jsonFile('bad.json', text), expect: /invalid JSON at line \d+, column \d+/ });
  cases.push({ name: 'json is an array', file: jsonFile('a.json', '[1,2,3]'), expect: /a level must be a JSON object/ });
  cases.push({ name: 'json is a string', file: jsonFile('a.json', '"level"'), expect: /a level must be a JSON object/ });
  cases.push({ name: 'json is null', file: jsonFile('a.json', 'null'), expect: /a level must be a JSON object/ });
  cases.push({ name: 'empty file', file: jsonFile('a.json', ''), expect: /the file is empty/ });
  cases.push({ name: 'not utf-8', file: { name: 'a.json', bytes: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }, expect: /not text/ });
  cases.push({ name: 'a png', file: { name: 'a.json', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]) }, expect: /not text/ });
  return cases;
}

function wrongTypes(): BadCase[] {
  const cases: BadCase[] = [];
  for (const { path, value } of leaves(base())) {
    if (path[0] === '$schema') continue;
    const wrong = typeof value === 'number' ? 'abc' : typeof value === 'string' ? 12345 : 'yes';
    const data = base();
    setAt(data, path, wrong);
    // The error is at the field, or at the object a discriminator (rule, kind) chooses the form of.
    const at = formatted(path);
    const parent = formatted(path.slice(0, -1));
    cases.push({ name: `wrong type at ${at}`, file: jsonFile('t.json', JSON.stringify(data)), expect: new RegExp(`^(${escape(at)}|${escape(parent)}): `) });
  }
  return cases;
}

function hugeSizes(): BadCase[] {
  const big = (path: Array<string | number>, value: unknown, expect: RegExp): BadCase => {
    const data = base();
    setAt(data, path, value);
    return { name: `huge ${formatted(path)}`, file: jsonFile('h.json', JSON.stringify(data)), expect };
  };
  return [
    big(['populations', 0, 'count'], 1e9, /^populations\[0\]\.count: must be ≤ 100000, got 1000000000$/),
    big(['populations', 1, 'count'], 100_001, /^populations\[1\]\.count: must be ≤ 100000/),
    big(['durationMs'], 1e12, /^durationMs: must be ≤ 100000000/),
    big(['dtMs'], 1e6, /^dtMs: must be ≤ 10/),
    big(['seed'], 2 ** 40, /^seed: must be ≤ 4294967295/),
    big(['title'], 'x'.repeat(100_000), /^title: must have at most 200 characters, got 100000$/),
    big(['description'], 'y'.repeat(50_000), /^description: must have at most 2000 characters/),
    big(['populations'], Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, type: 'cell', count: 1 })), /^populations: must have at most 200 items, got 300$/),
    big(['projections', 0, 'weight'], 1e300, /^projections\[0\]\.weight: /),
    big(['lesson', 'hints'], Array.from({ length: 5000 }, () => 'hint'), /^lesson\.hints: must have at most \d+ items, got 5000$/),
    { name: 'file over the size limit', file: { name: 'big.json', bytes: new Uint8Array(8_000_001).fill(0x20) }, expect: /^\(root\): the file is 8\.0 MB; a level file may be at most 8\.0 MB$/ },
  ];
}

function deepNesting(): BadCase[] {
  const cases: BadCase[] = [];
  for (const depth of [40, 100, 1000, 100_000]) {
    const text = BASE_TEXT.replace('"seed"', `"deep": ${'['.repeat(depth)}${']'.repeat(depth)}, "seed"`);
    cases.push({ name: `nested ${depth} deep`, file: jsonFile('deep.json', text), expect: /^deep(\[0\])+: is nested deeper than 32 levels$/ });
  }
  const objects = BASE_TEXT.replace('"seed"', `"deep": ${'{"a":'.repeat(50)}1${'}'.repeat(50)}, "seed"`);
  cases.push({ name: 'nested objects 50 deep', file: jsonFile('deep.json', objects), expect: /^deep(\.a)+: is nested deeper than 32 levels$/ });
  return cases;
}

const SCRIPTS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><svg onload=alert(1)>'];

/** Markup where a level allows only ids, names from a list, or file paths (in free text it is shown as text). */
function scriptInFields(): BadCase[] {
  const cases: BadCase[] = [];
  const fields: Array<[Array<string | number>, RegExp]> = [
    [['id'], /^id: must be a letter followed by/],
    [['populations', 0, 'id'], /^populations\[0\]\.id: must be a letter followed by/],
    [['projections', 0, 'from'], /^projections\[0\]\.from: must be a letter followed by/],
    [['populations', 0, 'type'], /^populations\[0\]\.type: must be a letter followed by/],
    [['projections', 0, 'receptor'], /^projections\[0\]\.receptor: must be one of/],
  ];
  for (const script of SCRIPTS) {
    for (const [path, expect] of fields) {
      const data = base();
      setAt(data, path, script);
      cases.push({ name: `script ${JSON.stringify(script)} in ${formatted(path)}`, file: jsonFile('s.json', JSON.stringify(data)), expect });
    }
    const wav = JSON.parse(WAV_LEVEL_TEXT) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    wav.circuits[0].tutor.wav = script;
    cases.push({ name: `script in a recording path ${JSON.stringify(script)}`, file: jsonFile('s.json', JSON.stringify(wav)), expect: /^circuits\[0\]\.tutor\.wav: must be a path relative to the level file's folder/ });
  }
  return cases;
}

function pollutionKeys(): BadCase[] {
  const cases: BadCase[] = [];
  const places: Array<[string, string]> = [
    ['top', '"seed"'], ['population', '"label": "Presynaptic"'], ['plasticity', '"aPlus"'], ['lesson', '"intro"'],
  ];
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    for (const [where, anchor] of places) {
      const text = BASE_TEXT.replace(anchor, `"${key}": {"polluted": true}, ${anchor}`);
      cases.push({ name: `${key} key in ${where}`, file: jsonFile('p.json', text), expect: new RegExp(`${escape(`["${key}"]`)}|${key}: the key "${key}" is not allowed`) });
    }
  }
  return cases;
}

function versions(): BadCase[] {
  const at = (version: unknown, expect: RegExp): BadCase => ({ name: `schemaVersion ${JSON.stringify(version)}`, file: jsonFile('v.json', BASE_TEXT.replace(/"schemaVersion": \d+/, `"schemaVersion": ${JSON.stringify(version)}`)), expect });
  const newer = /^schemaVersion: this level was made for format \d+; this build reads up to 3 \(update Synaptica to open it\)$/;
  return [
    at(4, newer), at(5, newer), at(99, newer), at(1_000_000, newer),
    at('3', /^schemaVersion: must be a whole number ≥ 0, got "3"$/), at(2.5, /^schemaVersion: must be a whole number/), at(-1, /^schemaVersion: must be a whole number/),
    at(null, /^schemaVersion: must be a whole number/),
    { name: 'schemaVersion missing', file: jsonFile('v.json', BASE_TEXT.replace(/"schemaVersion": \d+,/, '')), expect: /^schemaVersion: is required \(this build reads format 3\)$/ },
  ];
}

export function badFiles(): BadCase[] {
  return [...malformedJson(), ...wrongTypes(), ...hugeSizes(), ...deepNesting(), ...scriptInFields(), ...pollutionKeys(), ...versions()];
}

/** Raw compressions a link must refuse: the wrong format, or none. */
export function wrongCompressions(text: string): Array<[string, Uint8Array, RegExp]> {
  const bytes = encode(text);
  const zlib = zlibSync(bytes);
  const badChecksum = zlib.slice();
  badChecksum[badChecksum.length - 1] ^= 0xff;
  return [
    ['gzip instead of zlib', gzipSync(bytes), /does not start as a compressed level does/],
    ['raw deflate without a header', deflateSync(bytes), /does not start as a compressed level does|damaged/],
    ['not compressed at all', bytes, /does not start as a compressed level does/],
    ['zlib with a wrong checksum', badChecksum, /the checksum does not match/],
    ['zlib cut short', zlib.subarray(0, Math.floor(zlib.length / 2)), /damaged|ends too early|checksum/],
    ['zlib with a preset dictionary flag', Uint8Array.from([0x78, 0xbb, ...zlib.subarray(2)]), /preset dictionary/],
    ['zlib of bytes that are not text', zlibSync(new Uint8Array([0xff, 0xfe, 0x00, 0xc3])), /not UTF-8 text/],
    ['zlib bomb', zlibSync(new Uint8Array(3_000_000)), /unpacks to more than 2000000 bytes/],
    ['empty zlib', zlibSync(new Uint8Array(0)), /invalid JSON|empty|end of file/],
  ];
}

export const b64 = encodeBase64url;
export { makeZip };
