// Words the code defines in English beside what they describe (a circuit's metric names, a trace's
// label, a population's name) and that the string files translate under a key built from stable ids.
// English pages show the code's own English, so the English page never changes; another locale shows
// the translation when its key exists, else the English (a test walks every id so none is missing).
import { DEFAULT_LOCALE, localeInfo } from './locales';
import { getLocale, hasKey, t, type MessageParams } from './messages';

/** The text under `key` in the page's language, or `english` (already filled in) where English is spoken or the key is unknown. */
export function translatedOr(key: string, english: string, params?: MessageParams, locale = getLocale()): string {
  const info = localeInfo(locale);
  if (!info || (locale === DEFAULT_LOCALE && !info.pseudo)) return english;
  return hasKey(key, locale) ? t(key, params, locale) : english;
}
