/** What the status line says after a rename: how many references followed, and where the old id is still named (in words, not paths). */
import type { planRename } from '../../editor/renameId';
import { pathWords } from './problemsPanel';

export function renamedMessage(newId: string, plan: Pick<ReturnType<typeof planRename>, 'updated' | 'remaining'>): string {
  const updated = plan.updated.length;
  const followed = updated > 0 ? ` and ${updated} reference${updated === 1 ? '' : 's'} with it` : '';
  const stale = plan.remaining.length > 0 ? ` Still names the old id: ${plan.remaining.map(pathWords).join('; ')}.` : '';
  return `Renamed to "${newId}"${followed}.${stale}`;
}
