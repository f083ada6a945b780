/**
 * Files (recordings) kept once, whoever carries them: each under a key made from its SHA-256, so a
 * level opened twice or a draft started from it shares the bytes. The owners (drafts, Your levels)
 * keep a map from the path their level names to the key. Without SubtleCrypto (a page not served
 * over https or localhost) a file is kept under its owner and path instead: no sharing, same result.
 */
import { DRAFT_FILES, FILES, YOUR_LEVELS } from './editorDatabase';

/** Path as the level names it → file key. */
export type FileRefs = Record<string, string>;

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keys for the files of `owner` and the bytes under each key (computed before a transaction opens: hashing is asynchronous). */
export async function keyFiles(owner: string, files: ReadonlyMap<string, Uint8Array>): Promise<{ refs: FileRefs; byKey: Map<string, Uint8Array> }> {
  const refs: FileRefs = {};
  const byKey = new Map<string, Uint8Array>();
  const subtle = globalThis.crypto?.subtle;
  for (const [path, bytes] of files) {
    const key = subtle === undefined ? `owner:${owner}/${path}` : `sha256:${hex(await subtle.digest('SHA-256', bytes.slice()))}`;
    refs[path] = key;
    byKey.set(key, bytes);
  }
  return { refs, byKey };
}

export function putFiles(files: IDBObjectStore, byKey: ReadonlyMap<string, Uint8Array>): void {
  for (const [key, bytes] of byKey) files.put(bytes, key);
}

/** A map from paths to file keys (what a draft's files record is, and a level of Yours' `files`). */
export function isRefs(value: unknown): value is FileRefs {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

/** The refs an owner record holds, or none when it is damaged. */
export function refsOf(value: unknown): FileRefs {
  return isRefs(value) ? value : {};
}

/** Reads the files `refs` names; a missing or damaged one is reported by its path. */
export function readFiles(files: IDBObjectStore, refs: FileRefs, onDone: (result: { files: Map<string, Uint8Array>; missing: string[] }) => void): void {
  const result = new Map<string, Uint8Array>();
  const missing: string[] = [];
  const entries = Object.entries(refs);
  if (entries.length === 0) { onDone({ files: result, missing }); return; }
  let left = entries.length;
  for (const [path, key] of entries) {
    const request = files.get(key);
    request.onsuccess = () => {
      const value: unknown = request.result;
      if (value instanceof Uint8Array) result.set(path, value);
      else missing.push(path);
      if (--left === 0) onDone({ files: result, missing });
    };
  }
}

/**
 * Deletes the files no draft and no level of Yours names any more. Runs in a transaction over the
 * three stores (after a removal), so a file is never deleted while a new owner is being written.
 */
export function deleteUnusedFiles(tx: IDBTransaction): void {
  const used = new Set<string>();
  // Each store read with its own shape: a draft's record IS its refs (a recording may be named "files"),
  // a level of Yours keeps them under `files`.
  const owners: Array<{ request: IDBRequest<unknown[]>; refsIn: (owner: unknown) => FileRefs }> = [
    { request: tx.objectStore(DRAFT_FILES).getAll(), refsIn: (owner) => refsOf(owner) },
    { request: tx.objectStore(YOUR_LEVELS).getAll(), refsIn: (owner) => refsOf(typeof owner === 'object' && owner !== null ? (owner as { files?: unknown }).files : undefined) },
  ];
  let left = owners.length;
  for (const { request, refsIn } of owners) {
    request.onsuccess = () => {
      for (const owner of request.result) for (const key of Object.values(refsIn(owner))) used.add(key);
      if (--left > 0) return;
      const keys = tx.objectStore(FILES).getAllKeys();
      keys.onsuccess = () => { for (const key of keys.result) if (!used.has(String(key))) tx.objectStore(FILES).delete(key); };
    };
  }
}
