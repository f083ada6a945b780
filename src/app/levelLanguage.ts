/**
 * Built-in levels and the campaign in the page's language. The translations (levels/locales/<locale>/
 * <level id>.json, JSON Pointer → text) are bundled, so a translated level works offline; a level is
 * localised where the catalog hands it out, so the menus, cards, questions, panels and plots all read
 * one level object. Pseudo-locales transform the English texts as t() does, so the layout tests see
 * long and right-to-left level texts too. Levels opened from files or links are never translated.
 */
import { localeInfo } from '../i18n/locales';
import { getLocale, pseudoTransform } from '../i18n/messages';
import { localizeCampaign, localizeLevel, replaceTexts, type TextFor, type TextTranslations } from '../levels/text/localizeLevel';
import { CAMPAIGN_TEXT_PATTERNS, LEVEL_TEXT_PATTERNS } from '../levels/text/levelTextPaths';

const translationFiles = import.meta.glob<TextTranslations>('../../levels/locales/*/*.json', { eager: true, import: 'default' });

/** locale → file name without .json (a level id, or "campaign") → its translations. */
const TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, TextTranslations>>>> = (() => {
  const byLocale: Record<string, Record<string, TextTranslations>> = {};
  for (const [path, translations] of Object.entries(translationFiles)) {
    const [, locale, id] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    if (locale && id) (byLocale[locale] ??= {})[id] = translations;
  }
  return byLocale;
})();

/** The pseudo-locale's long or right-to-left text, or a shorter form where the schema's limit would be passed. */
function pseudoText(locale: string): TextFor {
  return ({ text, maxChars }) => {
    const transformed = pseudoTransform(text, locale);
    return transformed.length <= maxChars ? transformed : text;
  };
}

/** A built-in level's data as the page's locale shows it (English data is returned as it is). */
export function localizedBuiltInLevel(id: string, data: unknown, locale: string = getLocale()): unknown {
  if (localeInfo(locale)?.pseudo) return replaceTexts(data, LEVEL_TEXT_PATTERNS, pseudoText(locale));
  const translations = TRANSLATIONS[locale]?.[id];
  return translations ? localizeLevel(data, translations) : data;
}

/** The campaign manifest as the page's locale shows it. */
export function localizedCampaign(manifest: unknown, locale: string = getLocale()): unknown {
  if (manifest === undefined) return manifest;
  if (localeInfo(locale)?.pseudo) return replaceTexts(manifest, CAMPAIGN_TEXT_PATTERNS, pseudoText(locale));
  const translations = TRANSLATIONS[locale]?.campaign;
  return translations ? localizeCampaign(manifest, translations) : manifest;
}
