/**
 * The game's results wiring: one ResultsKeeper for the visit (the run of each level played, kept in
 * localStorage), the campaign menu's export row (installResultsExport.ts), and the run in progress
 * kept when the page goes away (keepOnPageHide.ts). The level opener tells the keeper when a world is
 * installed and when one ends (`seen`, `keep`); `liveRun` is how the page reads the running world.
 */
import { localStorageOrNull } from '../../ui/soundControls';
import type { LevelEntry } from '../levelCatalog';
import type { Progress } from '../progress/progressRecord';
import { installResultsExport } from './installResultsExport';
import { keepOnPageHide } from './keepOnPageHide';
import { ResultsKeeper, type LiveRun } from './resultsKeeper';

export interface ResultsWiring {
  readonly builtIns: readonly LevelEntry[];
  progress(): Progress;
  /** The world running now (its session and whether its goal is met), or null. */
  liveRun(): LiveRun | null;
  /** Pauses the page (and leaves fast-forward) so an export reads a world at rest. */
  settle(): Promise<void>;
  /** The campaign menu, which gets the export row, and its status line. */
  readonly menu: HTMLElement;
  readonly menuStatus: HTMLElement;
}

export function startResults(wiring: ResultsWiring): ResultsKeeper {
  const keeper = new ResultsKeeper(localStorageOrNull(), wiring.progress);
  installResultsExport(wiring.menu, {
    keeper,
    builtIns: wiring.builtIns,
    confirm: (question) => window.confirm(question),
    say: (text) => { wiring.menuStatus.textContent = text; },
    live: async () => {
      await wiring.settle();
      return wiring.liveRun();
    },
  });
  keepOnPageHide(window, () => {
    const live = wiring.liveRun();
    if (live !== null) keeper.keep(live);
  });
  return keeper;
}
