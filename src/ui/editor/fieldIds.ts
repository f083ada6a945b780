/** DOM ids of generated fields, from their draft paths: the problems list and focus restore find fields by path. */
import type { DraftPath } from '../../editor/draftEdit';

export function pathKey(path: DraftPath): string {
  return path.map((segment) => String(segment).replace(/[^A-Za-z0-9_-]/g, '_')).join('.');
}

export function fieldId(path: DraftPath): string {
  return `ed-f-${pathKey(path)}`;
}

/** The element that shows the field's problems (named by its aria-describedby). */
export function problemId(path: DraftPath): string {
  return `ed-p-${pathKey(path)}`;
}

export function helpId(path: DraftPath): string {
  return `ed-h-${pathKey(path)}`;
}
