/** Words the network canvas shows for models, plasticity rules, stimuli and modulators. */
import { humanizeId } from '../../levels/labels/populationLabels';

/** Short enough for a box (the full names are in docs/model.md): LIF is the leaky integrate-and-fire model. */
const MODEL_NAMES: Readonly<Record<string, string>> = {
  izhikevich: 'Izhikevich', lif: 'LIF', poisson: 'Poisson',
};

const RULE_NAMES: Readonly<Record<string, string>> = {
  none: '', stdp: 'STDP', daStdp: 'Dopamine-gated STDP', calcium: 'Calcium rule',
};

const STIMULUS_NAMES: Readonly<Record<string, string>> = {
  constantCurrent: 'Constant current', stepCurrent: 'Current step', gaussianNoise: 'Noise (Gaussian)',
  uniformNoise: 'Noise (uniform)', poisson: 'Poisson input', pulses: 'Current pulses', modulatorPulse: 'Modulator pulses',
};

export function modelName(model: string | undefined): string {
  return model ? MODEL_NAMES[model] ?? humanizeId(model) : 'Unknown model';
}

/** The plasticity rule's name ('' for none). */
export function ruleName(rule: string | undefined): string {
  return rule ? RULE_NAMES[rule] ?? humanizeId(rule) : '';
}

export function stimulusKindName(kind: string | undefined): string {
  return kind ? STIMULUS_NAMES[kind] ?? humanizeId(kind) : 'Stimulus';
}

/** "1 neuron", "800 neurons". */
export function neuronCount(count: number | undefined): string {
  if (count === undefined) return 'size not set';
  return `${count} neuron${count === 1 ? '' : 's'}`;
}
