/**
 * The level's objectives with their live values and whether each is met (from the objective recorder,
 * refreshed a few times a second), each value with its human label and unit ("Spikes: 3 (goal ≥ 5)";
 * the ids stay in data-objective and the exports). Under them, for a level whose stars count trials,
 * the rule that watching is free (src/app/firstChangeRestart.ts). data-met on each item lets tests and styles
 * read the status. The text comes from the pure functions below, so tests can read it without a page.
 */
import { watchingRuleText } from '../levels/campaign/stars';
import { objectiveDisplay, objectiveValueLine } from '../levels/labels/objectiveText';
import type { ObjectiveOutcome } from '../levels/objectives/evaluateObjectives';
import type { Level } from '../levels/schema/level';
import { t } from '../i18n/messages';
import { trialCountText } from './trialCountText';

export interface ObjectiveItemText {
  id: string;
  description: string;
  value: string;
}

/** What the panel shows for each objective: its description and its labelled value against the goal. */
export function objectiveItemTexts(level: Level, outcomes: readonly ObjectiveOutcome[]): ObjectiveItemText[] {
  return outcomes.map((outcome) => ({
    id: outcome.id,
    description: outcome.description,
    value: objectiveValueLine(objectiveDisplay(level, outcome.id), outcome),
  }));
}

/** Where the run stands for stars: trials (or whole seconds) done so far, and whether watching is still free. */
export interface StarCountState {
  unit: 'trials' | 'seconds';
  done: number;
  /** A counted campaign run in which the player has changed nothing yet: their first change restarts it. */
  watchingIsFree: boolean;
}

/**
 * The note under the objectives of a level whose star rules count trials (null otherwise), true in
 * each state: while watching is free, that the first change restarts the level; after it (or when
 * every trial counts from the start), how many count so far.
 */
export function starCountNote(level: Level, state: StarCountState): string | null {
  if (!(level.lesson?.stars ?? []).some((rule) => rule.trialsAtMost !== undefined)) return null;
  if (level.lesson?.starsCountFrom === 'start') return state.unit === 'trials' ? t('game.objectives.everyTrialCounts') : t('game.objectives.everySecondCounts');
  if (state.watchingIsFree) return watchingRuleText();
  return state.unit === 'trials' ? t('game.objectives.countedTrials', { what: trialCountText(level, state.done) }) : t('game.objectives.countedSeconds', { count: state.done });
}

export class ObjectivesPanel {
  private items = new Map<string, { li: HTMLLIElement; value: HTMLSpanElement; met: HTMLSpanElement }>();
  private level: Level | null = null;
  private readonly note: HTMLParagraphElement;

  constructor(private readonly list: HTMLUListElement) {
    this.note = document.createElement('p');
    this.note.className = 'muted objectives-note';
    this.note.id = 'objectives-note';
    this.note.hidden = true;
    list.after(this.note);
  }

  show(level: Level, outcomes: readonly ObjectiveOutcome[]): void {
    this.level = level;
    this.items.clear();
    this.list.replaceChildren(...objectiveItemTexts(level, outcomes).map((text) => {
      const li = document.createElement('li');
      li.dataset.objective = text.id;
      const description = document.createElement('span');
      description.textContent = text.description;
      const value = document.createElement('span');
      value.className = 'objective-value';
      const met = document.createElement('span');
      met.className = 'objective-met';
      li.append(description, value, met);
      this.items.set(text.id, { li, value, met });
      return li;
    }));
    if (outcomes.length === 0) {
      const li = document.createElement('li');
      li.textContent = t('game.objectives.none');
      this.list.append(li);
    }
    this.setNote(null);
    this.update(outcomes);
  }

  update(outcomes: readonly ObjectiveOutcome[], note: string | null = null): void {
    if (this.level === null) return;
    const texts = objectiveItemTexts(this.level, outcomes);
    outcomes.forEach((outcome, i) => {
      const item = this.items.get(outcome.id);
      if (!item) return;
      if (item.value.textContent !== texts[i].value) item.value.textContent = texts[i].value;
      const met = String(outcome.met);
      if (item.li.dataset.met !== met) {
        item.li.dataset.met = met;
        item.met.textContent = outcome.met ? t('game.objectives.met') : '';
      }
    });
    this.setNote(note);
  }

  private setNote(note: string | null): void {
    if (this.note.textContent !== (note ?? '')) this.note.textContent = note ?? '';
    this.note.hidden = note === null;
  }
}
