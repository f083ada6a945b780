/**
 * The campaign's player-facing text is short and readable by a 15-year-old (issue 6, "Content
 * quality"). No simulation runs here: this reads the level files only.
 *
 * Readability is the Flesch–Kincaid grade level (Kincaid et al. 1975):
 *   grade = 0.39 · words/sentences + 11.8 · syllables/words − 15.59,
 * computed per level over all its player-facing lesson text pooled (intro, goal, hints, the
 * "what just happened" card, prediction questions, choices and reveals, sketch questions). A
 * 15-year-old is in grade 9-10. We ask for grade ≤ 8 per level, one grade below the reader: the
 * formula cannot tell a familiar long word from a new technical one (calcineurin, Purkinje), so text
 * full of new terms needs the margin. And no single sentence may be over 25 words: long sentences
 * are what loses young readers first.
 *
 * Syllable heuristic (documented because the grade depends on it): a word's syllables are its
 * groups of consecutive vowels (a e i o u y), minus one for a silent final "e" (not "-le", and never
 * below 1); a token without letters (a number such as 250) counts as one word of 2 syllables.
 * It undercounts words like "calcium" (i-u is two syllables) and so errs toward easier grades,
 * which the margin below grade 9-10 absorbs.
 * Sentences end at ". ", "! ", "? " or ": " followed by a capital, or at the end of a text; a
 * colon or semicolon that joins two clauses is read as a pause, not an end, unless a capital
 * follows. Each text field is at least one sentence.
 *
 * Length limits (words), chosen so a card fits on a phone screen without scrolling and reads in
 * under half a minute (~200 words/min for a teenager reading to learn):
 *   intro ≤ 90 (the card before the level), goal ≤ 40 (one or two sentences: what to do),
 *   each hint ≤ 40, whatHappened ≤ 100 (the card after), prediction question ≤ 40, each choice ≤ 15,
 *   reveal ≤ 50; teacher notes are for adults and have no grade limit, but ≤ 220 words, and those of
 *   the short (non-sandbox) levels name their parts: "Background:", the "Misconception", "Discuss:"
 *   (questions for the class) and "Model:" (what it simplifies).
 * No text may contain HTML tags: the UI shows lesson text as plain text, never as markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campaignLevelIds, loadLevelFile, readCampaign } from './campaignPlayers';

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 2;
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  const silentE = w.length > 2 && w.endsWith('e') && !w.endsWith('le') && !/[aeiouy]e$/.test(w) ? 1 : 0;
  return Math.max(1, groups - silentE);
}

export function words(text: string): string[] {
  return text.split(/[\s\u2014\u2013/]+/).map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((t) => t.length > 0);
}

export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|(?<=[:;])\s+(?=[A-Z])/).map((s) => s.trim()).filter((s) => words(s).length > 0);
}

export interface Readability { words: number; sentences: number; syllables: number; grade: number; longestSentence: number }

export function readability(texts: string[]): Readability {
  let w = 0, s = 0, syl = 0, longest = 0;
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      const ws = words(sentence);
      s += 1;
      w += ws.length;
      syl += ws.reduce((sum, x) => sum + syllables(x), 0);
      longest = Math.max(longest, ws.length);
    }
  }
  const grade = w === 0 ? 0 : 0.39 * (w / s) + 11.8 * (syl / w) - 15.59;
  return { words: w, sentences: s, syllables: syl, grade, longestSentence: longest };
}

const MAX_GRADE = 8;
const MAX_SENTENCE_WORDS = 25;
const LIMITS = { intro: 90, goal: 40, hint: 40, whatHappened: 100, question: 40, choice: 15, reveal: 50, teacherNotes: 220 } as const;
const HTML_TAG = /<\/?[a-zA-Z][^>]*>/;

const levelIds = readdirSync(new URL('../../../levels/', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json').map((f) => f.replace(/\.json$/, ''));
const campaign = readCampaign(levelIds);
const ids = campaignLevelIds(campaign);
/** The short levels (not the sandboxes): their teacher notes follow one outline. */
const shortLevels = new Set(campaign.chapters.flatMap((c) => c.levels));
const NOTE_PARTS = ['Background:', 'Misconception', 'Discuss:', 'Model:'] as const;

interface Field { name: string; text: string; limit?: number }

/** The player-facing fields of a level's lesson, each with its word limit. */
function playerFields(id: string): Field[] {
  const lesson = loadLevelFile(id).lesson;
  if (lesson === undefined) return [];
  const fields: Field[] = [
    { name: 'intro', text: lesson.intro, limit: LIMITS.intro },
    { name: 'goal', text: lesson.goal, limit: LIMITS.goal },
    ...lesson.hints.map((h, i) => ({ name: `hints[${i}]`, text: typeof h === 'string' ? h : h.text, limit: LIMITS.hint })),
    { name: lesson.whatHappened !== undefined ? 'whatHappened' : 'explanation', text: lesson.whatHappened ?? lesson.explanation, limit: LIMITS.whatHappened },
  ];
  for (const [i, p] of (lesson.predictions ?? []).entries()) {
    fields.push({ name: `predictions[${i}].question`, text: p.question, limit: LIMITS.question });
    const choices = (p as { choices?: unknown }).choices;
    if (Array.isArray(choices)) choices.forEach((c, j) => fields.push({ name: `predictions[${i}].choices[${j}]`, text: String(c), limit: LIMITS.choice }));
    fields.push({ name: `predictions[${i}].reveal`, text: p.reveal, limit: LIMITS.reveal });
  }
  for (const [i, p] of (lesson.sketchPredictions ?? []).entries()) {
    fields.push({ name: `sketchPredictions[${i}].question`, text: p.question, limit: LIMITS.question });
    fields.push({ name: `sketchPredictions[${i}].reveal`, text: p.reveal, limit: LIMITS.reveal });
  }
  return fields.filter((f) => f.text.length > 0);
}

