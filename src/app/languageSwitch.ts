/**
 * Switching the page's language: the choice is saved with the player's settings (the progress record,
 * like mute and volume) and the page reloads at the same address, so the level that was open opens
 * again, in the new language, from boot (pageLocale.ts). A `locale=` in the address would win over the
 * saved choice, so it goes; if the choice could not be saved (no storage), the address carries it instead.
 */
import { createLanguageMenu } from '../ui/languageMenu';
import { startSavedLocale } from './pageLocale';
import { recordSettings } from './progress/progressUpdates';
import type { ProgressStore } from './progress/progressStore';

/**
 * Once the saved progress is read (boot reads it before any view is made): the player's saved language
 * (unless the link's settings, `search`, name one), and the header's language menu just after `anchor`.
 */
export function startChosenLanguage(progressStore: ProgressStore, anchor: HTMLElement, search: string = location.search): void {
  startSavedLocale(progressStore.current.settings.locale, search);
  createLanguageMenu(anchor, (locale) => void switchLanguage(locale, progressStore));
}

export async function switchLanguage(locale: string, progressStore: ProgressStore, location: Location = window.location): Promise<void> {
  const saved = await progressStore.update((p) => recordSettings(p, { locale }));
  location.replace(addressInLanguage(location.href, locale, saved));
}

/** The address to reload: without `locale=` when the choice is saved, else with it. */
export function addressInLanguage(href: string, locale: string, saved: boolean): string {
  const url = new URL(href);
  if (saved) url.searchParams.delete('locale');
  else url.searchParams.set('locale', locale);
  return url.toString();
}
