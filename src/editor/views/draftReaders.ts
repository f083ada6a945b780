/**
 * Reading a draft that may be half-written: every list and field is checked before use, so a view
 * draws what is there and never throws on a missing or mistyped part (live validation reports it).
 */

export type DraftRecord = Readonly<Record<string, unknown>>;

/** The object items of the array at `draft[key]`, each with its index in that array. */
export function recordsOf(parent: unknown, key: string): { record: DraftRecord; index: number }[] {
  const list = isRecord(parent) ? parent[key] : undefined;
  if (!Array.isArray(list)) return [];
  const out: { record: DraftRecord; index: number }[] = [];
  list.forEach((item, index) => {
    if (isRecord(item)) out.push({ record: item, index });
  });
  return out;
}

export function isRecord(value: unknown): value is DraftRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The string at `record[key]`, or undefined. */
export function stringField(record: unknown, key: string): string | undefined {
  const value = isRecord(record) ? record[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The finite number at `record[key]`, or undefined. */
export function numberField(record: unknown, key: string): number | undefined {
  const value = isRecord(record) ? record[key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Every id used in the arrays named by `keys` (for picking a fresh one). */
export function idsIn(parent: unknown, keys: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const key of keys) for (const { record } of recordsOf(parent, key)) {
    const id = stringField(record, 'id');
    if (id) ids.add(id);
  }
  return ids;
}
