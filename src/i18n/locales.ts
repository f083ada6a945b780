// The languages Synaptica speaks, and how the page picks one. Real locales have complete string files
// (a test fails on a missing key); the two pseudo-locales exist to test layout, as Android's do:
// en-XA makes every string about twice as long, ar-XB turns the page right-to-left.

export interface LocaleInfo {
  readonly code: string;
  /** The language's own name for itself, shown in the language menu. */
  readonly nativeName: string;
  readonly direction: 'ltr' | 'rtl';
  /** A layout-test locale built from English; never offered in the language menu. */
  readonly pseudo: boolean;
}

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en', nativeName: 'English', direction: 'ltr', pseudo: false },
  { code: 'es', nativeName: 'Español', direction: 'ltr', pseudo: false },
  { code: 'en-XA', nativeName: 'Ëñgłîšh (long)', direction: 'ltr', pseudo: true },
  { code: 'ar-XB', nativeName: 'English (right-to-left)', direction: 'rtl', pseudo: true },
];

export const DEFAULT_LOCALE = 'en';

/** The locales whose strings are complete translations (English first). */
export const REAL_LOCALES: readonly string[] = LOCALES.filter((l) => !l.pseudo).map((l) => l.code);

export function localeInfo(code: string): LocaleInfo | undefined {
  return LOCALES.find((l) => l.code.toLowerCase() === code.toLowerCase());
}

/**
 * The supported locale a requested tag means, or null: exact codes first ("es", "en-XA"), then the
 * language of a regional tag ("es-MX" → "es"). Pseudo-locales match only exactly.
 */
export function matchLocale(requested: string): string | null {
  const trimmed = requested.trim();
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(trimmed)) return null;
  const exact = localeInfo(trimmed);
  if (exact) return exact.code;
  const language = trimmed.split('-')[0].toLowerCase();
  return LOCALES.find((l) => !l.pseudo && l.code === language)?.code ?? null;
}

/**
 * The locale a page opens in: a valid `locale=` parameter, else the player's saved choice, else the
 * browser's first language we speak, else English.
 */
export function chooseLocale(from: { urlParam?: string | null; saved?: string | null; browserLanguages?: readonly string[] }): string {
  for (const candidate of [from.urlParam, from.saved]) {
    const match = candidate ? matchLocale(candidate) : null;
    if (match) return match;
  }
  for (const language of from.browserLanguages ?? []) {
    const match = matchLocale(language);
    if (match && !localeInfo(match)!.pseudo) return match;
  }
  return DEFAULT_LOCALE;
}
