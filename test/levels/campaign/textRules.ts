/**
 * The checks of textMatchesRules.test.ts as functions (that test runs them over every built-in level;
 * test/editor/templateTexts.test.ts over every editor template's example texts).
 */
import { readFileSync } from 'node:fs';
import type { Level } from '../../../src/levels/schema/level';
import { metricArgs } from '../../../src/levels/schema/metrics';
import { CATALOGS } from '../../../src/i18n/messages';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

/** The page's panel names: index.html headings and legends, the plot titles, the scene side panels' groups. */
export function panelNames(): Set<string> {
  const names = new Set<string>();
  for (const m of read('index.html').matchAll(/<(?:h2|legend)[^>]*>([^<]+)<\/(?:h2|legend)>/g)) names.add(m[1].trim());
  // The sources name their texts by key (t('scene.plot.…')): the English string file says what they read.
  const inEnglish = (key: string): string => String(CATALOGS.en[key] ?? key);
  const titles = /const titles: Record<PlotId, string> = \{([^}]+)\}/.exec(read('src/render/plots/PlotPanel.ts'));
  for (const m of titles?.[1].matchAll(/t\('([^']+)'\)/g) ?? []) names.add(inEnglish(m[1]));
  for (const file of ['src/render/scenes/songbird/songbirdPanel.ts']) {
    for (const m of read(file).matchAll(/setAttribute\('aria-label', t\('([^']+)'\)\)/g)) names.add(inEnglish(m[1]));
  }
  return names;
}

export interface Text { field: string; text: string }

export function texts(level: Level): Text[] {
  const lesson = level.lesson;
  const out: Text[] = level.objectives.map((o, i) => ({ field: `objectives[${i}].description`, text: o.description }));
  if (lesson === undefined) return out;
  out.push({ field: 'lesson.goal', text: lesson.goal }, { field: 'lesson.intro', text: lesson.intro });
  lesson.hints.forEach((h, i) => out.push({ field: `lesson.hints[${i}]`, text: typeof h === 'string' ? h : h.text }));
  (lesson.predictions ?? []).forEach((p, i) => out.push({ field: `lesson.predictions[${i}].question`, text: p.question }));
  (lesson.sketchPredictions ?? []).forEach((p, i) => out.push({ field: `lesson.sketchPredictions[${i}].question`, text: p.question }));
  return out;
}

/** Every trial count the level has (see the header). */
export function trialNumbers(level: Level): Set<number> {
  const numbers = new Set<number>();
  const phaseEnds: number[] = [];
  let total = 0;
  for (const session of level.timeline?.sessions ?? []) {
    for (const phase of session.phases) {
      numbers.add(phase.trials);
      total += phase.trials;
      numbers.add(total);
      phaseEnds.push(total);
    }
  }
  for (const o of [...level.objectives, ...level.measures]) {
    const over = (o as { over?: { lastTrials?: number; firstTrials?: number } }).over;
    if (over?.lastTrials !== undefined) numbers.add(over.lastTrials);
    if (over?.firstTrials !== undefined) numbers.add(over.firstTrials);
  }
  for (const rule of level.lesson?.stars ?? []) if (rule.trialsAtMost !== undefined) numbers.add(rule.trialsAtMost);
  // A question asked before trial k may say how many trials are left in the phase it falls in.
  for (const p of [...(level.lesson?.predictions ?? []), ...(level.lesson?.sketchPredictions ?? [])]) {
    if (p.askedBefore === 'start') continue;
    const k = p.askedBefore.trial;
    numbers.add(k);
    for (const end of phaseEnds) if (end >= k) numbers.add(end - k + 1);
  }
  // A sketch question's x axis ("over the first 800 renditions").
  for (const p of level.lesson?.sketchPredictions ?? []) {
    const { fromTrial, toTrial } = p.sketch;
    if (toTrial !== undefined) numbers.add(toTrial - (fromTrial ?? 1) + 1);
  }
  // A metric's own trial window, stated in its definition ("% of the last 10 scored trials").
  for (const o of [...level.objectives, ...level.measures]) {
    const window = /\blast (\d+)\b/.exec((metricArgs as Record<string, { description?: string }>)[o.metric]?.description ?? '');
    if (window) numbers.add(Number(window[1]));
  }
  return numbers;
}

export const TRIAL_COUNT = /\b(\d[\d,]*) (?:[a-z-]+ ){0,2}(?:trials|renditions|pairings)\b/g;
/** "Run 100 trials", "practise 2000 renditions", "Train for 100 trials": an order to run a fixed count. */
export const RUN_ORDER = /\b(?:run|practise|practice|train for)\b(?:(?!up to|at most|at the latest)[^.])*?\b(\d[\d,]*) (?:[a-z-]+ )?(?:trials|renditions)\b/gi;
export const PANEL_REFERENCES = [
  /\bunder "([^"]+)"/g,
  /\(under ([A-Z][\w-]*(?: [a-z][\w-]*)*)\)/g,
  /\bin "([^"]+)"/g,
  /\(([A-Z][a-z]+(?: [a-z]+)+)\)/g,
  /\b(?:the|The) ([a-z]+(?: [a-z]+)?) panel\b/g,
];

/** Every objective is measured over a window that ends with the run: the goal cannot be met before its end. */
export function measuredAtEnd(level: Level): boolean {
  return level.objectives.every((o) => {
    const window = (o as { over?: { window?: { endMs: number } } }).over?.window;
    return window !== undefined && window.endMs >= level.durationMs;
  });
}

/** What in a level's texts contradicts its rules (empty: nothing); `stopsAtGoal`: the level pauses where its goal is met. */
export function textProblems(level: Level, stopsAtGoal: boolean, panels: ReadonlySet<string> = panelNames()): string[] {
  const allowed = trialNumbers(level);
  const problems: string[] = [];
  for (const { field, text } of texts(level)) {
    for (const m of text.matchAll(TRIAL_COUNT)) {
      const n = Number(m[1].replace(/,/g, ''));
      if (!allowed.has(n)) problems.push(`${field}: "${m[0]}" but the level has no ${n}-trial stretch (it has ${[...allowed].sort((a, b) => a - b).join(', ')})`);
    }
    if (stopsAtGoal && !measuredAtEnd(level)) {
      const total = level.timeline?.sessions.flatMap((s) => s.phases).reduce((sum, p) => sum + p.trials, 0) ?? 0;
      for (const m of text.matchAll(RUN_ORDER)) {
        if (Number(m[1].replace(/,/g, '')) === total) problems.push(`${field}: "${m[0]}" but the level stops as soon as its goal is met (say "until …, at most ${total}")`);
      }
    }
    for (const pattern of PANEL_REFERENCES) {
      for (const m of text.matchAll(pattern)) {
        const name = m[1];
        const known = [...panels].some((p) => p.toLowerCase() === name.toLowerCase());
        if (!known) problems.push(`${field}: names a panel "${name}" the page does not have (it has ${[...panels].join(', ')})`);
      }
    }
  }
  return problems;
}
