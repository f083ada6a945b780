// Round trips through the code the editor's buttons and the page's Open use: a draft edited through the
// real DraftStore (form edits, the canvas's add/connect/input edits, a rename, copy and paste, the
// timeline's trial count, an objective, with undo and redo on the way) is exported by the editor's
// own export actions (src/app/editor/draftExports.ts: only downloadFile and the clipboard, the DOM's
// part, are replaced by recorders) and opened by the page's intake (src/app/open/levelIntake.ts: a
// chosen file, a pasted link, the page's address): the opened level is the draft's level, field for
// field, and the file and the link carry the draft's data exactly. A draft with its own recording
// goes through the zip bundle with the recording's bytes intact.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../src/editor/applyEdit';
import { copyParts, pasteEdit } from '../../src/editor/clipboard';
import { validateDraft } from '../../src/editor/draftProblems';
import { DraftStore } from '../../src/editor/draftStore';
import { planRename } from '../../src/editor/renameId';
import { draftFromLevel, LEVEL_TEMPLATES } from '../../src/editor/templates';
import { addStimulus } from '../../src/editor/views/inputEdits';
import { addPopulation, connectPopulations } from '../../src/editor/views/networkEdits';
import { loadedLevelFiles, type AssetSource } from '../../src/levels/loadedLevelFiles';
import { loadLevel } from '../../src/levels/loadLevel';
import type { Level } from '../../src/levels/schema/level';
import { LEVEL_SCHEMA_REF } from '../../src/levels/share';

/** What the editor's export buttons handed to the browser: downloads and the clipboard. */
const saved: { name: string; content: unknown; type: string }[] = [];
let clipboard: string | null = null;
vi.mock('../../src/app/downloadFile', () => ({
  downloadFile: (name: string, content: unknown, type: string) => { saved.push({ name, content, type }); },
}));

const { draftExportActions } = await import('../../src/app/editor/draftExports');
const { openParts, partsOfFiles, partsOfHash, partsOfPaste } = await import('../../src/app/open/levelIntake');

const PAGE = 'https://synaptica.example/play/index.html?editor';
const utf8 = new TextEncoder();
const levelText = (id: string): string => readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8');

beforeEach(() => {
  saved.length = 0;
  clipboard = null;
  vi.stubGlobal('window', { location: { href: PAGE } });
  vi.stubGlobal('navigator', { clipboard: { writeText: (text: string) => { clipboard = text; return Promise.resolve(); } } });
});
afterEach(() => { vi.unstubAllGlobals(); });

function loaded(data: unknown): Level {
  const result = loadLevel(data);
  if (!result.ok) throw new Error(`does not load: ${JSON.stringify(result.errors)}`);
  return result.level;
}

function ids(draft: Draft, key: string): string[] {
  const list = draft[key];
  return Array.isArray(list) ? list.map((item) => String((item as { id?: unknown }).id)) : [];
}

