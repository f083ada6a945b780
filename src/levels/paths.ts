/**
 * Parameter paths: dotted paths into level data used by playerParameters and setParameter, e.g.
 * "projections.ee.plasticity.aPlus". A segment picks an object key, or an array item by its id
 * (or by index when it is a whole number).
 */

export type PathLookup =
  | { ok: true; value: unknown; container: Record<string, unknown> | unknown[]; key: string | number }
  | { ok: false; reason: string };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function hasId(item: unknown, id: string): boolean {
  return typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id;
}

/** Follows a dotted path through level data. */
export function lookupPath(root: unknown, path: string): PathLookup {
  const segments = path.split('.');
  let container: unknown = undefined;
  let key: string | number = '';
  let value: unknown = root;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s];
    const where = segments.slice(0, s).join('.') || 'the level';
    if (segment === '' || FORBIDDEN.has(segment)) return { ok: false, reason: `"${segment}" is not a valid path segment` };
    if (Array.isArray(value)) {
      const byId = value.findIndex((item) => hasId(item, segment));
      const index = byId >= 0 ? byId : (/^\d+$/.test(segment) ? Number(segment) : -1);
      if (index < 0 || index >= value.length) return { ok: false, reason: `${where} has no item with id "${segment}"` };
      container = value; key = index; value = value[index];
    } else if (typeof value === 'object' && value !== null) {
      if (!Object.prototype.hasOwnProperty.call(value, segment)) return { ok: false, reason: `${where} has no field "${segment}"` };
      container = value; key = segment; value = (value as Record<string, unknown>)[segment];
    } else {
      return { ok: false, reason: `${where} is not an object or a list` };
    }
  }
  if (container === undefined) return { ok: false, reason: 'the path is empty' };
  return { ok: true, value, container: container as Record<string, unknown> | unknown[], key };
}

/** The number at a path, or why there is none. */
export function lookupNumber(root: unknown, path: string): { ok: true; value: number } | { ok: false; reason: string } {
  const found = lookupPath(root, path);
  if (!found.ok) return found;
  if (typeof found.value !== 'number') return { ok: false, reason: `"${path}" is not a number field` };
  return { ok: true, value: found.value };
}

/** A copy of `root` with the number at `path` replaced; the caller re-validates the result with loadLevel. */
export function withNumberAt<T>(root: T, path: string, value: number): { ok: true; level: T } | { ok: false; reason: string } {
  const copy = structuredClone(root);
  const found = lookupNumber(copy, path);
  if (!found.ok) return found;
  const target = lookupPath(copy, path);
  if (!target.ok) return target;
  (target.container as Record<string | number, unknown>)[target.key] = value;
  return { ok: true, level: copy };
}
