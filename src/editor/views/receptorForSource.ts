/**
 * The receptor a new projection from a population gets. Dale's principle first: a population whose
 * projections are already all inhibitory (or all excitatory) keeps that sign. Else its neuron type
 * decides: a type or population named as inhibitory, or Izhikevich fast-spiking or low-threshold
 * parameters (a ≥ 0.1 or b ≥ 0.25, the 2003 interneuron classes), is inhibitory.
 */
import { numberField, recordsOf, stringField } from './draftReaders';

const INHIBITORY_NAME = /inhib|interneuron|basket|gaba/i;

export function receptorForSource(draft: unknown, fromId: string): 'excitatory' | 'inhibitory' {
  const signs = new Set(recordsOf(draft, 'projections').filter(({ record }) => record.from === fromId).map(({ record }) => record.receptor));
  if (signs.size === 1) {
    const [only] = signs;
    if (only === 'inhibitory' || only === 'excitatory') return only;
  }
  const population = recordsOf(draft, 'populations').find(({ record }) => record.id === fromId)?.record;
  const typeId = stringField(population, 'type');
  const type = recordsOf(draft, 'neuronTypes').find(({ record }) => record.id === typeId)?.record;
  const names = [fromId, stringField(population, 'label') ?? '', typeId ?? ''];
  if (names.some((name) => INHIBITORY_NAME.test(name))) return 'inhibitory';
  if (stringField(type, 'model') === 'izhikevich' && ((numberField(type, 'a') ?? 0) >= 0.1 || (numberField(type, 'b') ?? 0) >= 0.25)) return 'inhibitory';
  return 'excitatory';
}
