import { withoutLevelTexts } from '../text/localizeLevel';

/**
 * A level's content hash for a results file: 64 bits (two FNV-1a lanes with different offsets) over
 * the level's canonical JSON (keys sorted, so the same data always hashes the same, whatever order a
 * file or the loader wrote its fields in). Not a cryptographic seal: it names which level a run was
 * played on; the replay, not this hash, is what shows a file was not edited.
 */

/** JSON with every object's keys sorted (arrays keep their order); undefined fields are left out as JSON does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/** 16 hex digits over the UTF-16 code units of `text`. */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The content hash of a level without its seed (a teacher's link may change only the seed, which the
 * run records itself) and without its texts (a run played on the Spanish page checks on an English one).
 */
export function levelContentHash(level: unknown): string {
  if (level === null || typeof level !== 'object') return hash64(canonicalJson(level));
  const { seed: _seed, ...rest } = level as Record<string, unknown>;
  return hash64(canonicalJson(withoutLevelTexts(rest)));
}
