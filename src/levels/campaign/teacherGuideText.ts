/**
 * The teacher guide's Markdown from the campaign manifest and the level files (pure: the CLI
 * `npm run teacher-guide` writes it to docs/teacher-guide.md, the page's teacher view shows it).
 * Per chapter and level: the link that opens it, the goal, the objectives, the star rules, the
 * predictions with their answers and reveals (multiple choice and sketches), the hints, the
 * "what just happened" card, the teacher notes and a pointer to the level's model note in
 * docs/model.md. The guide is generated so that it always says what the levels say; a test checks
 * that the committed file equals what this writes now (test/cli/teacherGuide.test.ts).
 */
import { hintSchedule } from './hints';
import { loadCampaign } from './loadCampaign';
import { sketchXLabel } from './sketch';
import { loadLevel } from '../loadLevel';
import { labelNumber, labelWord } from '../labels/labelWords';
import { countOf } from '../labels/countOf';
import { starCount } from './stars';
import type { Level } from '../schema/level';

/** Reads a level file's text by id; null when there is none. */
export type ReadLevelText = (id: string) => string | null;

// Each comparison's words, keyed scene.levels.guide.<name> ("above 5").
const THRESHOLD_WORDS: Record<string, { name: string; english: string }> = {
  '>': { name: 'above', english: 'above' },
  '>=': { name: 'atLeast', english: 'at least' },
  '<': { name: 'below', english: 'below' },
  '<=': { name: 'atMost', english: 'at most' },
};

