/**
 * JSON text to data, with syntax errors reported as `line L, column C: reason`. JSON.parse does
 * the parsing; when it fails, a small iterative scanner finds where (engines word and place their
 * own messages differently, and some give no position at all).
 */
import type { LevelError } from './errors';
import { MAX_TEXT_LENGTH } from './sanitize';

export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; errors: LevelError[] } {
  if (text.length > MAX_TEXT_LENGTH) {
    return { ok: false, errors: [{ path: '', message: `file is too large: ${text.length} characters (at most ${MAX_TEXT_LENGTH})`, code: 'fileTooLarge', params: { length: text.length, limit: MAX_TEXT_LENGTH } }] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const { offset, reason } = locateJsonError(body);
    const { line, column } = lineAndColumn(body, offset);
    return { ok: false, errors: [{ path: '', message: `invalid JSON at line ${line}, column ${column}: ${reason}`, code: 'invalidJson', params: { line, column } }] };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_CHAR_ESCAPE = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;

/** Finds the offset and reason of the first JSON syntax error (iterative: deep nesting is fine). */
export function locateJsonError(text: string): { offset: number; reason: string } {
  const stack: ('{' | '[')[] = [];
  let i = 0;
  // what the scanner expects next
  type Expect = 'value' | 'keyOrEnd' | 'key' | 'colon' | 'commaOrEnd' | 'valueOrEnd' | 'done';
  let expect = 'value' as Expect;
  const skipWs = () => { while (i < text.length && WS.has(text[i])) i++; };
  const show = (ch: string) => JSON.stringify(ch);
  const scanString = (): string | undefined => {
    // text[i] is the opening quote
    let j = i + 1;
    while (j < text.length) {
      const ch = text[j];
      if (ch === '"') { i = j + 1; return undefined; }
      if (ch === '\\') {
        const m = STRING_CHAR_ESCAPE.exec(text.slice(j, j + 6));
        if (!m) { i = j; return 'bad escape sequence in string'; }
        j += m[0].length;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) { i = j; return 'control character (such as a raw newline) in string'; }
      j++;
    }
    i = text.length;
    return 'unterminated string';
  };
  const afterValue = (): Expect => (stack.length === 0 ? 'done' : 'commaOrEnd');
  for (;;) {
    skipWs();
    if (i >= text.length) {
      return { offset: i, reason: expect === 'done' ? 'unknown syntax error' : 'unexpected end of file' };
    }
    const ch = text[i];
    if (expect === 'valueOrEnd') {
      if (ch === ']') { i++; stack.pop(); expect = afterValue(); continue; }
      expect = 'value';
    }
    switch (expect) {
      case 'done':
        return { offset: i, reason: `unexpected ${show(ch)} after the end of the document` };
      case 'colon':
        if (ch !== ':') return { offset: i, reason: `expected ":" after a key, got ${show(ch)}` };
        i++; expect = 'value'; continue;
      case 'commaOrEnd': {
        const top = stack[stack.length - 1];
        const close = top === '{' ? '}' : ']';
        if (ch === ',') { i++; expect = top === '{' ? 'key' : 'value'; continue; }
        if (ch === close) { i++; stack.pop(); expect = afterValue(); continue; }
        return { offset: i, reason: `expected "," or "${close}", got ${show(ch)}` };
      }
      case 'keyOrEnd':
      case 'key':
        if (ch === '}' && expect === 'keyOrEnd') { i++; stack.pop(); expect = afterValue(); continue; }
        if (ch === '}') return { offset: i, reason: 'trailing comma before "}"' };
        if (ch !== '"') return { offset: i, reason: `expected a key in double quotes, got ${show(ch)}` };
        {
          const problem = scanString();
          if (problem) return { offset: i, reason: problem };
        }
        expect = 'colon'; continue;
      default: {
        if (ch === ']' && stack[stack.length - 1] === '[') return { offset: i, reason: 'trailing comma before "]"' };
        if (ch === '{') { stack.push('{'); i++; expect = 'keyOrEnd'; continue; }
        if (ch === '[') { stack.push('['); i++; expect = 'valueOrEnd'; continue; }
        if (ch === '"') {
          const problem = scanString();
          if (problem) return { offset: i, reason: problem };
          expect = afterValue(); continue;
        }
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (word !== undefined) { i += word.length; expect = afterValue(); continue; }
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (m && m[0].length > 0) { i += m[0].length; expect = afterValue(); continue; }
        if (text.startsWith('NaN', i) || text.startsWith('Infinity', i)) return { offset: i, reason: 'NaN and Infinity are not allowed in JSON' };
        return { offset: i, reason: `unexpected ${show(ch)} where a value should be` };
      }
    }
  }
}
