/**
 * A level problem as a sentence a player or teacher reads: the field path (or "The file" for the
 * whole file) and the reason, with the schema's symbols in words ("must be at most 20000", not
 * "must be ≤ 20000"). Pure: the dialog shows the result as text.
 */
import type { LevelError } from '../../levels/errors';

const SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/must be ≤ /g, 'must be at most '],
  [/must be ≥ /g, 'must be at least '],
  [/must be < /g, 'must be less than '],
  [/must be > /g, 'must be more than '],
];

export function problemInWords(error: LevelError): string {
  let message = error.message;
  for (const [symbol, words] of SYMBOLS) message = message.replace(symbol, words);
  if (error.path === '') return message.charAt(0).toUpperCase() + message.slice(1);
  return `${error.path}: ${message}`;
}
