/**
 * Before any schema sees level data it is copied into fresh plain objects, rejecting what JSON
 * cannot carry (NaN, Infinity, functions, class instances, cycles, accessors), keys that could
 * reach prototypes (__proto__, constructor, prototype) and absurd nesting.
 */
import { formatPath, type LevelError, type PathSegment } from './errors';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest nesting a level needs is about 12; anything past this is rejected. */
export const MAX_DEPTH = 32;
/** Largest level file, in characters. */
export const MAX_TEXT_LENGTH = 50_000_000;
/** Most errors reported from one file: enough to fix it, not enough to flood a terminal. */
export const MAX_ERRORS = 100;

interface WalkState {
  errors: LevelError[];
  ancestors: Set<object>;
  nodes: number;
}

const MAX_NODES = 20_000_000;

function fail(state: WalkState, path: readonly PathSegment[], message: string): undefined {
  if (state.errors.length < MAX_ERRORS) state.errors.push({ path: formatPath(path), message });
  return undefined;
}

function copyValue(value: unknown, path: PathSegment[], depth: number, state: WalkState): unknown {
  if (++state.nodes > MAX_NODES) return fail(state, path, `too many values (more than ${MAX_NODES})`);
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) return fail(state, path, `must be a finite number, got ${String(value)}`);
      return value === 0 ? 0 : value; // -0 becomes 0, as it would after a trip through JSON
    case 'undefined':
      return fail(state, path, 'must be a JSON value, got undefined');
    case 'object':
      break;
    default:
      return fail(state, path, `must be a JSON value, got a ${typeof value}`);
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) return fail(state, path, `is nested deeper than ${MAX_DEPTH} levels`);
  if (state.ancestors.has(value)) return fail(state, path, 'is a circular reference');
  state.ancestors.add(value);
  try {
    if (Array.isArray(value)) return copyArray(value, path, depth, state);
    return copyObject(value, path, depth, state);
  } finally {
    state.ancestors.delete(value);
  }
}

function copyArray(value: unknown[], path: PathSegment[], depth: number, state: WalkState): unknown[] {
  const out: unknown[] = new Array<unknown>(value.length);
  for (let i = 0; i < value.length; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) { fail(state, [...path, i], 'is an empty slot in an array'); continue; }
    path.push(i);
    out[i] = copyValue(value[i], path, depth + 1, state);
    path.pop();
  }
  return out;
}

function copyObject(value: object, path: PathSegment[], depth: number, state: WalkState): Record<string, unknown> | undefined {
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return fail(state, path, 'must be a plain JSON object');
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) { fail(state, [...path, key], `the key "${key}" is not allowed`); continue; }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) continue;
    if (!('value' in descriptor)) { fail(state, [...path, key], 'must be a data property, not a getter'); continue; }
    if (descriptor.value === undefined) continue; // an absent optional field written as undefined
    path.push(key);
    const copied = copyValue(descriptor.value, path, depth + 1, state);
    path.pop();
    Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A safe deep copy of untrusted data, or the reasons it cannot be a level. */
export function sanitizeLevelData(value: unknown): { ok: true; value: unknown } | { ok: false; errors: LevelError[] } {
  const state: WalkState = { errors: [], ancestors: new Set(), nodes: 0 };
  const copied = copyValue(value, [], 0, state);
  return state.errors.length > 0 ? { ok: false, errors: state.errors } : { ok: true, value: copied };
}
