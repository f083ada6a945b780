/**
 * A teacher link's parameter that was ignored, in whole or in part, and the words for it. The
 * parser (teacherParams.ts) returns these as data; the page shows them on its warning line. The
 * value a link gave is shown as text, shortened, with invisible and direction-changing characters
 * made visible (a link can carry kilobytes, script text or unicode tricks; none of it is ever HTML).
 */
import { t } from '../../i18n/messages';

/** Every reason a value is ignored: each names a message `classroom.reason.<reason>` (a test walks them all). */
export const WARNING_REASONS = [
  'notALevel', 'notOffered', 'notAChapter', 'notALocale', 'notAChoice', 'notASeed',
  'unknownLevels', 'unknownLocks', 'repeated', 'tooLong', 'emptyList', 'fastAtStart', 'seedsDiffer',
] as const;

/** Why a value was ignored. */
export type WarningReason = (typeof WARNING_REASONS)[number];

export interface ParamWarning {
  /** The parameter's name as the link spelled it ("levels", "randomSeed"). */
  readonly param: string;
  /** The value as given (not yet shortened). */
  readonly value: string;
  readonly reason: WarningReason;
  /** The message's own parameters (a count, the accepted choices). */
  readonly details?: Readonly<Record<string, string | number>>;
  /** Part of the value was used (the rest left out), rather than none of it. */
  readonly partly?: boolean;
}

/** At most this many characters of a link's value are shown. */
export const SHOWN_VALUE_CHARS = 40;

/**
 * `text` made safe and short for one line: control, format (bidi overrides, zero-width) and line
 * separator characters become "�" so they are seen rather than obeyed; runs of spaces become one;
 * past `maxChars` characters (code points) it is cut with "…".
 */
export function shownValue(text: string, maxChars = SHOWN_VALUE_CHARS): string {
  const flat = text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '\uFFFD').replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= maxChars ? flat : `${chars.slice(0, maxChars).join('')}…`;
}

/** One warning in words, in the page's language. */
export function warningText(warning: ParamWarning): string {
  const reason = t(`classroom.reason.${warning.reason}`, warning.details);
  const key = warning.partly === true ? 'classroom.warning.partly' : 'classroom.warning.ignored';
  return t(key, { param: warning.param, value: shownValue(warning.value), reason });
}
