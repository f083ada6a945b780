/** What a delete takes with it, in words for the undo button: "2 projections, 1 recording". */
import type { DraftPath } from './draftEdit';
import { humanizeId } from '../levels/labels/populationLabels';
import { hasKey, t } from '../i18n/messages';

/** The list (or field) a removed path leaves: the list key for an item, the field name otherwise. */
const groupOf = (path: DraftPath): string => String(typeof path[path.length - 1] === 'number' ? path[path.length - 2] : path[path.length - 1]);

/** "3 projections": the group's own words (editor.removed.<list>, one and many), else its name in words. */
function countedWords(group: string, count: number): string {
  const key = `editor.removed.${group}`;
  return hasKey(key, 'en') ? t(key, { count }) : t('editor.removed.other', { count, name: humanizeId(group).toLowerCase() });
}

export function describeRemoved(removed: readonly DraftPath[]): string {
  const counts = new Map<string, number>();
  for (const path of removed) counts.set(groupOf(path), (counts.get(groupOf(path)) ?? 0) + 1);
  const parts = [...counts].map(([group, count]) => countedWords(group, count));
  if (parts.length <= 1) return parts.join('');
  return t('editor.list.pair', { first: parts.slice(0, -1).join(t('editor.list.comma')), last: parts[parts.length - 1] });
}
