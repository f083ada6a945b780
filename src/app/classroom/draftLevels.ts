/**
 * The editor's drafts that are playable levels, for the link builder's "Editor drafts" group: each
 * draft in this browser's editor database that passes loadLevel, under the key "draft:<storage id>".
 * A draft that does not (yet) validate, a damaged record, or a browser without storage gives none:
 * the builder then simply has no such group.
 */
import { loadLevel } from '../../levels/loadLevel';
import type { Level } from '../../levels/schema/level';
import { EditorDraftDb } from '../editor/editorDraftDb';

export async function playableDrafts(): Promise<Map<string, Level>> {
  const drafts = new Map<string, Level>();
  try {
    for (const entry of await (await EditorDraftDb.open()).list()) {
      if (entry.kind !== 'draft') continue;
      const loaded = loadLevel(entry.record.draft);
      if (loaded.ok) drafts.set(`draft:${entry.record.id}`, loaded.level);
    }
  } catch {
    // No storage (a private window, a blocked database): no drafts to offer.
  }
  return drafts;
}
