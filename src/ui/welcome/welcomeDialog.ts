/**
 * The first screen: a short welcome that starts the campaign (or, for a returning player, continues
 * it at the next unfinished level), opens the campaign menu, or starts free play in a sandbox. A link
 * that named no level lands here too, with the problem said first. Keyboard-first: the main button
 * has focus, so Enter does the obvious thing; Esc is free play (the dialog says so). Text only.
 */
import { button, el, ModalDialog } from '../campaign/modalDialog';
import '../campaign/campaign.css';
import './welcome.css';
import { t } from '../../i18n/messages';

export interface WelcomeLevel {
  readonly id: string;
  readonly title: string;
}

export interface WelcomeContent {
  /** The campaign's first level (chapter 1, level 1). */
  readonly first: WelcomeLevel | null;
  /** A returning player's next unfinished campaign level (null on a first visit, or when all are finished). */
  readonly next: WelcomeLevel | null;
  /** The player has played before (the welcome says "welcome back"). */
  readonly returning: boolean;
  /** The free-play level (a sandbox), or null. */
  readonly freePlay: WelcomeLevel | null;
  /** A problem with the link the page was opened with, in words (already shortened), or null. */
  readonly problem: string | null;
}

export interface WelcomeHandlers {
  /** Open this campaign level with its intro card. */
  onCampaignLevel(id: string): void;
  /** Open the campaign menu (chapters and stars). */
  onMenu(): void;
  /** Open this level for free play (no cards, no stars). */
  onFreePlay(id: string): void;
  /**
   * Choose a level file to open (someone sent one). The welcome stays until a level opens, so a
   * cancelled choice or a file that cannot be opened leaves the player here, not on an empty page.
   */
  onOpenFile?(): void;
  /** Open the level editor. */
  onEditor(): void;
  /** Makes the "For teachers" button (with this id) for the row's end; absent when a student's link leaves it out. */
  readonly teachersButton?: ((id: string) => HTMLButtonElement) | null;
}

export class WelcomeDialog {
  private readonly dialog = new ModalDialog('welcome-dialog', 'welcome-title');
  /** What the pressed button does once the dialog has closed (null: closed by Esc). */
  private chosen: (() => void) | null = null;

  constructor() {
    this.dialog.element.classList.add('welcome-dialog');
  }

  get open(): boolean {
    return this.dialog.open;
  }

  show(content: WelcomeContent, handlers: WelcomeHandlers): void {
    const d = this.dialog.element;
    this.chosen = null;
    const choose = (action: () => void) => (): void => {
      this.chosen = action;
      this.dialog.close();
    };
    const heading = el('h2', content.problem ? t('game.welcome.badLinkTitle') : content.returning ? t('game.welcome.titleBack') : t('game.welcome.title'));
    heading.id = 'welcome-title';
    const parts: HTMLElement[] = [heading];
    if (content.problem) {
      const problem = el('p', content.problem, 'welcome-problem');
      problem.id = 'welcome-problem';
      problem.setAttribute('role', 'alert');
      parts.push(problem);
    } else {
      parts.push(el('p', t('game.welcome.about')));
    }
    const lead = !content.returning
      ? t('game.welcome.leadFirst')
      : content.next
        ? t('game.welcome.leadReturning')
        : t('game.welcome.leadFinished');
    parts.push(el('p', lead, 'muted'));

    const buttons: HTMLButtonElement[] = [];
    const campaignLevel = content.returning ? content.next : content.first;
    if (campaignLevel) {
      const start = button(content.returning ? t('game.welcome.continue', { title: campaignLevel.title }) : t('game.welcome.start'), choose(() => handlers.onCampaignLevel(campaignLevel.id)), 'button welcome-primary');
      start.id = 'welcome-start';
      buttons.push(start);
    }
    const menu = button(t('game.welcome.chooseLevel'), choose(() => handlers.onMenu()));
    menu.id = 'welcome-menu';
    buttons.push(menu);
    const freePlay = content.freePlay;
    if (freePlay) {
      const free = button(t('game.welcome.freePlay', { title: freePlay.title }), choose(() => handlers.onFreePlay(freePlay.id)));
      free.id = 'welcome-free-play';
      buttons.push(free);
    }
    const editor = button(t('game.welcome.editor'), choose(() => handlers.onEditor()));
    editor.id = 'welcome-editor';
    buttons.push(editor);
    // A bad link: the menu is the way on (the player was after some particular level).
    if (content.problem) buttons.unshift(...buttons.splice(buttons.indexOf(menu), 1));
    const onOpenFile = handlers.onOpenFile;
    if (onOpenFile) {
      const openFile = button(t('game.welcome.openFile'), () => onOpenFile());
      openFile.id = 'welcome-open-file';
      buttons.push(openFile);
    }
    const teachers = handlers.teachersButton?.('welcome-teachers');
    if (teachers) buttons.push(teachers);
    buttons[0].classList.add('welcome-primary');
    const row = el('div', undefined, 'level-card-buttons welcome-buttons');
    row.append(...buttons);
    parts.push(row);
    // Whole sentences, each its own message (joined by a space; no sentence is built from pieces).
    const footnote = [freePlay ? t('game.welcome.escFreePlay') : null, onOpenFile ? t('game.welcome.dropOrPaste') : null, t('game.welcome.buildYourOwn')];
    parts.push(el('p', footnote.filter((s) => s !== null).join(' '), 'muted welcome-footnote'));
    d.replaceChildren(...parts);
    // Esc (no button pressed) is free play, or the menu when there is no sandbox.
    this.dialog.show(buttons[0], () => (this.chosen ?? (freePlay ? () => handlers.onFreePlay(freePlay.id) : () => handlers.onMenu()))());
  }

  /** Closes without choosing anything (a level was opened some other way). */
  dismiss(): void {
    if (!this.dialog.open) return;
    this.chosen = () => undefined;
    this.dialog.close();
  }
}
