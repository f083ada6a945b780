// The page's language, chosen before any view is made: a valid `locale=` in the address (a teacher's
// link), else the player's saved choice (the language menu's, in the saved progress), else the browser's first language Synaptica speaks, else English. The static page is then
// filled with that locale's strings and <html lang dir> set.
import { chooseLocale } from '../i18n/locales';
import { applyDocumentLanguage, applyDocumentStrings } from '../i18n/documentStrings';
import { setLocale } from '../i18n/messages';
import { localeDigitsOr, translatedOr } from '../i18n/definedWords';
import { setLabelNumberFormat, setLabelTranslator } from '../levels/labels/labelWords';

export function startPageLocale(search: string = location.search, saved: string | null = null): string {
  const locale = chooseLocale({ urlParam: new URLSearchParams(search).get('locale'), saved, browserLanguages: navigator.languages });
  setLocale(locale);
  setLabelTranslator(translatedOr);
  setLabelNumberFormat(localeDigitsOr);
  applyDocumentLanguage();
  applyDocumentStrings();
  return locale;
}

/**
 * Once the saved progress is read (boot reads it early, before any view is made): the player's saved
 * language, unless the address names a valid one (a teacher's link wins for its visit).
 */
export function startSavedLocale(saved: string | undefined, search: string = location.search): void {
  if (saved) startPageLocale(search, saved);
}
