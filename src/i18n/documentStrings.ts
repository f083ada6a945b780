// Fills the static page (index.html) with the locale's strings. An element names its key in
// data-i18n (its text) and data-i18n-<attribute> (aria-label, title, placeholder, alt). Text goes in as
// text, never as HTML.
import { localeInfo } from './locales';
import { getLocale, t } from './messages';

const TRANSLATED_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'] as const;

export function applyDocumentStrings(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n!);
  }
  for (const attribute of TRANSLATED_ATTRIBUTES) {
    for (const element of root.querySelectorAll<HTMLElement>(`[data-i18n-${attribute}]`)) {
      element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`)!));
    }
  }
}

/** Sets <html lang dir> for the current locale (screen readers pick their voice from lang). */
export function applyDocumentLanguage(doc: Document = document): void {
  const info = localeInfo(getLocale());
  doc.documentElement.lang = info?.pseudo ? 'en' : getLocale();
  doc.documentElement.dir = info?.direction ?? 'ltr';
}
