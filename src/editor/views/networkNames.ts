/** Words the network canvas shows for models, plasticity rules, stimuli and modulators (editor.net.*). */
import { humanizeId } from '../../levels/labels/populationLabels';
import { hasKey, t } from '../../i18n/messages';

/** The words of `key` under `group` (editor.net.<group>.<key>), else the key in words. */
function named(group: string, key: string): string {
  const messageKey = `editor.net.${group}.${key}`;
  return hasKey(messageKey, 'en') ? t(messageKey) : humanizeId(key);
}

/** Short enough for a box (the full names are in docs/model.md): LIF is the leaky integrate-and-fire model. */
export function modelName(model: string | undefined): string {
  return model ? named('model', model) : t('editor.net.unknownModel');
}

/** The plasticity rule's name ('' for none). */
export function ruleName(rule: string | undefined): string {
  return rule && rule !== 'none' ? named('rule', rule) : '';
}

export function stimulusKindName(kind: string | undefined): string {
  return kind ? named('stimulus', kind) : t('editor.canvas.kind.stimulus');
}

/** "1 neuron", "800 neurons". */
export function neuronCount(count: number | undefined): string {
  if (count === undefined) return t('editor.net.sizeNotSet');
  return t('editor.net.neurons', { count, number: String(count) });
}

/** "Dopamine pool"; a kind without words of its own reads "<kind in words> pool". */
export function modulatorPoolName(kind: string | undefined): string {
  const messageKey = `editor.net.pool.${kind ?? ''}`;
  return kind !== undefined && hasKey(messageKey, 'en') ? t(messageKey) : t('editor.net.pool.other', { kind: humanizeId(kind ?? 'modulator') });
}
