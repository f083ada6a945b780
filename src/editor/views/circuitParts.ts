/**
 * What the draft's circuits bring (from each definition's `provides`): populations the canvas shows
 * read-only, and stimulus names timeline events may target. A circuit entry that does not parse yet
 * brings nothing (live validation reports it next to its form).
 */
import { CIRCUIT_DEFINITIONS } from '../../circuits/registry';
import { populationLabel } from '../../levels/labels/populationLabels';
import { recordsOf, stringField } from './draftReaders';

export interface CircuitPopulation {
  readonly id: string;
  readonly label: string;
  readonly model: string;
  readonly count: number;
  /** How messages name the circuit (its definition's title). */
  readonly circuitTitle: string;
  /** Index of the circuit in the draft's circuits[]. */
  readonly circuitIndex: number;
}

export interface CircuitParts {
  readonly populations: readonly CircuitPopulation[];
  readonly stimuli: readonly string[];
}

export function circuitPartsOf(draft: unknown): CircuitParts {
  const populations: CircuitPopulation[] = [];
  const stimuli: string[] = [];
  const kinds = recordsOf(draft, 'circuits').map(({ record }) => ({ kind: stringField(record, 'kind') ?? '' }));
  for (const { record, index } of recordsOf(draft, 'circuits')) {
    const definition = CIRCUIT_DEFINITIONS.find((d) => d.kind === stringField(record, 'kind'));
    const parsed = definition?.schema.safeParse(record);
    if (!definition || !parsed?.success) continue;
    const provided = definition.provides(parsed.data);
    for (const p of provided.populations) {
      populations.push({
        id: p.id, model: p.model, count: p.count, circuitTitle: definition.title, circuitIndex: index,
        label: populationLabel({ circuits: kinds }, p.id),
      });
    }
    stimuli.push(...provided.stimuli);
  }
  return { populations, stimuli };
}
