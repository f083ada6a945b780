/**
 * LIF integration over an eid range (called by integrateNeurons). Exact exponential step of
 * models/lif.ts; refractory neurons are held at the reset potential.
 * In current mode the synaptic variables are currents (nA) and join the stimulus current: R·I.
 */
import type { NeuronStore } from '../components/neurons';
import { InputMode, type NeuronTypeEntry } from '../params/neuronTypes';
import { lifExactStep } from '../models/lif';

export function integrateLifRange(neurons: NeuronStore, type: NeuronTypeEntry, dtMs: number, from: number, to: number): void {
  const { vMv, iExt, gExc, gInh, lesioned, refractoryTicksLeft } = neurons;
  const conductance = type.inputMode === InputMode.conductance;
  const { vRestMv, tauMMs, eExcMv, eInhMv, resistanceMOhm, vResetMv } = type;
  for (let eid = from; eid < to; eid++) {
    if (lesioned[eid] === 1) continue;
    if (refractoryTicksLeft[eid] > 0) {
      refractoryTicksLeft[eid] -= 1;
      vMv[eid] = vResetMv;
      continue;
    }
    if (conductance) {
      vMv[eid] = lifExactStep(vMv[eid], vRestMv, tauMMs, dtMs, gExc[eid], eExcMv, gInh[eid], eInhMv, resistanceMOhm * iExt[eid]);
    } else {
      const current = iExt[eid] + gExc[eid] + gInh[eid];
      vMv[eid] = lifExactStep(vMv[eid], vRestMv, tauMMs, dtMs, 0, 0, 0, 0, resistanceMOhm * current);
    }
  }
}
