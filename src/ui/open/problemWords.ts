/**
 * A level problem as a sentence a player or teacher reads: the field named in words the way the
 * editor's problems list names it ("Time step (ms)"), then the reason with the schema's symbols in
 * words ("must be at most 20000", not "must be ≤ 20000"), then the path in the file in parentheses
 * for a designer who edits the JSON by hand. Pure: the dialog shows the result as text.
 */
import { pathWords } from '../../editor/pathWords';
import { parsePath, type LevelError } from '../../levels/errors';

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
  const segments = parsePath(error.path);
  if (segments === undefined) return `${error.path}: ${message}`;
  return `${pathWords(segments)}: ${message} (in the file: ${error.path})`;
}
