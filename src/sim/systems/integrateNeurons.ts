/**
 * Phase: integrate. Reads: population entities (queries by model tag), neurons (v, u, a, b, iExt,
 * gExc, gInh, lesioned), neuron types. Writes: neurons.vMv, neurons.u. Models: Izhikevich (2003)
 * network scheme and forward Euler, LIF with an exact exponential step (see models/). Each model's
 * populations come from their own query, so the per-neuron loops have no model branch; Poisson
 * sources have no membrane (detectSpikes draws their spikes). Populations are independent here,
 * so the order of the queries does not matter.
 */
import type { SimWorld } from '../world/world';
import { InputMode } from '../params/neuronTypes';
import type { NeuronTypeEntry } from '../params/neuronTypes';
import type { NeuronStore } from '../components/neurons';
import type { KernelMemory } from '../components/kernelMemory';
import { createIntegrationKernel } from './integrationKernel';
import { integrateLifRange } from './integrateLif';
import { integrateIzhikevichEulerRange } from './integrateIzhikevichEuler';

export function integrateNeurons(world: SimWorld): void {
  const types = world.neuronTypes.entries;
  const { firstEid, count, typeId } = world.components.Population;
  const { neurons, dtMs, queries } = world;
  const izhikevich = queries.izhikevichNetworkPopulations;
  for (let i = 0; i < izhikevich.length; i++) {
    const eid = izhikevich[i];
    integrateIzhikevichNetworkRange(neurons, types[typeId[eid]], dtMs, firstEid[eid], firstEid[eid] + count[eid]);
  }
  const euler = queries.izhikevichEulerPopulations;
  for (let i = 0; i < euler.length; i++) {
    const eid = euler[i];
    integrateIzhikevichEulerRange(neurons, types[typeId[eid]], dtMs, firstEid[eid], firstEid[eid] + count[eid]);
  }
  const lif = queries.lifPopulations;
  for (let i = 0; i < lif.length; i++) {
    const eid = lif[i];
    integrateLifRange(neurons, types[typeId[eid]], dtMs, firstEid[eid], firstEid[eid] + count[eid]);
  }
}

/**
 * Izhikevich (2003) network scheme, inlined for speed; it must equal
 * models/izhikevich.ts izhikevichNetworkVoltageStep + izhikevichRecoveryStep (tested).
 * Current and conductance input get separate loops so the hot loop has no per-neuron branch;
 * lesioned neurons are put back at rest afterwards by holdLesionedAtRest.
 */
function integrateIzhikevichNetworkRange(neurons: NeuronStore, type: NeuronTypeEntry, dtMs: number, from: number, to: number): void {
  const { vMv, u, a, b, iExt, gExc, gInh } = neurons;
  const half = 0.5 * dtMs;
  if (type.inputMode === InputMode.conductance) {
    const eExc = type.eExcMv;
    const eInh = type.eInhMv;
    for (let eid = from; eid < to; eid++) {
      let v = vMv[eid];
      const uu = u[eid];
      const current = iExt[eid] + gExc[eid] * (eExc - v) + gInh[eid] * (eInh - v);
      v = v + half * ((0.04 * v + 5) * v + 140 - uu + current);
      v = v + half * ((0.04 * v + 5) * v + 140 - uu + current);
      vMv[eid] = v;
      u[eid] = uu + dtMs * a[eid] * (b[eid] * v - uu);
    }
  } else if (neurons.kernelMemory) {
    integrateInKernel(neurons, neurons.kernelMemory, dtMs, from, to);
  } else {
    integrateCurrentInputRange(neurons, dtMs, from, to);
  }
  holdLesionedAtRest(neurons, from, to);
}

/** The current-input loop above in WebAssembly SIMD, two neurons at a time (bit-identical); the odd last one here. */
function integrateInKernel(neurons: NeuronStore, memory: KernelMemory, dtMs: number, from: number, to: number): void {
  const kernel = (memory.izhikevichNetwork ??= createIntegrationKernel(memory.memory));
  const { vMv, u, a, b, iExt, gExc, gInh } = neurons;
  const half = 0.5 * dtMs;
  const pairs = (to - from) >> 1;
  // Byte addresses written out, not through a helper closure: a closure made per call allocates
  // every tick (and under tsx, esbuild's keepNames also names it with Object.defineProperty).
  const skip = from * 8;
  kernel(vMv.byteOffset + skip, u.byteOffset + skip, a.byteOffset + skip, b.byteOffset + skip, iExt.byteOffset + skip, gExc.byteOffset + skip, gInh.byteOffset + skip, pairs, half, dtMs);
  if (((to - from) & 1) === 1) integrateCurrentInputRange(neurons, dtMs, to - 1, to);
}

/** Current-input Izhikevich cells [from, to): net.m's two 0.5·dt half-steps of v, then u (the kernel's reference). */
function integrateCurrentInputRange(neurons: NeuronStore, dtMs: number, from: number, to: number): void {
  const { vMv, u, a, b, iExt, gExc, gInh } = neurons;
  const half = 0.5 * dtMs;
  for (let eid = from; eid < to; eid++) {
    let v = vMv[eid];
    const uu = u[eid];
    const current = iExt[eid] + gExc[eid] + gInh[eid];
    v = v + half * ((0.04 * v + 5) * v + 140 - uu + current);
    v = v + half * ((0.04 * v + 5) * v + 140 - uu + current);
    vMv[eid] = v;
    u[eid] = uu + dtMs * a[eid] * (b[eid] * v - uu);
  }
}

/** A lesioned Izhikevich cell is held at its reset potential with u at rest; it never reaches the peak. */
function holdLesionedAtRest(neurons: NeuronStore, from: number, to: number): void {
  if (neurons.lesionedCount[0] === 0) return;
  const { vMv, u, b, c, lesioned } = neurons;
  for (let eid = from; eid < to; eid++) {
    if (lesioned[eid] === 1) {
      vMv[eid] = c[eid];
      u[eid] = b[eid] * c[eid];
    }
  }
}
