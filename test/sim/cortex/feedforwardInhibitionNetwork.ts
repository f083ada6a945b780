/**
 * A feedforward-inhibition microcircuit (Pouille & Scanziani 2001, Science 293:1159) built from
 * generic parts: 20 afferent fibres (LIF relays fired by brief current pulses) excite 20 pyramidal
 * cells and 10 fast-spiking PV basket cells; the PV cells inhibit every pyramidal cell. Conductance
 * LIF for both targets (conductances in units of the leak), exact exponential step, dt 0.1 ms.
 * The disynaptic delay (afferent → PV 1 ms, PV spike ~1.3 ms, PV → pyramidal 1.5 ms) puts the IPSC
 * about 2 ms behind the EPSC, as in the paper's CA1 slices (1.9 ms). Levels/pv-timing.json holds the
 * same circuit.
 */
import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import { stepSim } from '../../../src/sim/schedule';
import { populationByName } from '../../../src/sim/world/world';

export const AFFERENTS = 20;
export const PYRAMIDAL_CELLS = 20;

/** One trial: afferent i fires at volleyTimesMs[i] (ms from trial start), or not at all when NaN. */
export type Volley = readonly number[];

export function feedforwardSpec(seed: number, pvToPyramidalWeight: number, volleys: readonly Volley[], trialMs: number): NetworkSpec {
  const pulseTimes: number[][] = Array.from({ length: AFFERENTS }, () => []);
  volleys.forEach((volley, trial) => volley.forEach((t, i) => { if (!Number.isNaN(t)) pulseTimes[i].push(trial * trialMs + t); }));
  return {
    seed, dtMs: 0.1,
    neuronTypes: [
      { name: 'afferent', model: 2, inputMode: 0, tauMMs: 10, vRestMv: -70, vThreshMv: -54, vResetMv: -70, refractoryMs: 2, resistanceMOhm: 100 },
      { name: 'pyramidal', model: 2, inputMode: 1, tauMMs: 20, vRestMv: -70, vThreshMv: -52, vResetMv: -70, refractoryMs: 50, tauExcMs: 2, tauInhMs: 6, eExcMv: 0, eInhMv: -75 },
      { name: 'pv', model: 2, inputMode: 1, tauMMs: 8, vRestMv: -70, vThreshMv: -55, vResetMv: -70, refractoryMs: 2, tauExcMs: 1, tauInhMs: 4, eExcMv: 0, eInhMv: -75 },
    ],
    populations: [
      { name: 'afferents', type: 'afferent', count: AFFERENTS },
      { name: 'pyramidal', type: 'pyramidal', count: PYRAMIDAL_CELLS },
      { name: 'pv', type: 'pv', count: 10 },
    ],
    projections: [
      { name: 'toPyramidal', from: 'afferents', to: 'pyramidal', connect: { rule: 'allToAll' }, weight: { dist: 'uniform', min: 0.2, max: 0.4 }, delayMs: 1, receptor: 'excitatory' },
      { name: 'toPv', from: 'afferents', to: 'pv', connect: { rule: 'allToAll' }, weight: { dist: 'uniform', min: 0.25, max: 0.5 }, delayMs: 1, receptor: 'excitatory' },
      { name: 'pvToPyramidal', from: 'pv', to: 'pyramidal', connect: { rule: 'allToAll' }, weight: pvToPyramidalWeight, delayMs: 1.5, receptor: 'inhibitory' },
    ],
    stimuli: pulseTimes.map((timesMs, i) => ({ kind: 'pulses' as const, name: `fibre${i}`, target: 'afferents', neurons: [i], timesMs, amplitude: 5000, widthMs: 0.5 })),
  };
}

/** Runs the volleys, one per trial, and returns each trial's pyramidal spike times (ms from trial start). */
export function pyramidalSpikeTimes(seed: number, pvToPyramidalWeight: number, volleys: readonly Volley[], trialMs = 100): number[][] {
  const world = buildWorld(feedforwardSpec(seed, pvToPyramidalWeight, volleys, trialMs));
  const pyramidal = populationByName(world, 'pyramidal');
  const perTrial: number[][] = volleys.map(() => []);
  const ticks = Math.round((volleys.length * trialMs) / world.dtMs);
  for (let k = 0; k < ticks; k++) {
    stepSim(world);
    const timeMs = (world.clock[0] - 1) * world.dtMs;
    for (let j = 0; j < world.spikedCount[0]; j++) {
      const eid = world.spikedList[j];
      if (eid >= pyramidal.firstEid && eid < pyramidal.firstEid + pyramidal.count) perTrial[Math.floor(timeMs / trialMs)].push(timeMs % trialMs);
    }
  }
  return perTrial;
}

/** Two half-volleys: even fibres at startMs, odd fibres gapMs later (Pouille & Scanziani's two-pathway test). */
export function pairedVolley(startMs: number, gapMs: number): Volley {
  return Array.from({ length: AFFERENTS }, (_, i) => startMs + (i % 2) * gapMs);
}