/** The guide's words for `name` (scene.levels.guide.<name>), English in Node and the CLI. */
function word(name: string, english: string, params?: Readonly<Record<string, string | number>>): string {
  return labelWord(`scene.levels.guide.${name}`, english, params);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function asked(when: 'start' | { trial: number }): string {
  return when === 'start' ? word('askedAtStart', 'asked before the start')
    : word('askedBeforeTrial', `asked before trial ${when.trial}`, { trial: String(when.trial) });
}

function threshold(comparison: string, value: number | readonly number[]): string {
  if (Array.isArray(value)) {
    const [low, high] = [labelNumber(value[0]), labelNumber(value[1])];
    return word('between', `between ${low} and ${high}`, { low, high });
  }
  const shown = labelNumber(value as number);
  const words = THRESHOLD_WORDS[comparison];
  return words === undefined ? `${comparison} ${shown}` : word(words.name, `${words.english} ${shown}`, { value: shown });
}

function starLines(level: Level): string[] {
  const rules = level.lesson?.stars;
  const everyObjective = word('everyObjectiveMet', 'every objective met');
  const line = (stars: number, parts: string[]): string => {
    const [count, conditions] = [starCount(stars), parts.join('; ')];
    return `- ${word('starRule', `${count}: ${conditions}.`, { stars: count, conditions })}`;
  };
  if (rules === undefined) return [line(1, [everyObjective])];
  return [...rules].sort((a, b) => a.stars - b.stars).map((rule) => {
    const parts = [everyObjective];
    if (rule.trialsAtMost !== undefined) parts.push(word('trialsAtMost', `at most ${countOf(rule.trialsAtMost, 'trial')} used`, { count: rule.trialsAtMost }));
    if (rule.predictionsCorrect === true) parts.push(word('predictionsCorrect', 'every prediction asked answered correctly'));
    for (const t of rule.objectiveThresholds ?? []) {
      const objective = level.objectives.find((o) => o.id === t.objective);
      const [name, bound] = [t.label ?? t.objective, threshold(objective?.comparison ?? '', t.threshold)];
      parts.push(word('objectiveThreshold', `${name} ${bound}`, { objective: name, threshold: bound }));
    }
    return line(rule.stars, parts);
  });
}

function reveal(text: string): string {
  const shown = oneLine(text);
  return word('reveal', `Reveal: ${shown}`, { reveal: shown });
}

function predictionLines(level: Level): string[] {
  const lines: string[] = [];
  const lesson = level.lesson;
  for (const p of lesson?.predictions ?? []) {
    lines.push(`- **${oneLine(p.question)}** (${asked(p.askedBefore)})`);
    const answer = word('answer', '(answer)');
    p.choices.forEach((choice, i) => lines.push(`  ${i === p.answer ? '- ✔' : '-'} ${oneLine(choice)}${i === p.answer ? ` ${answer}` : ''}`));
    lines.push(`  - ${reveal(p.reveal)}`);
  }
  for (const s of lesson?.sketchPredictions ?? []) {
    const objective = level.objectives.find((o) => o.id === s.sketch.objective);
    const unit = s.sketch.yUnit ?? '';
    // A part of the run on the x axis (optional fields of newer schema versions, read loosely).
    const range = s.sketch as unknown as { fromTrial?: number; toTrial?: number };
    const from = String(range.fromTrial ?? 1);
    const to = range.toTrial !== undefined ? String(range.toTrial) : word('lastTrial', 'the last');
    const span = range.fromTrial !== undefined || range.toTrial !== undefined ? ` ${word('sketchSpan', `over trials ${from} to ${to}`, { from, to })}` : '';
    const question = oneLine(s.question);
    lines.push(`- **${word('sketchQuestion', `Sketch: ${question}`, { question })}** (${asked(s.askedBefore)})`);
    const named = `\`${s.sketch.objective}\``;
    const drawn = objective === undefined ? named
      : word('sketchObjective', `${named} (${oneLine(objective.description)})`, { objective: named, description: oneLine(objective.description) });
    const [min, max] = [labelNumber(s.sketch.yMin), labelNumber(s.sketch.yMax)];
    const range2 = unit === '' ? word('sketchRange', `from ${min} to ${max}`, { min, max }) : word('sketchRangeWithUnit', `from ${min} to ${max} ${unit}`, { min, max, unit });
    const sketchParams = { objective: drawn, span, x: sketchXLabel(s.sketch), y: s.sketch.yLabel, range: range2, points: String(s.sketch.points), closeEnough: labelNumber(s.sketch.closeEnough) };
    lines.push(`  - ${word('sketchLine', `The player draws objective ${drawn} trial by trial${span}: x axis "${sketchParams.x}", y axis "${s.sketch.yLabel}" ${range2}, ${sketchParams.points} points; it counts as right from a score of ${sketchParams.closeEnough}.`, sketchParams)}`);
    lines.push(`  - ${reveal(s.reveal)}`);
  }
  return lines;
}

function hintLines(level: Level): string[] {
  return hintSchedule(level.lesson?.hints ?? []).map(({ text, afterFailures: after }) =>
    `- ${after === 0 ? word('hintFromStart', `From the start: ${oneLine(text)}`, { hint: oneLine(text) })
      : word('hintAfterFailures', `After ${after} failed attempt${after === 1 ? '' : 's'}: ${oneLine(text)}`, { count: after, hint: oneLine(text) })}`);
}

function levelSection(id: string, level: Level, sandbox: boolean): string[] {
  const lesson = level.lesson;
  const out = [`### ${level.title ?? id} (\`${id}\`${sandbox ? `, ${word('sandbox', 'sandbox')}` : ''})`, ''];
  out.push(word('open', `Open: [\`?level=${id}\`](?level=${id}) (append to the game's address). Model note: [docs/model.md, ${id}](model.md#${id}).`, { id }), '');
  if (lesson !== undefined) out.push(`**${word('goal', 'Goal.')}** ${oneLine(lesson.goal)}`, '');
  if (level.objectives.length > 0) out.push(`**${word('objectives', 'Objectives.')}**`, '', ...level.objectives.map((o) => `- ${oneLine(o.description)}`), '');
  if (!sandbox || level.objectives.length > 0) out.push(`**${word('stars', 'Stars.')}**`, '', ...starLines(level), '');
  const predictions = predictionLines(level);
  if (predictions.length > 0) out.push(`**${word('predictions', 'Predictions')}** ${word('answersMarked', '(answers marked ✔).')}`, '', ...predictions, '');
  const hints = hintLines(level);
  if (hints.length > 0) out.push(`**${word('hints', 'Hints.')}**`, '', ...hints, '');
  const card = lesson?.whatHappened ?? lesson?.explanation ?? '';
  if (card.length > 0) out.push(`**${word('whatHappened', '"What just happened" card.')}** ${oneLine(card)}`, '');
  const notes = lesson?.teacherNotes ?? '';
  out.push(`**${word('teacherNotes', 'Teacher notes.')}** ${notes.length > 0 ? oneLine(notes) : word('none', '(none)')}`, '');
  return out;
}

/** The guide's Markdown, or a list of problems (a missing or invalid level, a bad manifest). */
export function buildTeacherGuide(campaignText: string, readLevelText: ReadLevelText): { ok: true; markdown: string } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(campaignText);
  } catch (error) {
    return { ok: false, errors: [`levels/campaign.json: not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const ids = new Set<string>();
  for (const chapter of (raw as { chapters?: Array<{ levels?: string[]; sandbox?: string }> }).chapters ?? []) {
    for (const id of [...(chapter.levels ?? []), ...(chapter.sandbox !== undefined ? [chapter.sandbox] : [])]) ids.add(id);
  }
  const loaded = loadCampaign(campaignText, { levelIds: [...ids].filter((id) => readLevelText(id) !== null) });
  if (!loaded.ok) return { ok: false, errors: loaded.errors.map((e) => `levels/campaign.json: ${e.path}: ${e.message}`) };
  const campaign = loaded.campaign;
  const levels = new Map<string, Level>();
  for (const id of ids) {
    const text = readLevelText(id);
    if (text === null) continue;
    const level = loadLevel(text);
    if (level.ok) levels.set(id, level.level);
    else errors.push(...level.errors.map((e) => `levels/${id}.json: ${e.path}: ${e.message}`));
  }
  if (errors.length > 0) return { ok: false, errors };

  const out = [
    `# ${word('title', `Teacher guide: ${campaign.title}`, { title: campaign.title })}`,
    '',
    '<!-- Generated by `npm run teacher-guide` from levels/campaign.json and the level files. Do not edit by hand: a test checks that this file is up to date. -->',
    '',
    word('intro', [
      `${countOf(campaign.chapters.length, 'chapter')}, each a few short levels and then a free-play sandbox. A level opens directly with the`,
      'link `?level=<id>` added to the game\'s address (for example `index.html?level=stdp-pairing`). For each level:',
      'its goal and objectives, how stars are earned, the predict-then-run questions with their answers, the hints',
      '(they unlock after failed attempts), the card shown afterwards, notes for the teacher, and a pointer to',
      '[docs/model.md](model.md#per-level-what-is-simplified-and-what-is-left-out), which says what each level\'s model',
      'simplifies and leaves out (a starting point for class discussion).',
    ].join('\n'), { count: campaign.chapters.length }),
    '',
  ];
  for (const chapter of campaign.chapters) {
    out.push(`## ${chapter.title}`, '');
    if (chapter.summary !== undefined && chapter.summary.length > 0) out.push(oneLine(chapter.summary), '');
    for (const id of chapter.levels) out.push(...levelSection(id, levels.get(id) as Level, false));
    out.push(...levelSection(chapter.sandbox, levels.get(chapter.sandbox) as Level, true));
  }
  return { ok: true, markdown: `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n` };
}