/** Every string anywhere in the level's text fields (for the HTML check). */
function allStrings(value: unknown, path: string, out: Array<{ path: string; text: string }>): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => allStrings(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) allStrings(v, `${path}.${k}`, out);
}

describe('readability heuristic', () => {
  it('counts syllables by vowel groups with a silent final e', () => {
    expect(['cat', 'synapse', 'neuron', 'little', 'dopamine', 'the', 'receptor', '250'].map(syllables)).toEqual([1, 2, 2, 2, 3, 1, 3, 2]);
  });
  it('splits sentences at stops and at a colon followed by a capital', () => {
    expect(sentences('One spike. Two spikes! Now: three. Then: More')).toEqual(['One spike.', 'Two spikes!', 'Now: three.', 'Then:', 'More']);
  });
  it('grades plain text low and dense text high', () => {
    expect(readability(['The cat sat on the mat. It was a big cat.']).grade).toBeLessThan(2);
    expect(readability(['Phosphorylation-dependent internalization of postsynaptic AMPA receptors mediates long-term depression.']).grade).toBeGreaterThan(15);
  });
});

describe('campaign lesson text is short, plain and readable', () => {
  for (const id of ids) {
    it(`${id}: Flesch–Kincaid grade ≤ ${MAX_GRADE}, sentences ≤ ${MAX_SENTENCE_WORDS} words, fields within their word limits`, () => {
      const fields = playerFields(id);
      const problems: string[] = [];
      for (const f of fields) {
        const n = words(f.text).length;
        if (f.limit !== undefined && n > f.limit) problems.push(`${id}: lesson.${f.name} has ${n} words (limit ${f.limit})`);
        for (const s of sentences(f.text)) {
          if (words(s).length > MAX_SENTENCE_WORDS) problems.push(`${id}: lesson.${f.name} has a ${words(s).length}-word sentence: "${s}"`);
        }
      }
      const notes = loadLevelFile(id).lesson?.teacherNotes ?? '';
      if (words(notes).length > LIMITS.teacherNotes) problems.push(`${id}: lesson.teacherNotes has ${words(notes).length} words (limit ${LIMITS.teacherNotes})`);
      if (notes.trim().length === 0) problems.push(`${id}: lesson.teacherNotes is empty`);
      if (shortLevels.has(id)) for (const part of NOTE_PARTS) if (!notes.includes(part)) problems.push(`${id}: lesson.teacherNotes lacks "${part}" (background, the misconception, questions to discuss, what the model simplifies)`);
      const r = readability(fields.map((f) => f.text));
      if (r.grade > MAX_GRADE) problems.push(`${id}: grade ${r.grade.toFixed(1)} > ${MAX_GRADE}`);
      expect(problems).toEqual([]);
    });

    it(`${id}: no HTML tags in any text`, () => {
      const raw: unknown = JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8'));
      const strings: Array<{ path: string; text: string }> = [];
      allStrings(raw, id, strings);
      expect(strings.filter((s) => HTML_TAG.test(s.text)).map((s) => s.path)).toEqual([]);
    });
  }
});

/**
 * The misconceptions issue 6 asks levels to target are confronted in so many words in what the
 * player reads after the run (the "what just happened" card or a prediction's reveal), not only in
 * the teacher notes.
 */
const MISCONCEPTIONS: Record<string, { misconception: string; statement: RegExp }> = {
  'stdp-pairing': { misconception: 'STDP depends on coincidence only', statement: /order matters/i },
  'pruning': { misconception: 'STDP depends on coincidence only', statement: /order matters/i },
  'dopamine-acquisition': { misconception: 'dopamine signals pleasure', statement: /surprise, not (for )?pleasure/i },
  'dopamine-omission': { misconception: 'dopamine signals pleasure', statement: /not a pleasure signal/i },
  'dopamine-blocking': { misconception: 'pairing alone teaches (blocking)', statement: /blocking/i },
  'eyeblink-extinction-savings': { misconception: 'extinction is unlearning', statement: /extinction is not unlearning/i },
};

describe('targeted misconceptions are confronted in the player-facing text', () => {
  for (const [id, { misconception, statement }] of Object.entries(MISCONCEPTIONS)) {
    it(`${id}: "${misconception}" is answered (${String(statement)})`, () => {
      expect(ids).toContain(id);
      const lesson = loadLevelFile(id).lesson;
      const after = [lesson?.whatHappened ?? lesson?.explanation ?? '', ...(lesson?.predictions ?? []).map((p) => p.reveal)];
      expect(after.some((t) => statement.test(t)), `${id}: whatHappened or a reveal says ${String(statement)}`).toBe(true);
    });
  }
});

/** Prints the per-level numbers (READABILITY_REPORT=1 npx vitest run test/levels/campaign/lessonText.test.ts). */
if (process.env.READABILITY_REPORT === '1') {
  for (const id of ids) {
    const r = readability(playerFields(id).map((f) => f.text));
    console.log(`${id.padEnd(30)} grade ${r.grade.toFixed(1).padStart(5)}  words ${String(r.words).padStart(4)}  longest sentence ${r.longestSentence}`);
  }
}
