// Words the code defines in English beside what they describe (a circuit's metric names, a trace's
// label, a population's name) and that the string files translate under a key built from stable ids.
// English pages show the code's own English, so the English page never changes; another locale shows
// the translation when its key exists, else the English (a test walks every id so none is missing).
import { DEFAULT_LOCALE, localeInfo } from './locales';
import { formatNumber, getLocale, hasKey, t, type MessageParams } from './messages';

/** The text under `key` in the page's language, or `english` (already filled in) where English is spoken or the key is unknown. */
export function translatedOr(key: string, english: string, params?: MessageParams, locale = getLocale()): string {
  const info = localeInfo(locale);
  if (!info || (locale === DEFAULT_LOCALE && !info.pseudo)) return english;
  return hasKey(key, locale) ? t(key, params, locale) : english;
}

/**
 * A number the level code rounded for the player, written the page's way ("7,2" in Spanish). English
 * pages keep the code's own digits (`englishDigits`: "7.2", "1234", "1.2e-4"), so they never change.
 */
export function localeDigitsOr(value: number, englishDigits: string, locale = getLocale()): string {
  const info = localeInfo(locale);
  if (!info || (locale === DEFAULT_LOCALE && !info.pseudo)) return englishDigits;
  if (!Number.isFinite(value)) return englishDigits;
  const scientific = /e/i.test(englishDigits);
  // Decimals the English writes stay, trailing zeros included ("0.0 points" is "0,0 puntos").
  const decimals = /\.(\d+)$/.exec(englishDigits)?.[1].length ?? 0;
  return formatNumber(value, scientific ? { notation: 'scientific', maximumFractionDigits: 1 } : { minimumFractionDigits: decimals, maximumFractionDigits: 10 }, locale);
}
