/** What the status line says after a rename: how many references followed, and where the old id is still named (in words, not paths). */
import type { planRename } from '../../editor/renameId';
import { pathWords } from './problemsPanel';
import { t } from '../../i18n/messages';

export function renamedMessage(newId: string, plan: Pick<ReturnType<typeof planRename>, 'updated' | 'remaining'>): string {
  const updated = plan.updated.length;
  const renamed = updated > 0 ? t('editor.rename.doneWithReferences', { id: newId, count: updated }) : t('editor.rename.done', { id: newId });
  return plan.remaining.length > 0 ? t('editor.rename.stillNamed', { renamed, places: plan.remaining.map(pathWords).join('; ') }) : renamed;
}
