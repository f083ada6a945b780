/**
 * A level error's reason in the page's language (no DOM; the editor's problems list and the open-level
 * dialog use it). English pages show the loader's own English with the schema's symbols in words
 * ("must be at most 20000", not "must be ≤ 20000"); other languages word an error from its code and
 * parameters (levels/errors.ts LEVEL_ERROR_CODES), and fall back to the English for the checks that
 * have no code yet.
 */
import { translatedOr } from '../i18n/definedWords';
import { getLocale, intlLocale, t } from '../i18n/messages';
import { parsePath, type LevelError } from '../levels/errors';
import { pathWords } from './pathWords';

const SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/must be ≤ /g, 'must be at most '],
  [/must be ≥ /g, 'must be at least '],
  [/must be < /g, 'must be less than '],
  [/must be > /g, 'must be more than '],
];

function englishReason(error: Pick<LevelError, 'message'>): string {
  let message = error.message;
  for (const [symbol, words] of SYMBOLS) message = message.replace(symbol, words);
  return message;
}

/** The value an error says it got, in words ("nada", "una lista de 3 elementos", "\"x\""). */
function gotWords(params: Readonly<Record<string, string | number>>): string {
  const kind = String(params.gotKind ?? 'other');
  const text = String(params.gotText ?? '');
  return t(`game.levelError.got.${kind}`, { text, count: Number(text) || 0 });
}

/** "a number or a text" as the page's language lists alternatives. */
function expectedWords(expected: string): string {
  const kinds = expected.split('|').map((kind) => t(`game.levelError.expected.${kind}`));
  return new Intl.ListFormat(intlLocale(), { type: 'disjunction' }).format(kinds);
}

/**
 * The words of the field a limit comes from (`limitField`: a sibling of the field in error, such as a
 * pruning schedule's growthEpochs), as its form names it; null when the path cannot be read.
 */
function limitFieldWords(path: string | undefined, field: string): string | null {
  const segments = path === undefined ? undefined : parsePath(path);
  if (segments === undefined || segments.length === 0) return null;
  const place = pathWords([...segments.slice(0, -1), field]).split(' › ');
  return place[place.length - 1];
}

/** The reason of a coded error in the page's language. */
export function codedReason(error: Pick<LevelError, 'code' | 'params'> & { readonly path?: string }): string {
  const params = error.params ?? {};
  const words: Record<string, string | number> = { ...params };
  if ('gotKind' in params) words.got = gotWords(params);
  if ('expected' in params) words.expected = expectedWords(String(params.expected));
  if ('limit' in params && /Items|Chars/.test(error.code ?? '')) words.count = Number(params.limit);
  const reason = t(`game.levelError.${error.code}`, words);
  // A limit set by another field says which, so the player knows what else to change.
  const field = 'limitField' in params ? limitFieldWords(error.path, String(params.limitField)) : null;
  return field === null ? reason : t('game.levelError.limitFromField', { reason, limit: params.limit, field });
}

/** Whether the page speaks the loader's own English (then its messages are shown as they are). */
export function speaksLoaderEnglish(locale: string = getLocale()): boolean {
  return translatedOr('game.levelError.required', 'english', undefined, locale) === 'english';
}

/** Why the level is refused there, in the page's language. */
export function levelErrorReason(error: Pick<LevelError, 'message' | 'code' | 'params'>): string {
  return error.code === undefined || speaksLoaderEnglish() ? englishReason(error) : codedReason(error);
}