/** The edits a designer makes, each through the store as the editor's views make them. */
function designerEdits(store: DraftStore, name: string): void {
  const apply = ({ edit, label }: { edit: Parameters<DraftStore['apply']>[0]; label: string }): void => store.apply(edit, label);
  apply({ edit: { kind: 'set', path: ['title'], value: `Round trip: ${name}` }, label: 'Change title' });
  apply({ edit: { kind: 'set', path: ['seed'], value: 7 }, label: 'Change seed' });
  apply({ edit: { kind: 'set', path: ['description'], value: `Edited in a test ("quotes", ü, 🧠) from ${name}.` }, label: 'Change description' });
  // The canvas: two new populations, a projection between them and an input into the first. A new
  // population takes the draft's first neuron type; where that is a spike source (homeostasis), the
  // designer picks a type that takes input in its form, as the validation message next to it asks.
  const first = addPopulation(store.draft, { x: 40, y: 40 });
  apply(first);
  const second = addPopulation(store.draft, { x: 60, y: 40 });
  apply(second);
  const types = (store.draft.neuronTypes ?? []) as { id: string; model: string }[];
  const receiving = types.find((t) => t.model !== 'poisson');
  if (types[0]?.model === 'poisson' && receiving) {
    for (const path of [first.path, second.path]) store.apply({ kind: 'set', path: [...path, 'type'], value: receiving.id }, 'Change type');
  }
  const counts = new Map([[first.id, 10], [second.id, 10]]);
  apply(connectPopulations(store.draft, first.id, second.id, counts));
  apply(addStimulus(store.draft, first.id));
  // A rename that follows every reference (projection, stimulus), then copy and paste of the pair.
  const renamed = planRename(store.draft, 'populations', ids(store.draft, 'populations').indexOf(first.id), 'sensors');
  expect(renamed.refusal).toBeNull();
  expect(renamed.updated.length).toBe(2);
  store.apply(renamed.edit, 'Rename population');
  const pops = ids(store.draft, 'populations');
  const projections = ids(store.draft, 'projections');
  store.apply(pasteEdit(store.draft, copyParts(store.draft, [pops.indexOf('sensors'), pops.indexOf(second.id)], [projections.length - 1])), 'Paste 3 items');
  // The timeline's trial count and an objective's threshold, where the level has them.
  const phases = (store.draft.timeline as { sessions?: { phases?: unknown[] }[] } | undefined)?.sessions?.[0]?.phases;
  const trials = Array.isArray(phases) ? (phases[0] as { trials?: unknown }).trials : undefined;
  if (typeof trials === 'number') store.apply({ kind: 'set', path: ['timeline', 'sessions', 0, 'phases', 0, 'trials'], value: trials + 5 }, 'Change trials');
  const objectives = store.draft.objectives;
  if (Array.isArray(objectives) && typeof (objectives[0] as { threshold?: unknown }).threshold === 'number') {
    store.apply({ kind: 'set', path: ['objectives', 0, 'threshold'], value: (objectives[0] as { threshold: number }).threshold / 2 }, 'Change threshold');
  }
  // Undo the last four steps (back over the paste at least), then redo them: the same draft as before.
  const before = store.draft;
  for (let i = 0; i < 4; i++) expect(store.undo()).toBe(true);
  expect(store.draft).not.toEqual(before);
  for (let i = 0; i < 4; i++) expect(store.redo()).toBe(true);
  expect(store.draft).toEqual(before);
}

async function exportAll(draft: () => Draft, files?: () => AssetSource): Promise<{ file: string; zip: Uint8Array; link: string; messages: string[] }> {
  const actions = draftExportActions(draft, files);
  expect(actions.map((a) => a.label)).toEqual(['Download level file (.json)', 'Download with recordings (.zip)', 'Copy link']);
  const messages: string[] = [];
  for (const action of actions) messages.push(await action.run());
  const file = saved.find((s) => s.name.endsWith('.json'));
  const zip = saved.find((s) => s.name.endsWith('.zip'));
  expect(file?.type).toBe('application/json');
  expect(zip?.type).toBe('application/zip');
  expect(typeof file?.content).toBe('string');
  expect(zip?.content).toBeInstanceOf(Uint8Array);
  return { file: file!.content as string, zip: zip!.content as Uint8Array, link: clipboard ?? '', messages };
}

/** The draft's data as a file carries it: the same fields, "$schema" pointing at the level schema. */
const asFiled = (draft: Draft): Record<string, unknown> => ({ ...draft, $schema: LEVEL_SCHEMA_REF });

const sources = [
  ...LEVEL_TEMPLATES.map((t) => ({ name: `template ${t.key}`, create: () => t.create() })),
  ...['stdp-pairing', 'dopamine-acquisition', 'eyeblink-acquisition', 'homeostasis', 'songbird-tutor'].map((id) => ({
    name: `level ${id}`, create: () => draftFromLevel(JSON.parse(levelText(id)) as unknown),
  })),
];

