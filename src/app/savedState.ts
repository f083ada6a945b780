/**
 * What a visit reads from the browser's storage before any view is made, side by side: Your levels
 * (kept between visits; one that cannot be kept is a problem in words) and the saved progress (stars,
 * settings, the chosen language). The game and the teacher's builder both start from them.
 */
import { fetchLevelAsset } from './levelAssetFetch';
import { YourLevels } from './open/yourLevels';
import { ProgressStore } from './progress/progressStore';
import { openYourLevelsRepository } from './storage/yourLevelsDb';

export interface SavedState {
  readonly yourLevels: YourLevels;
  /** Why some of Your levels could not be restored, or null. */
  readonly yourLevelsProblem: string | null;
  readonly progressStore: ProgressStore;
}

/** `warn` says a level of yours that cannot be kept later on (a full or blocked store). */
export async function readSavedState(warn: (problem: string) => void): Promise<SavedState> {
  const restoringYourLevels = openYourLevelsRepository().then(async (repository) => {
    const yours = new YourLevels(fetchLevelAsset, repository, warn);
    return { yours, problem: await yours.restore() };
  });
  const [{ yours, problem }, progressStore] = await Promise.all([restoringYourLevels, ProgressStore.open()]);
  return { yourLevels: yours, yourLevelsProblem: problem, progressStore };
}
