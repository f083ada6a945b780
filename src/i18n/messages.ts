// Keyed strings. Every visible string lives in src/i18n/strings/<locale>/<namespace>.json; a key is
// "<namespace>.<name>" (the name may itself contain dots: "game.controls.play"). A message is a string
// with {placeholders}, or an object of plural forms chosen by Intl.PluralRules on the `count` parameter
// ({ "one": "{count} trial", "other": "{count} trials" }). Numbers given as parameters are formatted for
// the locale (0.5 → "0,5" in Spanish); pass a string for an id or a year.
import { DEFAULT_LOCALE, localeInfo } from './locales';
import { STRING_FILES } from './stringFiles';

export type Message = string | Readonly<Record<string, string>>;
export type Catalog = Readonly<Record<string, Message>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/** locale → key → message, from the string files. */
export const CATALOGS: Readonly<Record<string, Catalog>> = (() => {
  const byLocale: Record<string, Record<string, Message>> = {};
  for (const [locale, namespaces] of Object.entries(STRING_FILES)) {
    const catalog = (byLocale[locale] ??= {});
    for (const [namespace, strings] of Object.entries(namespaces)) {
      for (const [name, message] of Object.entries(strings)) catalog[`${namespace}.${name}`] = message;
    }
  }
  return byLocale;
})();

let currentLocale = DEFAULT_LOCALE;

/** Sets the locale every later t() call speaks (the page sets it once at boot). */
export function setLocale(code: string): void {
  if (!localeInfo(code)) throw new Error(`Unknown locale "${code}"`);
  currentLocale = localeInfo(code)!.code;
}

export function getLocale(): string {
  return currentLocale;
}

/** The locale to use with Intl formatters (a pseudo-locale formats as English). */
export function intlLocale(code = currentLocale): string {
  return localeInfo(code)?.pseudo ? DEFAULT_LOCALE : code;
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions, locale = currentLocale): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** A value with an SI unit symbol ("250 ms", "0,5 mV"); symbols are the same in every language. */
export function formatWithUnit(value: number, unitSymbol: string, options?: Intl.NumberFormatOptions, locale = currentLocale): string {
  return `${formatNumber(value, options, locale)}\u00a0${unitSymbol}`;
}

export function hasKey(key: string, locale = currentLocale): boolean {
  return sourceLocaleOf(locale) in CATALOGS && key in CATALOGS[sourceLocaleOf(locale)];
}

function sourceLocaleOf(locale: string): string {
  return localeInfo(locale)?.pseudo ? DEFAULT_LOCALE : intlLocale(locale);
}

/**
 * The message for a key in the current locale with its parameters filled in. A key missing from a
 * translation falls back to English (a test keeps that from shipping); a key missing everywhere shows
 * the key itself in brackets so it is seen, never a blank.
 */
export function t(key: string, params?: MessageParams, locale = currentLocale): string {
  const source = sourceLocaleOf(locale);
  const message = CATALOGS[source]?.[key] ?? CATALOGS[DEFAULT_LOCALE]?.[key];
  if (message === undefined) return `[${key}]`;
  const text = fill(pickForm(message, params, source), params, locale);
  return pseudoTransform(text, locale);
}

function pickForm(message: Message, params: MessageParams | undefined, locale: string): string {
  if (typeof message === 'string') return message;
  const count = typeof params?.count === 'number' ? params.count : Number(params?.count ?? NaN);
  const category = Number.isFinite(count) ? new Intl.PluralRules(locale).select(count) : 'other';
  return message[category] ?? message.other ?? Object.values(message)[0] ?? '';
}

function fill(text: string, params: MessageParams | undefined, locale: string): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, { maximumFractionDigits: 6 }, locale) : value;
  });
}

/** en-XA doubles a string's length (accented, padded); ar-XB embeds it right-to-left. Level texts use it too. */
export function pseudoTransform(text: string, locale: string): string {
  const code = localeInfo(locale)?.code;
  if (code === 'en-XA') return `⟦${accent(text)} ${'·'.repeat(Math.max(2, Math.ceil(text.length * 0.9)))}⟧`;
  if (code === 'ar-XB') return `\u202b${text}\u202c`;
  return text;
}

const ACCENTED: Readonly<Record<string, string>> = { a: 'å', e: 'é', i: 'î', o: 'ö', u: 'ü', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Ü', n: 'ñ', c: 'ç' };

function accent(text: string): string {
  // Placeholders are already filled; only letters change, so numbers and units stay readable.
  return text.replace(/[aeiouAEIOUnc]/g, (ch) => ACCENTED[ch] ?? ch);
}

/** Names the placeholders of a message (all its plural forms), for the catalog tests. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
}
