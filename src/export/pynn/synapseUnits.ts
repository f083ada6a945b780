/**
 * How one engine weight becomes a PyNN weight for a given target population. Engine weights are
 * signed the way PyNN wants them (negative only for current-based inhibition; conductances ≥ 0).
 *   Izhikevich, one-tick current pulse: the pulse of w (mV/ms) over one tick moves v by w·dt mV, and
 *     PyNN's Izhikevich synapses are voltage jumps in mV.
 *   IF_cond_exp: our conductances are in units of the leak conductance 1/R, so µS = w / R[MΩ].
 *   IF_curr_exp: our synaptic currents are pA, PyNN's nA.
 *   IF_curr_delta: a one-tick current w pA moves v by R·w·(1 − e^(−dt/τm)) mV, PyNN's delta is that jump.
 * Returns the scale, or a reason when the target's synapses have no PyNN counterpart.
 */
import { InputMode, NeuronModel, type NeuronTypeEntry } from '../../sim/params/neuronTypes';

export type WeightScale = { scale: number; approximation?: string } | { scale: null; reason: string };

export function weightScaleFor(target: NeuronTypeEntry, receptor: 'excitatory' | 'inhibitory', dtMs: number): WeightScale {
  const tauMs = receptor === 'excitatory' ? target.tauExcMs : target.tauInhMs;
  switch (target.model) {
    case NeuronModel.izhikevichNetwork:
    case NeuronModel.izhikevichEuler:
      if (target.inputMode === InputMode.conductance) {
        const reversalMv = receptor === 'excitatory' ? target.eExcMv : target.eInhMv;
        return {
          scale: tauMs * (reversalMv - target.c),
          approximation: `conductance synapses on an Izhikevich cell: PyNN's Izhikevich has voltage-jump synapses only; exported as jumps of w·τ·(E − c) mV (the charge at the reset potential)`,
        };
      }
      if (tauMs > 0) {
        return {
          scale: tauMs,
          approximation: `exponential synaptic currents (τ = ${tauMs} ms) on an Izhikevich cell: PyNN's Izhikevich has voltage-jump synapses only; exported as jumps of w·τ mV (the same charge)`,
        };
      }
      return { scale: dtMs };
    case NeuronModel.lif: {
      const resistanceMOhm = target.resistanceMOhm * 1000;
      if (target.inputMode === InputMode.conductance) return { scale: 1 / resistanceMOhm };
      if (target.tauExcMs > 0 && target.tauInhMs > 0) return { scale: 1 / 1000 };
      return { scale: target.resistanceMOhm * (1 - Math.exp(-dtMs / target.tauMMs)) };
    }
    default:
      return { scale: null, reason: 'a Poisson spike source has no membrane to receive synapses' };
  }
}
