/**
 * Copy and paste of populations and projections. What is copied travels as JSON text (so the system
 * clipboard can carry it between tabs); pasting gives every pasted item an id the draft does not
 * use yet and points pasted projections at the pasted copies of their endpoints when those were
 * copied with them (otherwise at the originals). One paste is one edit (one undo step).
 */
import { valueAt, type Draft } from './applyEdit';
import type { DraftEdit } from './draftEdit';
import { uniqueLabel } from './views/uniqueId';

const MARKER = 'synapticaEditorClipboard';

export interface ClipboardContent {
  readonly populations: readonly Record<string, unknown>[];
  readonly projections: readonly Record<string, unknown>[];
}

const listOf = (draft: Draft, key: 'populations' | 'projections'): Record<string, unknown>[] => {
  const list = valueAt(draft, [key]);
  return Array.isArray(list) ? (list.filter((item) => typeof item === 'object' && item !== null) as Record<string, unknown>[]) : [];
};

/** Copies the listed populations and projections (by index). */
export function copyParts(draft: Draft, populationIndices: readonly number[], projectionIndices: readonly number[]): ClipboardContent {
  const populations = listOf(draft, 'populations');
  const projections = listOf(draft, 'projections');
  return {
    populations: populationIndices.filter((i) => populations[i] !== undefined).map((i) => structuredClone(populations[i])),
    projections: projectionIndices.filter((i) => projections[i] !== undefined).map((i) => structuredClone(projections[i])),
  };
}

export function clipboardText(content: ClipboardContent): string {
  return JSON.stringify({ [MARKER]: 1, ...content });
}

/** Reads clipboard text back; null when it is not something the editor copied. */
export function parseClipboardText(text: string): ClipboardContent | null {
  let data: unknown;
  try { data = JSON.parse(text); } catch { return null; }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>)[MARKER] !== 1) return null;
  const record = data as Record<string, unknown>;
  const items = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)) : []);
  return { populations: items(record.populations), projections: items(record.projections) };
}

/** The first of id, idCopy, idCopy2, ... that is not taken (kept within the 64-character id limit). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.slice(0, 56);
  if (!taken.has(stem)) return stem;
  for (let n = 1; ; n++) {
    const candidate = `${stem}Copy${n === 1 ? '' : n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The edit that pastes the content at the end of the draft's lists. */
export function pasteEdit(draft: Draft, content: ClipboardContent): DraftEdit {
  const populations = listOf(draft, 'populations');
  const projections = listOf(draft, 'projections');
  const takenPopulations = new Set(populations.map((p) => String(p.id)));
  const takenProjections = new Set(projections.map((p) => String(p.id)));
  // A pasted population's label says it is a copy, so the player never sees two boxes with one name.
  const takenLabels = new Set(populations.map((p) => p.label).filter((label): label is string => typeof label === 'string'));
  const renamed = new Map<string, string>();
  const edits: DraftEdit[] = [];
  let populationCount = populations.length;
  for (const item of content.populations) {
    const id = uniqueId(String(item.id ?? 'population'), takenPopulations);
    takenPopulations.add(id);
    renamed.set(String(item.id), id);
    const value: Record<string, unknown> = { ...structuredClone(item), id };
    if (typeof item.label === 'string') {
      value.label = uniqueLabel(`${item.label.slice(0, 48)} (copy)`, takenLabels); // within the 60-character label limit
      takenLabels.add(value.label as string);
    }
    edits.push({ kind: 'insert', path: ['populations'], index: populationCount++, value });
  }
  let projectionCount = projections.length;
  for (const item of content.projections) {
    const id = uniqueId(String(item.id ?? 'projection'), takenProjections);
    takenProjections.add(id);
    const repoint = (end: unknown) => (typeof end === 'string' ? renamed.get(end) ?? end : end);
    edits.push({ kind: 'insert', path: ['projections'], index: projectionCount++, value: { ...structuredClone(item), id, from: repoint(item.from), to: repoint(item.to) } });
  }
  return { kind: 'batch', edits };
}
