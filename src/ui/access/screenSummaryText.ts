/**
 * What the screen summary says, as sentences (pure: tests read it without a page). The level and
 * where the run stands, the firing rates of the populations the level shows (busiest first), what the
 * level's scene shows in words (its describer: src/render/scenes/sceneDescription.ts, passed in as
 * plain sentences), and each objective's value against its goal. Every sentence is one message of
 * the access string file with its numbers in placeholders, formatted for the page's language.
 */
import { formatWithUnit, intlLocale, t } from '../../i18n/messages';

export type RunState = 'running' | 'paused' | 'finished';

export interface ScreenFacts {
  readonly levelTitle: string;
  readonly runState: RunState;
  /** Trials done so far, or null for a level without trials (then the time is said). */
  readonly trialsDone: number | null;
  readonly timeMs: number;
  /** Each shown population's player label and rate (Hz per neuron). */
  readonly rates: ReadonlyArray<{ readonly label: string; readonly rateHz: number }>;
  /** The scene's own sentences (what it shows now, its error signal, learning progress). */
  readonly scene: readonly string[];
  readonly objectives: ReadonlyArray<{ readonly description: string; readonly value: string; readonly met: boolean }>;
}

/** Populations named in the rates sentence (busiest first); a big level's others are counted, not listed. */
export const RATES_LISTED = 4;

export function screenSummarySentences(facts: ScreenFacts): string[] {
  const sentences = [t('access.summary.level', { title: facts.levelTitle })];
  sentences.push(facts.trialsDone === null
    ? t(`access.summary.time.${facts.runState}`, { time: formatWithUnit(facts.timeMs / 1000, 's', { maximumFractionDigits: 1 }) })
    : t(`access.summary.trials.${facts.runState}`, { count: facts.trialsDone }));
  sentences.push(ratesSentence(facts.rates));
  sentences.push(...facts.scene);
  for (const o of facts.objectives) {
    sentences.push(t(o.met ? 'access.summary.objectiveMet' : 'access.summary.objectiveNotMet', { description: o.description, value: o.value }));
  }
  return sentences;
}

/** "Firing rates over the last second: Input cells 12 Hz, Output cells 30 Hz and Inhibitory cells 8 Hz." */
export function ratesSentence(rates: ScreenFacts['rates']): string {
  const firing = rates.filter((r) => r.rateHz > 0).sort((a, b) => b.rateHz - a.rateHz);
  if (firing.length === 0) return t('access.summary.noSpikes');
  const items = firing.slice(0, RATES_LISTED).map((r) => t('access.summary.rateItem', { name: r.label, rate: formatWithUnit(r.rateHz, 'Hz', { maximumFractionDigits: r.rateHz < 10 ? 1 : 0 }) }));
  const list = new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items);
  const others = firing.length - RATES_LISTED;
  return others > 0 ? t('access.summary.ratesAndOthers', { list, count: others }) : t('access.summary.rates', { list });
}
