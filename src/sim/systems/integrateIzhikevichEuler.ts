/**
 * Izhikevich (2003) forward Euler with a fixed sub-step (type.eulerStepMs, 0.25 ms in the
 * single-cell figures), over an eid range. Once v reaches the peak within a tick the remaining
 * sub-steps are skipped, so the spike is detected at the peak as in the published code.
 */
import type { NeuronStore } from '../components/neurons';
import { InputMode, type NeuronTypeEntry } from '../params/neuronTypes';
import { izhikevichDvDt } from '../models/izhikevich';

export function integrateIzhikevichEulerRange(neurons: NeuronStore, type: NeuronTypeEntry, dtMs: number, from: number, to: number): void {
  const { vMv, u, a, b, iExt, gExc, gInh, lesioned } = neurons;
  const substeps = type.eulerSubsteps;
  const h = dtMs / substeps;
  const conductance = type.inputMode === InputMode.conductance;
  for (let eid = from; eid < to; eid++) {
    if (lesioned[eid] === 1) continue;
    let v = vMv[eid];
    let uu = u[eid];
    for (let s = 0; s < substeps && v < type.vPeakMv; s++) {
      const synaptic = conductance ? gExc[eid] * (type.eExcMv - v) + gInh[eid] * (type.eInhMv - v) : gExc[eid] + gInh[eid];
      const dv = izhikevichDvDt(v, uu, iExt[eid] + synaptic);
      const du = a[eid] * (b[eid] * v - uu);
      v += h * dv;
      uu += h * du;
    }
    vMv[eid] = v;
    u[eid] = uu;
  }
}
