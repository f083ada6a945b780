// The browser test page of the editor's two views (test/browser/cases/editorViews.ts builds it with
// vite): the network canvas and the timeline on one draft held by the tests' in-memory DraftEditor,
// validated live by the real level loader. Not part of the product; the editor page replaces it.
import '../../../src/ui/style.css';
import './page.css';
import { mountNetworkCanvas } from '../../../src/ui/editor/canvas/mountNetworkCanvas';
import { mountTimelineEditor } from '../../../src/ui/editor/timeline/mountTimelineEditor';
import { loadLevel } from '../../../src/levels/loadLevel';
import type { DraftPath, DraftProblem } from '../../../src/editor/draftEdit';
import { createMemoryDraftEditor } from '../../editor/views/memoryDraftEditor';
import eyeblink from '../../../levels/eyeblink-acquisition.json';
import pairing from '../../../levels/stdp-pairing.json';
import dopamine from '../../../levels/dopamine-acquisition.json';
import network from '../../../levels/izhikevich-2003.json';

const blank = {
  schemaVersion: 3, id: 'blank', title: 'A new network', seed: 1, dtMs: 1, durationMs: 1000, neuronTypes: [], populations: [],
  stimuli: [{ id: 'tone', kind: 'constantCurrent', target: 'missing', amplitudePa: 5, initiallyActive: false }],
  timeline: { sessions: [{ id: 'day1', phases: [{ id: 'training', trials: 20, trialMs: 500, trialTypes: [{ id: 'paired', events: [
    { id: 'cue', kind: 'cue', target: 'tone', at: { ms: 0 }, durationMs: 200 },
    { kind: 'reward', at: { after: 'cue', ms: 150 }, amount: 1 },
  ] }] }] }] },
};

const LEVELS: Record<string, Record<string, unknown>> = { blank, 'eyeblink-acquisition': eyeblink, 'stdp-pairing': pairing, 'dopamine-acquisition': dopamine, 'izhikevich-2003': network };

/** `populations[2].count` → ['populations', 2, 'count']. */
function pathSegments(path: string): DraftPath {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g)) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else segments.push(match[2] ?? match[3]);
  }
  return segments;
}

function problems(draft: Record<string, unknown>): DraftProblem[] {
  const result = loadLevel(draft);
  return result.ok ? [] : result.errors.map((e) => ({ path: pathSegments(e.path), message: e.message }));
}

const name = new URLSearchParams(location.search).get('level') ?? 'blank';
const editor = createMemoryDraftEditor(structuredClone(LEVELS[name] ?? blank), problems);
const selected = document.getElementById('ev-selected')!;
const onSelect = (path: DraftPath): void => { selected.textContent = `Selected: ${path.join('.')}`; selected.dataset.path = JSON.stringify(path); };
mountNetworkCanvas(document.getElementById('ev-canvas')!, editor, onSelect);
mountTimelineEditor(document.getElementById('ev-timeline')!, editor, onSelect);
document.getElementById('ev-undo')!.addEventListener('click', () => editor.undo());
document.getElementById('ev-redo')!.addEventListener('click', () => editor.redo());
document.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
    if (event.shiftKey) editor.redo(); else editor.undo();
    event.preventDefault();
  }
});

declare global {
  interface Window { __editorViews?: { draft(): Record<string, unknown>; history(): readonly string[] } }
}
window.__editorViews = { draft: () => editor.draft, history: () => editor.history };
