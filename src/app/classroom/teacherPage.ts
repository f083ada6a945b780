/**
 * The teacher's page, `?teacher` (pageRoute.ts): the link builder (teacherView.ts) without the game
 * behind it (no Pixi app, no world, no sound). It reads what the builder offers (the built-in levels,
 * the campaign's chapters, Your levels) and the saved language, then starts the builder from the
 * address's own lesson settings, so "?teacher&levels=a,b&lock=speed&locale=es" (or a "#lesson=")
 * opens with those levels chosen and those settings filled in, ready to change. A value the link
 * reader left out is said at the top of the builder, as the game's warning line would.
 */
import { t } from '../../i18n/messages';
import { campaignChapters } from '../campaignCatalog';
import { listLevels } from '../levelCatalog';
import { startSavedLocale } from '../pageLocale';
import { readSavedState } from '../savedState';
import { TeacherLink } from './teacherLink';

/** `linkSearch`: the address's settings with a #lesson='s merged (linkSettingsAddress.ts), for the saved language's turn. */
export async function showTeacherPage(location: { readonly search: string; readonly hash: string }, linkSearch: string): Promise<void> {
  const problems: string[] = [];
  const { yourLevels, yourLevelsProblem, progressStore } = await readSavedState((problem) => problems.push(problem));
  // The saved language, unless the address names one (its locale= is in force already).
  startSavedLocale(progressStore.current.settings.locale, linkSearch);
  // After the language: the built-in levels' titles in it.
  const levels = listLevels();
  const { chapters, warning: campaignWarning } = campaignChapters(levels);
  // A "#lesson=" brings its own levels into Your levels here, as in the game, so the builder can offer them.
  const link = TeacherLink.read(location, { levels, chapters, yourLevels });
  const warning = [link.warning, yourLevelsProblem, campaignWarning, ...problems].filter((w): w is string => w !== null).join(' ') || null;
  const params = new URLSearchParams(location.search);
  try {
    const { showTeacherView } = await import('./teacherView');
    await showTeacherView({ levels, chapters, yourLevels }, { guideFirst: params.has('guide'), start: link.builderStart(), warning });
  } catch (error) {
    const status = document.getElementById('status-state');
    if (status) status.textContent = t('classroom.builder.notLoaded', { reason: error instanceof Error ? error.message : String(error) });
  }
}
