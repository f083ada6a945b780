/**
 * The belief learners in words, for the scene's labels and for screen readers: what each learner
 * did in the last game, trial or episode and how it does on average, in the page's language.
 */
import type { BeliefLearners } from '../../../circuits/beliefLearner/beliefCircuit';
import { LEARNER_COUNT, SCORE, SCORE_SLOTS } from '../../../circuits/beliefLearner/learnerState';
import { formatNumber, t } from '../../../i18n/messages';

const one = (x: number): string => formatNumber(x, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const two = (x: number): string => formatNumber(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (share: number): string => formatNumber(100 * share, { maximumFractionDigits: 0 });
/** A score the circuit already holds in % (learnerState's SCORE). */
const inPercent = (value: number): string => formatNumber(value, { maximumFractionDigits: 0 });

/** "Learner A" in the page's language. */
export function learnerName(l: number): string {
  return t('scene.belief.learner', { letter: l === 0 ? 'A' : 'B' });
}

/** The task's title. */
export function taskTitle(c: BeliefLearners): string {
  return t(`scene.belief.title.${c.config.task}`, { share: percent(c.config.majorityShare) });
}

/** What learner l did last (empty before the first game). */
export function lastSentence(c: BeliefLearners, l: number): string {
  const { last, played } = c.state;
  if (played[l] === 0) return '';
  const name = learnerName(l);
  switch (c.config.task) {
    case 'beads': {
      const drawn = last[1 + 2 * l];
      const choice = last[2 + 2 * l];
      const jar = t(choice > 0 ? 'scene.belief.jarBlue' : 'scene.belief.jarOrange');
      return t(choice === last[0] ? 'scene.belief.beadsRight' : 'scene.belief.beadsWrong', { learner: name, count: drawn, jar });
    }
    case 'salience':
      return t('scene.belief.weights', { learner: name, light: two(c.state.weights[2 * l]), tone: two(c.state.weights[2 * l + 1]) });
    case 'checking': {
      const checks = last[1 + l];
      const length = c.config.maxChecks;
      const response = checks > 0 ? c.state.trace[l * length + checks - 1] : 0;
      // Stopped by the cap, not by calming down: say so, or a response above the line looks like a bug.
      const capped = checks >= length && response > c.config.stopThreshold;
      return t(capped ? 'scene.belief.checkedCap' : 'scene.belief.checked', { learner: name, count: checks, response: two(response) });
    }
  }
}

/** Learner l's averages so far. */
export function averageSentence(c: BeliefLearners, l: number): string {
  const s = c.state.scores.subarray(l * SCORE_SLOTS, (l + 1) * SCORE_SLOTS);
  const played = formatNumber(s[SCORE.played]);
  switch (c.config.task) {
    case 'beads':
      return t('scene.belief.beadsAverage', { beads: one(s[SCORE.main]), jump: inPercent(s[SCORE.second]), wrong: inPercent(s[SCORE.third]), games: played });
    case 'salience':
      return t('scene.belief.weightsAverage', { light: two(s[SCORE.main]), tone: two(s[SCORE.second]), trials: played });
    case 'checking':
      return t('scene.belief.checksAverage', { checks: one(s[SCORE.main]), response: two(s[SCORE.second]), episodes: played });
  }
}

/**
 * Why a light weight is above the reward rate (empty unless a learner's is): the chance bursts add to
 * every cue present, the light's as well as the tone's (w_light = rewardProbability + w_tone,
 * docs/model.md), which a player would otherwise read as a reward "more than certain". Said once
 * per panel, under both learners.
 */
export function lightNote(c: BeliefLearners): string {
  if (c.config.task !== 'salience') return '';
  let above = false;
  for (let l = 0; l < LEARNER_COUNT; l++) above ||= c.state.played[l] > 0 && c.state.weights[2 * l] > c.config.rewardProbability + 0.05;
  return above ? t('scene.belief.lightAbove', { rate: percent(c.config.rewardProbability) }) : '';
}

/** How to read the checking bars: the stop line and the cap (empty for the other tasks). */
export function checkLegend(c: BeliefLearners): string {
  if (c.config.task !== 'checking') return '';
  return t('scene.belief.checkLegend', { stop: two(c.config.stopThreshold), max: c.config.maxChecks });
}

/** The task's name in a few words (the compact layout). */
export function shortTitle(c: BeliefLearners): string {
  return t(`scene.belief.shortTitle.${c.config.task}`);
}

/** Learner l's averages in a few words (the compact layout): "A: 4.2 beads, 1 % wrong". */
export function shortSentence(c: BeliefLearners, l: number): string {
  const s = c.state.scores.subarray(l * SCORE_SLOTS, (l + 1) * SCORE_SLOTS);
  const letter = l === 0 ? 'A' : 'B';
  switch (c.config.task) {
    case 'beads': return t('scene.belief.short.beads', { letter, beads: one(s[SCORE.main]), wrong: inPercent(s[SCORE.third]) });
    case 'salience': return t('scene.belief.short.salience', { letter, light: two(s[SCORE.main]), tone: two(s[SCORE.second]) });
    case 'checking': return t('scene.belief.short.checking', { letter, checks: one(s[SCORE.main]), response: two(s[SCORE.second]) });
  }
}

/** The last trial of the cue task in words (empty otherwise or before the first trial). */
export function cueTrialSentence(c: BeliefLearners): string {
  if (c.config.task !== 'salience' || c.state.played[0] === 0) return '';
  const { last } = c.state;
  return t('scene.belief.cueTrial', {
    light: t(last[0] === 1 ? 'scene.belief.lightOn' : 'scene.belief.lightOff'),
    tone: t(last[1] === 1 ? 'scene.belief.toneOn' : 'scene.belief.toneOff'),
    reward: t(last[2] === 1 ? 'scene.belief.reward' : 'scene.belief.noReward'),
  });
}

/** Every sentence about a circuit, for screen readers. */
export function circuitSentences(c: BeliefLearners): string[] {
  const out = [taskTitle(c)];
  const legend = checkLegend(c);
  if (legend !== '') out.push(legend);
  const cue = cueTrialSentence(c);
  if (cue !== '') out.push(cue);
  for (let l = 0; l < LEARNER_COUNT; l++) {
    const last = lastSentence(c, l);
    if (last !== '') out.push(last, averageSentence(c, l));
  }
  const note = lightNote(c);
  if (note !== '') out.push(note);
  return out;
}
