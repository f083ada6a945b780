// The words src/levels makes for players and teachers (the result card's star reasons, an objective's
// value line, the watching rule, the teacher guide) go through the label translator and the number
// hook the page installs (app/pageLocale.ts). English through the string files must say exactly what
// the code says (so every scene.levels.* key is checked here: these keys are built by labelWord, which
// the catalog test cannot see), and Spanish must leave no English of ours behind. Level data is made
// neutral ("Texto") so only the words the code adds are left to check.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { localeDigitsOr, translatedOr } from '../../../src/i18n/definedWords';
import { setLocale, t } from '../../../src/i18n/messages';
import { setLabelNumberFormat, setLabelTranslator } from '../../../src/levels/labels/labelWords';
import { objectiveDisplay, objectiveValueLine, valueText } from '../../../src/levels/labels/objectiveText';
import { awardStars, watchingRuleText, type CommittedPrediction } from '../../../src/levels/campaign/stars';
import { buildTeacherGuide } from '../../../src/levels/campaign/teacherGuideText';
import { loadLevel } from '../../../src/levels/loadLevel';
import type { RunResult } from '../../../src/levels/runLevel';
import type { Level } from '../../../src/levels/schema/level';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const NEUTRAL = 'Texto';

/** stdp-pairing with every rule kind the words cover, its own texts replaced by NEUTRAL. */
function neutralPairing(): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const d = JSON.parse(read('levels/stdp-pairing.json'));
  d.title = NEUTRAL;
  for (const o of d.objectives) o.description = NEUTRAL;
  const lesson = d.lesson;
  for (const key of ['intro', 'goal', 'explanation', 'whatHappened', 'teacherNotes']) if (key in lesson) lesson[key] = NEUTRAL;
  lesson.hints = [NEUTRAL, NEUTRAL];
  lesson.predictions = [
    { id: 'first', question: NEUTRAL, choices: [NEUTRAL, NEUTRAL], answer: 1, askedBefore: 'start', reveal: NEUTRAL },
    { id: 'late', question: NEUTRAL, choices: [NEUTRAL, NEUTRAL], answer: 0, askedBefore: { trial: 30 }, reveal: NEUTRAL },
  ];
  lesson.sketchPredictions = [{ id: 'curve', question: NEUTRAL, askedBefore: 'start',
    sketch: { objective: 'potentiate', xLabel: NEUTRAL, yLabel: NEUTRAL, yMin: 0, yMax: 2.5, yUnit: 'mV', points: 6, fromTrial: 10 }, reveal: NEUTRAL }];
  lesson.stars = [
    { stars: 1, objectives: 'all' },
    { stars: 2, trialsAtMost: 40, predictionsCorrect: true },
    { stars: 3, trialsAtMost: 25, objectiveThresholds: [{ objective: 'potentiate', threshold: 1.55, label: NEUTRAL }] },
  ];
  return d;
}

