/**
 * Populations → PyNN cell types, in PyNN's units, with per-neuron parameters and initial state read
 * from the spawned world (so the drawn heterogeneity of Izhikevich 2003 is ours, neuron by neuron).
 *   izhikevich → Izhikevich (a, b, c, d; our I in pA is the paper's dimensionless I, PyNN's nA ×1000)
 *   lif, conductance input → IF_cond_exp (cm = τm / R; conductances in units of the leak → µS)
 *   lif, current input → IF_curr_exp (τ > 0) or IF_curr_delta (τ = 0, one-tick pulses)
 *   poisson → SpikeSourcePoisson (per-neuron rates)
 * The engine keeps R in GΩ (pA × GΩ = mV), so R in MΩ is the engine's value × 1000.
 */
import { InputMode, NeuronModel, type NeuronTypeEntry } from '../../sim/params/neuronTypes';
import type { Population, SimWorld } from '../../sim/world/world';
import type { LevelPaths } from './levelPaths';
import { perNeuronValues } from './perNeuron';
import type { PynnPopulation } from './pynnNetwork';
import type { UnsupportedList } from './unsupportedList';

/** Membrane resistance in MΩ of an engine neuron type. */
export function resistanceMOhmOf(type: NeuronTypeEntry): number {
  return type.resistanceMOhm * 1000;
}

export function translatePopulation(world: SimWorld, population: Population, label: string, paths: LevelPaths, unsupported: UnsupportedList): PynnPopulation {
  const type = world.neuronTypes.entries[population.typeId];
  const { neurons } = world;
  const { firstEid, count, name } = population;
  const base = { name, label, size: count };
  switch (type.model) {
    case NeuronModel.izhikevichNetwork:
    case NeuronModel.izhikevichEuler:
      if (type.vPeakMv !== 30) {
        unsupported.add(paths.neuronType(name, 'vPeakMv'), `population "${name}": spike cut-off ${type.vPeakMv} mV; PyNN's Izhikevich cuts at 30 mV`);
      }
      return {
        ...base,
        cellType: 'Izhikevich',
        ...(type.model === NeuronModel.izhikevichNetwork ? { scheme: 'izhikevich2003network' as const } : {}),
        parameters: {
          a: perNeuronValues(neurons.a, firstEid, count),
          b: perNeuronValues(neurons.b, firstEid, count),
          c: perNeuronValues(neurons.c, firstEid, count),
          d: perNeuronValues(neurons.d, firstEid, count),
          i_offset: 0,
        },
        initialValues: { v: perNeuronValues(neurons.vMv, firstEid, count), u: perNeuronValues(neurons.u, firstEid, count) },
      };
    case NeuronModel.lif:
      return { ...base, ...lifCellType(type), initialValues: { v: perNeuronValues(neurons.vMv, firstEid, count) } };
    case NeuronModel.poisson:
    default:
      return {
        ...base,
        cellType: 'SpikeSourcePoisson',
        parameters: { rate: perNeuronValues(neurons.rateHz, firstEid, count), start: 0 },
        initialValues: {},
      };
  }
}

function lifCellType(type: NeuronTypeEntry): Pick<PynnPopulation, 'cellType' | 'parameters'> {
  const common = {
    tau_m: type.tauMMs,
    cm: type.tauMMs / resistanceMOhmOf(type),
    v_rest: type.vRestMv,
    v_thresh: type.vThreshMv,
    v_reset: type.vResetMv,
    tau_refrac: type.refractoryMs,
    i_offset: 0,
  };
  if (type.inputMode === InputMode.conductance) {
    return {
      cellType: 'IF_cond_exp',
      parameters: { ...common, tau_syn_E: type.tauExcMs, tau_syn_I: type.tauInhMs, e_rev_E: type.eExcMv, e_rev_I: type.eInhMv },
    };
  }
  if (type.tauExcMs > 0 && type.tauInhMs > 0) {
    return { cellType: 'IF_curr_exp', parameters: { ...common, tau_syn_E: type.tauExcMs, tau_syn_I: type.tauInhMs } };
  }
  return { cellType: 'IF_curr_delta', parameters: common };
}
