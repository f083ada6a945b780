import type { NeuronTypeParams } from '../params/neuronTypes';
import type { ModulatorKindName } from '../components/modulators';
import type { PlasticitySpec, StructuralSpec } from '../plasticity/plasticitySpec';
import type { StimulusSpec } from '../stimuli/stimulusSpec';
import type { MonitorSpec } from '../monitors/monitorSpec';
import type { RewardContingencySpec } from '../contingencies/contingencySpec';

/**
 * The engine's own description of a network, with every reference resolved to a name the engine
 * knows. `spawnLevel` (src/levels) translates level files into this; benchmarks and tests may build
 * one directly. It is plain data: no functions, so a spec can be hashed, stored and replayed.
 */
export interface NetworkSpec {
  seed: number;
  dtMs: number;
  neuronTypes: Array<Partial<NeuronTypeParams> & { name: string }>;
  populations: PopulationSpec[];
  projections: ProjectionSpec[];
  modulators?: ModulatorSpecInput[];
  stimuli?: StimulusSpec[];
  monitors?: MonitorSpec[];
  /** Experimenter's reward rules run by the engine (src/sim/contingencies). */
  rewardContingencies?: RewardContingencySpec[];
}

/** Each neuron draws one r ~ U(0,1) and the parameter becomes base + scale·r^power (Izhikevich 2003). */
export interface ParameterVariation { scale: number; power: number }

export interface LayoutSpec {
  kind: 'grid' | 'line' | 'ring' | 'random';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PopulationSpec {
  name: string;
  type: string;
  count: number;
  initialVMv?: number;
  /** Initial u; defaults to b·v0 as in the papers. */
  initialU?: number;
  variation?: Partial<Record<'a' | 'b' | 'c' | 'd', ParameterVariation>>;
  tags?: string[];
  layout?: LayoutSpec;
  /** Per-population Poisson rate (Hz) overriding the type's, for spike sources. */
  rateHz?: number;
}

export type Distribution =
  | number
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'normal'; mean: number; sd: number; min?: number; max?: number };

export type ConnectRule =
  | { rule: 'allToAll'; allowSelf?: boolean }
  | { rule: 'fixedProbability'; p: number; allowSelf?: boolean }
  | { rule: 'fixedOutDegree'; k: number; allowSelf?: boolean }
  | { rule: 'fixedInDegree'; k: number; allowSelf?: boolean }
  | { rule: 'oneToOne' }
  | { rule: 'pairs'; pairs: Array<[number, number]> };

export interface ProjectionSpec {
  name: string;
  from: string;
  to: string;
  connect: ConnectRule;
  weight: Distribution;
  delayMs: Distribution;
  receptor: 'excitatory' | 'inhibitory';
  plasticity?: PlasticitySpec;
  /** Spine growth and pruning on this projection (SCIENCE.md §8). */
  structural?: StructuralSpec;
  /** Initial weights of single synapses, each named by its pre neuron's index and rank (engine sign). */
  initialWeightOverrides?: InitialWeightOverride[];
}

export interface InitialWeightOverride {
  /** Index of the presynaptic neuron in the source population. */
  pre: number;
  /** Which of its outgoing synapses in the projection (0-based, id order; default 0). */
  nth?: number;
  weight: number;
}

export interface ModulatorSpecInput {
  name: string;
  kind: ModulatorKindName;
  baseline: number;
  tauMs: number;
  releasePerSpike?: number;
  /** Populations whose spikes release this modulator. */
  sources?: string[];
}
