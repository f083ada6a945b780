/**
 * Which page the address opens, decided once at start: `?class` is the teacher's class view (results
 * files dropped in and replayed), `?teacher` the teacher's link builder, anything else the game
 * (`?editor` is the game with the level editor in front: openFirstView.ts). The class view and the
 * builder are chunks of their own, fetched only when asked for, and the game does not boot behind
 * them: no Pixi app, no world, no sound.
 */
import { listLevels } from './levelCatalog';
import { installOfflineSupport } from './offline/offlineSupport';
import { startPageLocale } from './pageLocale';
import { applyColorProfile, colorProfileFromSearch } from '../ui/access/colorProfile';
import { linkSettingsSearch } from './classroom/linkSettingsAddress';
import { bootPage } from './bootPage';

export type PageRoute = 'class' | 'teacher' | 'game';

export function pageRouteOf(search: string): PageRoute {
  const params = new URLSearchParams(search);
  // ?class wins: a class view's address never shows the builder (neither would be useful half-made).
  if (params.has('class')) return 'class';
  if (params.has('teacher')) return 'teacher';
  return 'game';
}

/** The page's start: the link's language and colour profile before anything is made, then the page the address asks for. */
export async function startPage(): Promise<void> {
  // From the address or its #lesson= (linkSettingsAddress.ts).
  const linkSearch = linkSettingsSearch(window.location);
  startPageLocale(linkSearch);
  installOfflineSupport();
  applyColorProfile(colorProfileFromSearch(linkSearch));
  const route = pageRouteOf(window.location.search);
  if (route === 'class') return void (await import('./classResults/classView')).showClassView(listLevels());
  if (route === 'teacher') return (await import('./classroom/teacherPage')).showTeacherPage(window.location, linkSearch);
  return bootPage(linkSearch);
}
