/**
 * The teacher guide's panel in the builder: a "Teacher guide" button (aria-expanded) that shows the
 * guide below the builder, made on first opening (guideView.ts). The guide opens far down the page,
 * so opening it scrolls it into view and moves the keyboard to its heading; closing it (its own
 * Close button, Esc inside it, or the same button again) puts focus back on the button that opened it.
 */
import { el } from '../../ui/campaign/modalDialog';
import { t } from '../../i18n/messages';
import { renderGuide } from './guideView';

export interface GuidePanel {
  readonly toggle: HTMLButtonElement;
  readonly section: HTMLElement;
  setOpen(open: boolean): Promise<void>;
}

/** `markdown`: the guide's text in the page's language, or null when it cannot be made. */
export function createGuidePanel(markdown: () => Promise<string | null>): GuidePanel {
  const toggle = el('button', t('classroom.builder.guide'), 'button');
  toggle.type = 'button';
  toggle.id = 'teacher-show-guide';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', 'teacher-guide');
  const section = el('section', undefined, 'teacher-guide');
  section.id = 'teacher-guide';
  section.hidden = true;
  const body = el('div', undefined, 'teacher-guide-body');
  const close = el('button', t('classroom.builder.guideClose'), 'button teacher-guide-close');
  close.type = 'button';
  close.id = 'teacher-close-guide';
  section.append(close, body);

  let filling: Promise<void> | null = null;
  const fill = async (): Promise<void> => {
    const text = await markdown();
    if (text === null) body.replaceChildren(el('p', t('classroom.builder.guideMissing')));
    else renderGuide(body, text);
  };
  const setOpen = async (open: boolean): Promise<void> => {
    section.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (!open) {
      toggle.focus();
      return;
    }
    filling ??= fill();
    await filling;
    // Closed again while it was being made: the keyboard stays where the teacher put it.
    if (section.hidden) return;
    const heading = body.querySelector<HTMLElement>('h2, h3') ?? body.querySelector<HTMLElement>('p');
    if (heading === null) return;
    heading.tabIndex = -1;
    // The section's top (its Close button beside the heading) at the top of the window.
    section.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  toggle.addEventListener('click', () => void setOpen(section.hidden));
  close.addEventListener('click', () => void setOpen(false));
  section.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    void setOpen(false);
  });
  return { toggle, section, setOpen };
}