function load(data: unknown): Level {
  const loaded = loadLevel(data);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

function run(trials: number, value: number, met = true): RunResult {
  return {
    levelId: 'stdp-pairing', seed: 1, dtMs: 1, ticks: trials * 1000, simulatedMs: trials * 1000, stopReason: 'trials',
    trials: Array.from({ length: trials }, (_, i) => ({ index: i, session: 'main', phase: 'p', trialInPhase: i, trialType: 't', startTick: i * 1000, endTick: (i + 1) * 1000, metrics: {} })),
    objectives: [{ id: 'potentiate', description: NEUTRAL, metric: 'weightChangeRatio', comparison: '>', threshold: 1.3, value, met }],
    phases: [], measures: [], monitors: {}, commandLog: [], rejectedCommands: [], events: {}, stateHash: '0',
  };
}

const campaign = JSON.stringify({ schemaVersion: 1, id: 'mini', title: NEUTRAL, chapters: [{ id: 'one', title: NEUTRAL, summary: NEUTRAL, levels: ['stdp-pairing'], sandbox: 'libre' }] });

/** Every text the words cover: star reasons of each branch, value lines, the watching rule, the guide. */
function everyText(): string[] {
  const pairing = neutralPairing();
  const sandbox = { ...neutralPairing(), id: 'libre', lesson: { ...neutralPairing().lesson, stars: undefined, predictions: undefined, sketchPredictions: undefined } };
  const level = load(pairing);
  const right: CommittedPrediction[] = [{ predictionId: 'first', correct: true }, { predictionId: 'curve', correct: true }, { predictionId: 'late', correct: true }];
  const oneAsked = load({ ...pairing, lesson: { ...pairing.lesson, sketchPredictions: undefined } });
  const display = objectiveDisplay(level, 'potentiate');
  const guide = buildTeacherGuide(campaign, (id) => (id === 'stdp-pairing' ? JSON.stringify(pairing) : id === 'libre' ? JSON.stringify(sandbox) : null));
  if (!guide.ok) throw new Error(guide.errors.join('\n'));
  return [
    ...awardStars(level, run(10, 1.0, false)).reasons,
    ...awardStars(level, run(20, 1.62), right).reasons,
    ...awardStars(level, run(60, 1.4)).reasons,
    ...awardStars(level, run(35, 1.4), right.slice(0, 1)).reasons,
    ...awardStars(oneAsked, { ...run(20, 1.4), stopReason: 'goal' }, [{ predictionId: 'first', correct: false }]).reasons,
    ...awardStars(oneAsked, { ...run(20, 1.4), stopReason: 'goal' }, right).reasons,
    // Only the question before trial 30, and the run stopped at its goal after trial 20: none was asked.
    ...awardStars(load({ ...pairing, lesson: { ...pairing.lesson, predictions: pairing.lesson.predictions.slice(1), sketchPredictions: undefined } }), { ...run(20, 1.4), stopReason: 'goal' }, []).reasons,
    ...awardStars(load({ ...pairing, lesson: { ...pairing.lesson, stars: undefined } }), run(1, 1.4)).reasons,
    objectiveValueLine(display, { comparison: '>', threshold: 1.3, value: 7.25 }),
    objectiveValueLine(display, { comparison: '>', threshold: [0.5, 1.5], value: null }),
    valueText(0.00012, display),
    watchingRuleText(),
    guide.markdown,
  ];
}

afterEach(() => {
  setLabelTranslator(null);
  setLabelNumberFormat(null);
  setLocale('en');
});

describe('the level words in the page\'s language', () => {
  it('English from the string files says exactly what the code says (every scene.levels key, filled the same way)', () => {
    const code = everyText();
    setLabelTranslator((key, _english, params) => t(key, params, 'en'));
    expect(everyText()).toEqual(code);
    expect(code.join('\n')).toContain('2 stars: not earned — goal met in 60 trials (40 or fewer needed); your predictions were not recorded.');
    expect(code.join('\n')).toContain('7.25× (goal > 1.3×)');
  });

  it('Spanish leaves no English of ours behind, and writes numbers the Spanish way', () => {
    setLocale('es');
    setLabelTranslator(translatedOr);
    setLabelNumberFormat(localeDigitsOr);
    const texts = everyText();
    const all = texts.join('\n');
    const english = /\b(goal|stars?|needed|not measured|not earned|Reveal|answers?|trials?|asked|every|predictions?|Objectives|Hints|Teacher|Sketch|between|above|below|at least|at most|player|points|Watching|sandbox|none)\b/gi;
    // The guide's links (`?level=…`, docs/model.md anchors) and its generated-file comment are not read as prose.
    const prose = all.replace(/\(model\.md#[^)]*\)|<!--.*?-->|`[^`]*`/g, '');
    expect(prose.match(english) ?? []).toEqual([]);
    expect(all).toContain('7,25×');
    expect(all).toContain('(meta > 1,3×)');
    expect(all).toContain('1,2E-4');
    expect(all).toContain('aún sin medir');
    expect(all).toContain('de 0 a 2,5 mV');
    expect(texts).toContain('Todavía no: Texto');
  });
});
