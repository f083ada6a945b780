/**
 * The inferior olive's spontaneous activity and the PF→Purkinje baseline it sets (SCIENCE.md §5;
 * Armstrong & Rawson 1979: climbing fibres fire ~1 Hz at rest; Mauk & Donegan 1997: the weights rest
 * where LTD from those uncorrelated climbing-fibre spikes balances PF LTP). 60 s without a tone,
 * seeds 1-3, the engine's fixed-step scheme at dt = 1 ms, learning on.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, installCircuitSystem, populationByName, projectionByName, runTicks, type SimWorld } from '../../../src/sim';
import {
  DEFAULT_CEREBELLUM_PARAMS as p, cerebellumNetworkSpec, installCerebellum, pfBaselineWeight, pfRuleOf,
} from '../../../src/circuits/cerebellum';

const SPAN_MS = 60_000;

function toneFree(seed: number): { oliveHz: number; pfMean: number } {
  const world = buildWorld(cerebellumNetworkSpec(p, seed));
  installCerebellum(world, p);
  const olive = populationByName(world, 'olive');
  let spikes = 0;
  installCircuitSystem(world, 'monitors', (w: SimWorld) => {
    for (let k = 0; k < w.spikedCount[0]; k++) {
      const eid = w.spikedList[k];
      if (eid >= olive.firstEid && eid < olive.firstEid + olive.count) spikes++;
    }
  });
  for (let done = 0; done < SPAN_MS; done += 1000) { runTicks(world, 1000); world.events.length = 0; }
  const pf = projectionByName(world, 'parallelFibres');
  const first = pf.outRowStart[0];
  const end = pf.outRowStart[pf.outRowStart.length - 1];
  let sum = 0;
  for (let s = first; s < end; s++) sum += world.synapses.weight[s];
  return { oliveHz: spikes / olive.count / (SPAN_MS / 1000), pfMean: sum / (end - first) };
}

describe('tone-free circuit, 60 s, seeds 1-3', () => {
  const runs = [1, 2, 3].map(toneFree);
  const baseline = pfBaselineWeight(pfRuleOf(p), p.baselineClimbingHz);
  it('the olive fires spontaneously at ~1 Hz (0.5-1.5 Hz per seed)', () => {
    console.log(`spontaneous CF rate ${runs.map((r) => r.oliveHz.toFixed(2)).join(', ')} Hz`);
    for (const r of runs) { expect(r.oliveHz).toBeGreaterThanOrEqual(0.5); expect(r.oliveHz).toBeLessThanOrEqual(1.5); }
  });
  it('the PF weights stay at the baseline that spontaneous CFs and PF LTP balance (mean within 2%)', () => {
    console.log(`PF mean weight after 60 s ${runs.map((r) => r.pfMean.toFixed(4)).join(', ')} (baseline ${baseline.toFixed(4)})`);
    for (const r of runs) expect(Math.abs(r.pfMean - baseline) / baseline).toBeLessThan(0.02);
  });
});
