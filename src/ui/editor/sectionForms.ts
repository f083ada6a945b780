/**
 * The editor's sections (Level, Network, Timeline, Goals, Lesson, More): one box each with its
 * generated forms and, for Network and Timeline, the region where the drawing goes. It remembers
 * which list items are open, and takes the keyboard to the field of a path.
 */
import type { Draft } from '../../editor/applyEdit';
import type { DraftPath } from '../../editor/draftEdit';
import { formAt } from '../../editor/formAt';
import { levelSchema } from '../../levels/schema/level';
import { sectionIntro, sectionsWithMore, sectionTitle } from './editorSections';
import { element } from './fieldControls';
import { fieldId, pathKey } from './fieldIds';
import type { FormContext } from './formContext';
import { renderNode } from './formRenderer';
import { t } from '../../i18n/messages';

export class SectionForms {
  readonly element = element('div', 'ed-sections');
  /** Keys (pathKey) of the list items shown open. */
  readonly openItems = new Set<string>();
  private readonly bodies = new Map<string, HTMLElement>();
  private readonly sections = sectionsWithMore(Object.keys(levelSchema.shape));

  /** Builds the boxes; `regions` receives the drawing regions (network, timeline) once they exist. */
  constructor(regions: (network: HTMLElement, timeline: HTMLElement) => void) {
    let network: HTMLElement | null = null;
    let timeline: HTMLElement | null = null;
    for (const section of this.sections) {
      const box = element('section', 'ed-panel ed-section');
      box.id = `ed-sec-${section.id}`;
      box.setAttribute('aria-labelledby', `${box.id}-title`);
      const title = element('h2', undefined, sectionTitle(section));
      title.id = `${box.id}-title`;
      box.append(title, element('p', 'ed-help', sectionIntro(section)));
      if (section.region !== undefined) {
        // ── Region for the editor views (src/ui/editor/canvas and timeline): mounted by mountRegions. ──
        const region = element('div', 'ed-region');
        region.id = `ed-region-${section.region}`;
        region.dataset.region = section.region;
        box.append(region);
        if (section.region === 'network') network = region; else timeline = region;
      }
      const body = element('div', 'ed-section-body');
      this.bodies.set(section.id, body);
      box.append(body);
      this.element.append(box);
    }
    if (network !== null && timeline !== null) regions(network, timeline);
  }

  /** Re-renders every section's forms from the draft. */
  render(draft: Draft, ctx: FormContext): void {
    // A list item opened a moment ago has not had its (asynchronous) toggle event yet: keep it open, or
    // the re-render would close it under the designer's Enter. (Only opening is taken from the page:
    // open(path) marks closed items to open before a render.)
    for (const details of this.element.querySelectorAll<HTMLDetailsElement>('details[data-item-key][open]')) this.openItems.add(details.dataset.itemKey!);
    for (const section of this.sections) {
      this.bodies.get(section.id)?.replaceChildren(...section.paths.map((path) => {
        const node = formAt(draft, path);
        return node === undefined ? element('p', 'ed-help', t('editor.section.noForm')) : renderNode(ctx, node);
      }));
    }
  }

  /** Marks the list items down to a path open; whether any was closed (then the forms need a render). */
  open(path: DraftPath): boolean {
    let opened = false;
    for (let length = 1; length <= path.length; length++) {
      const key = pathKey(path.slice(0, length));
      if (!this.openItems.has(key)) { this.openItems.add(key); opened = true; }
    }
    return opened;
  }

  /** Focuses the field of a path (the nearest one shown, after a render that opened it). */
  /** Focuses the first field of the list item at `path` (its heading when it has none); false when it is not shown. */
  focusItem(path: DraftPath): boolean {
    const item = this.element.querySelector<HTMLElement>(`details[data-item-key="${CSS.escape(pathKey(path))}"]`);
    const target = item?.querySelector<HTMLElement>('input, select, textarea') ?? item?.querySelector<HTMLElement>('summary');
    if (!target) return false;
    target.focus();
    target.scrollIntoView({ block: 'center' });
    return true;
  }

  focus(path: DraftPath): void {
    for (let length = path.length; length >= 0; length--) {
      const target = document.getElementById(fieldId(path.slice(0, length)))
        ?? document.getElementById(`ed-p-${pathKey(path.slice(0, length))}`)?.closest('fieldset')?.querySelector<HTMLElement>('input, select, textarea, button, summary');
      if (target) { target.focus(); target.scrollIntoView({ block: 'center' }); return; }
    }
  }
}
