/**
 * The page's start: the link's language and colour profile before anything is made (from the
 * address or its #lesson=, linkSettingsAddress.ts), offline support, then the page the address asks
 * for (pageRoute.ts). The class view and the builder are chunks of their own, fetched only when asked
 * for, and the game does not boot behind them: no Pixi app, no world, no sound.
 */
import { listLevels } from './levelCatalog';
import { installOfflineSupport } from './offline/offlineSupport';
import { startPageLocale } from './pageLocale';
import { applyColorProfile, colorProfileFromSearch } from '../ui/access/colorProfile';
import { linkSettingsSearch } from './classroom/linkSettingsAddress';
import { bootPage } from './bootPage';
import { pageRouteOf } from './pageRoute';

export async function startPage(): Promise<void> {
  const linkSearch = linkSettingsSearch(window.location);
  startPageLocale(linkSearch);
  installOfflineSupport();
  applyColorProfile(colorProfileFromSearch(linkSearch));
  const route = pageRouteOf(window.location.search);
  if (route === 'class') return void (await import('./classResults/classView')).showClassView(listLevels());
  if (route === 'teacher') return (await import('./classroom/teacherPage')).showTeacherPage(window.location, linkSearch);
  return bootPage(linkSearch);
}
