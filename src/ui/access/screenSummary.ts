/**
 * The screen summary for screen readers and keyboard players: a region with its own heading
 * ("Screen summary", reachable by heading and landmark navigation, and by the key d, one of the page's
 * shortcuts: keyboardShortcuts.ts) that lists in sentences what is on screen (screenSummaryText.ts),
 * (Esc takes the focus back where it was), and a separate polite live region for the throttled live descriptions (liveDescriptionPlan.ts).
 * The summary is visually hidden until it has focus; then it shows as a panel, so a sighted keyboard
 * player who presses d sees where the focus went. Text goes in with textContent only.
 */
import './access.css';
import { t } from '../../i18n/messages';
import { LiveDescriptionPlan, type LiveFacts } from './liveDescriptionPlan';

/** The key that moves focus to the summary. */
export const SUMMARY_KEY = 'd';

export class ScreenSummary {
  readonly section: HTMLElement;
  readonly live: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly plan = new LiveDescriptionPlan();
  /** Where the focus was when d was pressed: Esc takes it back there. */
  private returnFocus: HTMLElement | null = null;

  constructor(before: HTMLElement, private readonly now: () => number = () => performance.now()) {
    this.section = document.createElement('section');
    this.section.id = 'screen-summary';
    this.section.className = 'screen-summary';
    this.section.tabIndex = -1;
    this.section.setAttribute('aria-labelledby', 'screen-summary-title');
    const heading = document.createElement('h2');
    heading.id = 'screen-summary-title';
    heading.textContent = t('access.summary.title');
    const hint = document.createElement('p');
    hint.className = 'screen-summary-hint';
    hint.textContent = t('access.summary.hint', { key: SUMMARY_KEY });
    this.list = document.createElement('ul');
    this.section.append(heading, hint, this.list);
    this.live = document.createElement('p');
    this.live.id = 'live-description';
    this.live.className = 'visually-hidden';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    before.before(this.section, this.live);
    this.section.addEventListener('keydown', (e) => this.onKey(e));
  }

  /** Shows these sentences (only the ones that changed are touched). */
  show(sentences: readonly string[]): void {
    const items = this.list.children;
    for (let i = 0; i < sentences.length; i++) {
      const item = items[i] ?? this.list.appendChild(document.createElement('li'));
      if (item.textContent !== sentences[i]) item.textContent = sentences[i];
    }
    while (this.list.children.length > sentences.length) this.list.lastElementChild!.remove();
  }

  /** Offers the live facts; the plan decides whether anything is said now. */
  describe(facts: LiveFacts): void {
    const text = this.plan.offer(facts, this.now());
    if (text !== null) this.live.textContent = text;
  }

  /** A new level: the live descriptions start afresh. */
  reset(): void {
    this.plan.reset();
    this.live.textContent = '';
  }

  /** The d key (keyboardShortcuts.ts): the focus goes to the summary, which then shows. */
  focus(): void {
    if (this.section.closest('[hidden], [inert]')) return;
    if (!this.section.contains(document.activeElement)) this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.section.focus();
  }

  /** Esc inside the summary takes the focus back to where it was before d. */
  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.section.contains(document.activeElement)) return;
    e.preventDefault();
    const back = this.returnFocus?.isConnected ? this.returnFocus : document.getElementById('play-pause');
    back?.focus();
  }
}