describe('editor draft → export → open: the same level', () => {
  it.each(sources)('$name: edited, exported as a file, a zip and a link, opened by the page\'s intake', async ({ name, create }) => {
    const store = new DraftStore(create());
    designerEdits(store, name);
    expect(validateDraft(store.draft)).toEqual([]);
    const draftLevel = loaded(store.draft);
    const out = await exportAll(() => store.draft, undefined);
    const id = String(store.draft.id);
    expect(out.messages).toEqual([`Saved ${id}.json.`, `Saved ${id}.zip: the level file alone, as the level has no recordings of its own.`, `Link copied (${out.link.length} characters).`]);

    // The file: its text is the draft's data; chosen on the page, it opens as the draft's level.
    expect(out.file.startsWith(`{\n  "$schema": "${LEVEL_SCHEMA_REF}",`)).toBe(true);
    expect(JSON.parse(out.file)).toEqual(asFiled(store.draft));
    const byFile = openParts(partsOfFiles([{ name: `${id}.json`, bytes: utf8.encode(out.file) }]));
    expect(byFile.ok && byFile.level).toEqual(draftLevel);

    // The zip bundle (nothing to bundle here but the level file).
    const byZip = openParts(partsOfFiles([{ name: `${id}.zip`, bytes: out.zip }]));
    expect(byZip.ok && byZip.level).toEqual(draftLevel);
    expect(byZip.ok && byZip.assets.size).toBe(0);

    // The link: on this page's address, without ?editor; pasted, or opened as the page's own address.
    const link = new URL(out.link);
    expect(`${link.origin}${link.pathname}`).toBe('https://synaptica.example/play/index.html');
    expect(link.search).toBe('');
    const pasted = partsOfPaste(`Try my level: ${out.link}.`);
    expect(pasted?.ok && JSON.parse(pasted.levelText)).toEqual(store.draft);
    const byPaste = openParts(pasted!);
    expect(byPaste.ok && byPaste.level).toEqual(draftLevel);
    const byAddress = openParts(partsOfHash(link.hash)!);
    expect(byAddress.ok && byAddress.level).toEqual(draftLevel);

    // Opened, edited again from the opened level, exported again: the same file text (a fixed point).
    saved.length = 0;
    const again = await exportAll(() => draftFromLevel(JSON.parse(out.file) as unknown));
    expect(again.file).toBe(out.file);
  });

  it('a draft with its own recording (tutor.wav): the zip and the link carry the recording, byte for byte', async () => {
    const wav = new Uint8Array(readFileSync(new URL('../../assets/tutors/whistle-sweep.wav', import.meta.url)));
    const data = JSON.parse(levelText('songbird-wav-tutor')) as { circuits: { tutor?: { wav?: string } }[] };
    for (const circuit of data.circuits) if (circuit.tutor) circuit.tutor = { ...circuit.tutor, wav: 'tutor.wav' };
    const store = new DraftStore(draftFromLevel(data));
    designerEdits(store, 'songbird-wav-tutor with its own recording');
    expect(validateDraft(store.draft)).toEqual([]);
    const draftLevel = loaded(store.draft);
    // As after "Edit a copy" of a level opened with its files: the recordings come from what was opened.
    const out = await exportAll(() => store.draft, () => loadedLevelFiles(new Map([['tutor.wav', wav]])));

    const byZip = openParts(partsOfFiles([{ name: 'mine.zip', bytes: out.zip }]));
    expect(byZip.ok && byZip.level).toEqual(draftLevel);
    expect(byZip.ok && [...byZip.assets.keys()]).toEqual(['tutor.wav']);
    expect(byZip.ok && Buffer.from(byZip.assets.get('tutor.wav')!).equals(Buffer.from(wav))).toBe(true);

    // The .json alone names a recording that did not come with it: refused at the field, in words.
    const alone = openParts(partsOfFiles([{ name: 'mine.json', bytes: utf8.encode(out.file) }]));
    expect(alone.ok).toBe(false);
    expect(!alone.ok && alone.errors.map((e) => e.path)).toEqual(['circuits[0].tutor.wav']);
    // ... and with the recording chosen beside it, it opens as the same level.
    const withWav = openParts(partsOfFiles([{ name: 'mine.json', bytes: utf8.encode(out.file) }, { name: 'tutor.wav', bytes: wav }]));
    expect(withWav.ok && withWav.level).toEqual(draftLevel);

    // The link holds the whole bundle (this recording fits in one: about 26,000 characters).
    expect(out.messages[2]).toBe(`Link copied (${out.link.length} characters).`);
    const byLink = openParts(partsOfPaste(out.link)!);
    expect(byLink.ok && byLink.level).toEqual(draftLevel);
    expect(byLink.ok && Buffer.from(byLink.assets.get('tutor.wav')!).equals(Buffer.from(wav))).toBe(true);
  });
});
