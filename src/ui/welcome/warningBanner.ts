/**
 * The close button of the page's warning line. Controls.showWarning sets the text (as text, never
 * HTML) and hides it when there is none; the box around it shows only while the text does
 * (warningBanner.css), so closing hides the text and the box goes with it. Focus moves on to the
 * page rather than into nothing.
 */
import { byId } from '../byId';
import './warningBanner.css';

export function installWarningClose(): void {
  const text = byId<HTMLParagraphElement>('level-warning');
  const close = byId<HTMLButtonElement>('level-warning-close');
  close.addEventListener('click', () => {
    text.hidden = true;
    if (document.activeElement === close) byId<HTMLElement>('play-pause').focus();
  });
}
