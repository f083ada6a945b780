/** The generated form of the draft at a path of the level (a section of the editor page, or one field). */
import { levelSchema } from '../levels/schema/level';
import type { Draft } from './applyEdit';
import { valueAt } from './applyEdit';
import type { DraftPath } from './draftEdit';
import { formFor, type FormNode } from './formFields';
import { placeAtPath, schemaAtPath } from './schemaWalk';

export function formAt(draft: Draft, path: DraftPath): FormNode | undefined {
  const schema = schemaAtPath(levelSchema, draft, path);
  if (schema === undefined) return undefined;
  const key = path.length === 0 ? 'level' : path[path.length - 1];
  return formFor(schema, valueAt(draft, path), path, key, placeAtPath(levelSchema, draft, path));
}
