/**
 * The addresses of the page's own views (the game, the teacher's builder, the class results), from the
 * page's own address (its folder kept, its query and fragment dropped). A sub-page does not read the
 * saved progress before it draws (the class view returns before it), so the language in force goes
 * along as locale= whenever the other page, left to itself, would choose another.
 */
import { chooseLocale } from '../i18n/locales';
import { getLocale } from '../i18n/messages';

/** Which view: the game (no query), the builder (?teacher), the class results (?class). */
export type PageKind = 'game' | 'teacher' | 'class';

const QUERY_OF: Readonly<Record<PageKind, string>> = { game: '', teacher: 'teacher', class: 'class' };

/**
 * The address of `kind` beside `href`, in `locale`. `browserLanguages` are what the other page would
 * fall back on; the locale is written only when that fallback would differ.
 */
export function pageAddressFrom(href: string, kind: PageKind, locale: string, browserLanguages: readonly string[]): string {
  const url = new URL('./', href);
  const params: string[] = QUERY_OF[kind] === '' ? [] : [QUERY_OF[kind]];
  if (chooseLocale({ browserLanguages }) !== locale) params.push(`locale=${encodeURIComponent(locale)}`);
  url.search = params.length === 0 ? '' : `?${params.join('&')}`;
  return url.toString();
}

/** The address of `kind` from this page, in the language in force. */
export function pageAddress(kind: PageKind): string {
  return pageAddressFrom(window.location.href, kind, getLocale(), navigator.languages);
}
