/**
 * The editor's section links: Tab and Enter jump to a part of the level. The keyboard moves there too
 * (a plain anchor left focus on the page's body), and the address keeps its fragment (it may hold a
 * #level= link).
 */
import { EDITOR_SECTIONS, sectionTitle } from './editorSections';
import { element } from './fieldControls';
import { t } from '../../i18n/messages';

export function sectionLinks(): HTMLElement {
  const nav = element('nav', 'ed-nav');
  nav.setAttribute('aria-label', t('editor.sections.label'));
  const list = element('ul');
  const links: [string, string][] = [['ed-start', t('editor.sections.start')], ['ed-problems', t('editor.problems.title')], ...EDITOR_SECTIONS.map((s): [string, string] => [`ed-sec-${s.id}`, sectionTitle(s)]), ['ed-check', t('editor.check.title')], ['ed-export', t('editor.export.title')]];
  for (const [target, text] of links) {
    const a = element('a', undefined, text);
    a.href = `#${target}`;
    a.addEventListener('click', (event) => {
      const section = document.getElementById(target);
      if (section === null) return;
      event.preventDefault();
      if (!section.hasAttribute('tabindex')) section.tabIndex = -1;
      section.scrollIntoView({ block: 'start' });
      section.focus({ preventScroll: true });
    });
    const item = element('li');
    item.append(a);
    list.append(item);
  }
  nav.append(list);
  return nav;
}
