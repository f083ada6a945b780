/**
 * Which parameter paths a running world can change (one rule, read by the 'setParameter' engine
 * command in spawn/setParameter.ts and by the loader's checks of timeline and event commands, so that
 * `validate` rejects what the run would):
 *   stimuli.<id>.amplitudePa | sdPa | weight | amount  → the stimulus gain
 *   neuronTypes.<id>.a | b | c | d | rateHz            → every neuron of that type
 *   projections.<id>.weight (a number)                 → every weight of the projection, scaled
 *   projections.<id>.plasticity.learningRate           → the rule's live learning rate, for rules that
 *                                                        keep one (normalizedHebbian), within the
 *                                                        range the schema allows it (min, max)
 *   projections.<id>.plasticity.proteinSynthesis       → the tagTrigger rule's synthesis capacity of
 *                                                        the target cells (anisomycin: 0)
 *   circuits.<id>.<field>                              → the circuit's command for a live field
 *                                                        (CircuitDefinition.liveParameters)
 * Any other number field applies only when the level is spawned again.
 */
import { circuitDefinitionOf } from '../circuits/registry';
import { lookupNumber, lookupPath } from './paths';
import { NORMALIZED_HEBBIAN_RATE } from './schema/plasticity';
import type { Level } from './schema/level';

export type LiveParameter =
  | { readonly kind: 'stimulusGain'; readonly id: string; readonly initial: number }
  | { readonly kind: 'neuronType'; readonly id: string; readonly field: 'a' | 'b' | 'c' | 'd' | 'rateHz'; readonly initial: number }
  | { readonly kind: 'projectionWeight'; readonly id: string; readonly initial: number }
  | { readonly kind: 'learningRate'; readonly id: string; readonly initial: number; readonly min: number; readonly max: number }
  | { readonly kind: 'proteinSynthesis'; readonly population: string; readonly initial: number }
  | { readonly kind: 'circuitCommand'; readonly command: string; readonly initial: number };

const GAIN_FIELDS = new Set(['amplitudePa', 'sdPa', 'weight', 'amount']);
const NEURON_FIELDS = new Set(['a', 'b', 'c', 'd', 'rateHz']);
/** Rules whose learning rate is registered state (plasticity/applyNormalizedHebbian.ts), with the range the schema allows it. */
const LIVE_RATE_RULES: ReadonlyMap<string, { readonly min: number; readonly max: number }> = new Map([['normalizedHebbian', NORMALIZED_HEBBIAN_RATE]]);

/** How the running world applies a change of `path`, or undefined when the path is not live (or not a number field). */
export function liveParameter(level: Level, path: string): LiveParameter | undefined {
  const found = lookupNumber(level, path);
  if (!found.ok) return undefined;
  const initial = found.value;
  const [root, id, field, ...rest] = path.split('.');
  if (root === 'projections' && field === 'plasticity' && rest.length === 1 && rest[0] === 'learningRate') {
    const rule = lookupPath(level, `projections.${id}.plasticity.rule`);
    const range = rule.ok ? LIVE_RATE_RULES.get(rule.value as string) : undefined;
    return range === undefined ? undefined : { kind: 'learningRate', id, initial, min: range.min, max: range.max };
  }
  if (root === 'projections' && field === 'plasticity' && rest.length === 1 && rest[0] === 'proteinSynthesis') {
    const rule = lookupPath(level, `projections.${id}.plasticity.rule`);
    const to = lookupPath(level, `projections.${id}.to`);
    return rule.ok && rule.value === 'tagTrigger' && to.ok ? { kind: 'proteinSynthesis', population: to.value as string, initial } : undefined;
  }
  if (rest.length > 0) return undefined;
  if (root === 'stimuli' && GAIN_FIELDS.has(field)) return { kind: 'stimulusGain', id, initial };
  if (root === 'neuronTypes' && NEURON_FIELDS.has(field)) return { kind: 'neuronType', id, field: field as 'a' | 'b' | 'c' | 'd' | 'rateHz', initial };
  if (root === 'projections' && field === 'weight') return { kind: 'projectionWeight', id, initial };
  if (root === 'circuits') {
    const config = lookupPath(level, `circuits.${id}`);
    const command = config.ok ? circuitDefinitionOf((config.value as Level['circuits'][number]).kind).liveParameters?.[field] : undefined;
    return command === undefined ? undefined : { kind: 'circuitCommand', command, initial };
  }
  return undefined;
}
