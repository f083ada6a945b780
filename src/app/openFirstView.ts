/**
 * What the page shows first: `?editor` opens the level editor (with the latest draft, recovered after
 * a reload or a crash); a "#level=" address holds a level itself and opens first (as ?level= would),
 * a bad one explained before the welcome; else `?level=` or the welcome screen (levelOpener.openFirst).
 */
import type { LevelOpener } from './levelOpener';
import type { OpenLevelFlow } from './open/openLevelFlow';

export interface FirstViewDeps {
  readonly opener: LevelOpener;
  readonly openFlow: OpenLevelFlow;
  readonly showEditor: () => void;
  readonly showWelcome: (problem: string | null) => void;
  /** The warnings of the boot (saved progress, the campaign file, Your levels), or null. */
  readonly bootWarning: string | null;
  readonly opensAsCampaign: (id: string) => boolean;
}

export async function openFirstView(location: { readonly search: string; readonly hash: string }, deps: FirstViewDeps): Promise<void> {
  const { opener, openFlow } = deps;
  const wantsEditor = new URLSearchParams(location.search).has('editor');
  if (wantsEditor) deps.showEditor();
  const address = openFlow.fromAddress(location.hash);
  const search = address.kind === 'opened' ? `?level=${encodeURIComponent(address.key)}` : location.search;
  let linkProblemsShown = false;
  await opener.openFirst(search, deps.bootWarning, deps.opensAsCampaign, (problem) => {
    if (address.kind !== 'failed') { if (!wantsEditor) deps.showWelcome(problem); return; }
    // The link's problems first; the welcome (with the boot's problem) when they are closed.
    linkProblemsShown = true;
    openFlow.showLinkProblems(address.errors, () => deps.showWelcome(problem));
  });
  if (address.kind === 'failed' && !linkProblemsShown) openFlow.showLinkProblems(address.errors, () => undefined);
}
