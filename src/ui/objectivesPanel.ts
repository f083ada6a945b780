/**
 * The level's objectives with their live values and whether each is met (from the objective recorder,
 * refreshed a few times a second). data-met on each item lets tests and styles read the status.
 */
import type { ObjectiveOutcome } from '../levels/objectives/evaluateObjectives';

function thresholdText(outcome: ObjectiveOutcome): string {
  const t = outcome.threshold;
  const fmt = (v: number): string => (Math.abs(v) >= 100 || Number.isInteger(v) ? String(v) : v.toPrecision(3));
  return Array.isArray(t) ? `${outcome.comparison} [${fmt(t[0])}, ${fmt(t[1])}]` : `${outcome.comparison} ${fmt(t)}`;
}

export class ObjectivesPanel {
  private items = new Map<string, { li: HTMLLIElement; value: HTMLSpanElement; met: HTMLSpanElement }>();

  constructor(private readonly list: HTMLUListElement) {}

  show(outcomes: readonly ObjectiveOutcome[]): void {
    this.items.clear();
    this.list.replaceChildren(...outcomes.map((outcome) => {
      const li = document.createElement('li');
      li.dataset.objective = outcome.id;
      const description = document.createElement('span');
      description.textContent = outcome.description;
      const value = document.createElement('span');
      value.className = 'objective-value';
      const met = document.createElement('span');
      met.className = 'objective-met';
      li.append(description, value, met);
      this.items.set(outcome.id, { li, value, met });
      return li;
    }));
    if (outcomes.length === 0) {
      const li = document.createElement('li');
      li.textContent = 'No objectives: explore freely.';
      this.list.append(li);
    }
    this.update(outcomes);
  }

  update(outcomes: readonly ObjectiveOutcome[]): void {
    for (const outcome of outcomes) {
      const item = this.items.get(outcome.id);
      if (!item) continue;
      const valueText = `${outcome.metric} = ${outcome.value === null ? '—' : outcome.value.toPrecision(3)} (goal ${thresholdText(outcome)})`;
      if (item.value.textContent !== valueText) item.value.textContent = valueText;
      const met = String(outcome.met);
      if (item.li.dataset.met !== met) {
        item.li.dataset.met = met;
        item.met.textContent = outcome.met ? '✓ met' : '';
      }
    }
  }
}
