/**
 * A template's example texts in the page's language. A new level starts from a template's texts
 * (intro, goal, explanation card, teacher notes, questions, labels the player reads); the designer
 * then owns them: a draft keeps whatever is typed and is never translated again. Each text is keyed
 * editor.template.<template>.<path in the draft> ("editor.template.reward.lesson.intro"); the
 * English entries are the template's own texts (a test checks they match, and that es has each).
 */
import { hasKey, t } from '../i18n/messages';

/** Fields whose strings a player or teacher reads (ids, kinds and paths are not among them). */
const TEXT_FIELDS = new Set(['intro', 'goal', 'explanation', 'whatHappened', 'teacherNotes', 'question', 'reveal', 'description', 'label', 'text', 'title']);
/** Lists whose strings are texts (a prediction's choices, plain hints). */
const TEXT_LISTS = new Set(['choices', 'hints']);

export interface TemplateText { readonly path: readonly (string | number)[]; readonly text: string }

/** Every text of a template's draft, with its path (the level's own title is the header's, named apart). */
export function templateTexts(draft: unknown): TemplateText[] {
  const found: TemplateText[] = [];
  const visit = (value: unknown, path: (string | number)[], textList: boolean): void => {
    const key = path[path.length - 1];
    if (typeof value === 'string') {
      if (path.length > 1 && (textList || (typeof key === 'string' && TEXT_FIELDS.has(key)))) found.push({ path, text: value });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i], typeof key === 'string' && TEXT_LISTS.has(key)));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, [...path, k], false);
  };
  visit(draft, [], false);
  return found;
}

export function templateTextKey(templateKey: string, path: readonly (string | number)[]): string {
  return `editor.template.${templateKey}.${path.join('.')}`;
}

/** The draft with each of its template texts in the page's language (in place; the draft is new). */
export function localizeTemplateTexts<T>(templateKey: string, draft: T): T {
  for (const { path } of templateTexts(draft)) {
    const key = templateTextKey(templateKey, path);
    if (!hasKey(key, 'en')) continue;
    let parent = draft as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
    parent[path[path.length - 1]] = t(key);
  }
  return draft;
}
