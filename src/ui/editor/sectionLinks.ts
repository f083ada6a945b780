/**
 * The editor's section links: Tab and Enter jump to a part of the level. The keyboard moves there too
 * (a plain anchor left focus on the page's body), and the address keeps its fragment (it may hold a
 * #level= link).
 */
import { EDITOR_SECTIONS } from './editorSections';
import { element } from './fieldControls';

export function sectionLinks(): HTMLElement {
  const nav = element('nav', 'ed-nav');
  nav.setAttribute('aria-label', 'Editor sections');
  const list = element('ul');
  const links: [string, string][] = [['ed-start', 'Start'], ['ed-problems', 'Problems'], ...EDITOR_SECTIONS.map((s): [string, string] => [`ed-sec-${s.id}`, s.title]), ['ed-check', 'Quick check'], ['ed-export', 'Export']];
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
