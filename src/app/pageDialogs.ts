/**
 * The page's two menus that the player opens from the controls: the campaign menu and the help
 * dialog. One modal at a time (a lesson card or question counts as one), and the level pauses while
 * a menu is open and plays again when it closes, if it was running and is still the same level.
 */
import type { CampaignMenu } from '../ui/campaign/campaignMenu';
import type { HelpDialog } from '../ui/helpDialog';
import type { PageState } from './pageState';

export interface PageDialogsDeps {
  readonly state: PageState;
  readonly campaign: CampaignMenu;
  readonly help: HelpDialog;
  /** Whether a lesson card or question (or the welcome) is open. */
  lessonDialogOpen(): boolean;
  /** Whether a teacher's link locks the choice of level (lock=levels): then the menu never opens, from any button. */
  menuLocked(): boolean;
  /** Pauses if running; true when it was running. */
  pause(): Promise<boolean>;
  play(): Promise<void>;
}

export class PageDialogs {
  constructor(private readonly deps: PageDialogsDeps) {}

  /** Opens the campaign menu (unless another dialog is open); `afterClose` runs when it closes. */
  openCampaignMenu(afterClose?: () => void): void {
    const { campaign, help, state } = this.deps;
    if (this.deps.menuLocked() || campaign.open || this.deps.lessonDialogOpen() || help.open) return;
    const playAgain = this.pauseWhileOpen();
    campaign.show(state.session?.id ?? null, () => {
      playAgain();
      afterClose?.();
    });
  }

  /** Opens help, or closes it when it is open (the same key does both). */
  toggleHelp(): void {
    const { campaign, help } = this.deps;
    if (help.open) {
      help.toggle();
      return;
    }
    if (campaign.open || this.deps.lessonDialogOpen()) return;
    help.toggle(this.pauseWhileOpen());
  }

  /** Pauses while a menu or dialog is open; the returned function plays again if it was running (same level). */
  private pauseWhileOpen(): () => void {
    const { state } = this.deps;
    const s = state.session;
    const paused = this.deps.pause();
    return () => void paused.then((wasRunning) => { if (wasRunning && state.session === s) void this.deps.play(); });
  }
}
