/**
 * The page without a level to open (no `?level=`, or one that names no level): the welcome decides
 * what comes first. A first visit is offered chapter 1's first level; a returning player (saved
 * progress) is offered "Continue" at the campaign's next unfinished level, the way a course app picks
 * up where you left off, rather than dropping into a level already running. Choosing the menu and
 * closing it without a pick comes back here, so the page is never left empty.
 */
import type { Chapter } from '../ui/campaign/chapters';
import { WelcomeDialog } from '../ui/welcome/welcomeDialog';
import type { Progress } from './progress/progressRecord';
import { firstCampaignLevel, firstSandbox, hasPlayed, nextUnfinishedLevel } from './startChoice';

export interface FirstScreenDeps {
  readonly chapters: readonly Chapter[];
  progress(): Progress;
  /** Opens a level: as from the campaign (cards, questions, stars) or for free play. */
  openLevel(id: string, fromCampaign: boolean): void;
  /** Opens the campaign menu; `afterClose` runs when it closes (after a pick too). */
  openMenu(afterClose: () => void): void;
  /** Opens the level editor. */
  openEditor(): void;
  /** Whether a level has been asked for since the page loaded. */
  anyOpened(): boolean;
  /**
   * The page's link named no level and the player has left the welcome for a level: the warning
   * banner says so from now on. While the welcome is open it alone says it (said once, not twice).
   */
  leftBadLink(problem: string): void;
  /** Opens the file chooser for a level file (the welcome stays until a level opens). */
  chooseLevelFile(): void;
  /** The welcome's "For teachers" button, or null (Classroom.teachersButton). */
  readonly teachersButton: ((id: string) => HTMLButtonElement) | null;
}

export class FirstScreen {
  private readonly welcome = new WelcomeDialog();

  constructor(private readonly deps: FirstScreenDeps) {}

  get open(): boolean {
    return this.welcome.open;
  }

  /** Closes the welcome without acting on it (a level was opened another way). */
  dismiss(): void {
    this.welcome.dismiss();
  }

  /** Shows the welcome; `problem` (in words) when the page's link named no level. */
  show(problem: string | null): void {
    const { chapters, openLevel } = this.deps;
    const progress = this.deps.progress();
    const returning = hasPlayed(progress);
    this.welcome.show({
      first: firstCampaignLevel(chapters),
      next: returning ? nextUnfinishedLevel(chapters, progress) : null,
      returning,
      freePlay: firstSandbox(chapters),
      problem,
    }, {
      onCampaignLevel: (id) => this.leave(problem, () => openLevel(id, true)),
      onFreePlay: (id) => this.leave(problem, () => openLevel(id, false)),
      onOpenFile: () => this.deps.chooseLevelFile(),
      onEditor: () => this.deps.openEditor(),
      teachersButton: this.deps.teachersButton,
      onMenu: () => this.deps.openMenu(() => {
        if (!this.deps.anyOpened()) this.show(problem);
        else if (problem !== null) this.deps.leftBadLink(problem);
      }),
    });
  }

  /** Leaves the welcome for a level; a bad link's message moves to the banner, beside a level the link did not ask for. */
  private leave(problem: string | null, open: () => void): void {
    open();
    if (problem !== null) this.deps.leftBadLink(problem);
  }
}
