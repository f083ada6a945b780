/**
 * A level problem as a sentence a player or teacher reads: the field named in words the way the
 * editor's problems list names it ("Time step (ms)"), then the reason in the page's language
 * (editor/levelErrorWords.ts), then the path in the file in parentheses for a designer who edits
 * the JSON by hand. Pure: the dialog shows the result as text.
 */
import { pathWords } from '../../editor/pathWords';
import { levelErrorReason } from '../../editor/levelErrorWords';
import { t } from '../../i18n/messages';
import { parsePath, type LevelError } from '../../levels/errors';

export function problemInWords(error: Pick<LevelError, 'path' | 'message' | 'code' | 'params'>): string {
  const reason = levelErrorReason(error);
  if (error.path === '') return reason.charAt(0).toUpperCase() + reason.slice(1);
  const segments = parsePath(error.path);
  if (segments === undefined) return `${error.path}: ${reason}`;
  return t('game.levelError.inFile', { place: pathWords(segments), reason, path: error.path });
}

/**
 * Several problems after a lead-in ("No link: …", "Could not bundle: …"): a problem with the whole
 * file is its reason alone (never "(root)"), one at a field is named as problemInWords names it.
 */
export function problemsAfterLeadIn(errors: ReadonlyArray<Pick<LevelError, 'path' | 'message' | 'code' | 'params'>>): string {
  return errors.map((error) => (error.path === '' ? levelErrorReason(error) : problemInWords(error))).join('; ');
}
