/** The editor's section links: in-page anchors, so Tab and Enter jump to a part of the level. */
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
    const item = element('li');
    item.append(a);
    list.append(item);
  }
  nav.append(list);
  return nav;
}
