/**
 * Phase: traces and plasticity. Reads: spikes of the value population and the time cells, the
 * dopamine pool's level. Writes: the filtered value rate, the time cells' eligibility traces, the
 * value projection's weights. Three-factor rule (Reynolds & Wickens 2002; Yagishita et al. 2014):
 * Δw_ij = η · e_i · (D − D̄) · dt, where e_i is a presynaptic eligibility trace: the time
 * cell's spikes, delayed by one TD step Δ plus eligibilityLagMs (a tag that becomes eligible Δ after
 * the synapse was active: the x(t − 1) of TD; the lag matches the delay with which δ reaches the
 * dopamine level through the value readout, the dopamine neurons and the pool) and low-pass
 * filtered (eligibilityTauMs), and D − D̄ the dopamine
 * released by the dopamine neurons' bursts (> 0) and pauses (< 0) relative to its slow average D̄.
 * Weights stay in [0, wMax]. While the value projection's plasticity is switched off (setPlasticity
 * { enabled: false }, like a D1-antagonist infusion) no credit accumulates and no weight changes;
 * the readouts (value rate, D̄) and the presynaptic tags keep running, so learning resumes cleanly.
 */
import type { SimWorld } from '../../sim/world/world';
import { circuitsOfKind } from '../../sim/world/circuitEntities';
import { REWARD_CIRCUIT, Signal, type RewardCircuit } from './rewardCircuit';

export function learnValueWeights(world: SimWorld): void {
  const { eids, data } = circuitsOfKind(world, REWARD_CIRCUIT);
  for (let i = 0; i < eids.length; i++) learn(world, data[eids[i]]);
}

function learn(world: SimWorld, c: RewardCircuit): void {
  const spiked = world.neurons.spiked;
  const dt = world.dtMs;
  let spikes = 0;
  for (let e = c.valueFirstEid; e < c.valueFirstEid + c.valueCount; e++) spikes += spiked[e];
  const instantHz = (spikes * 1000) / (c.valueCount * dt);
  c.signals[Signal.valueRateHz] += (1 - c.valueDecay) * (instantHz - c.signals[Signal.valueRateHz]);

  // The reference D̄ is the tonic dopamine level, a slow running average of D (started at the level
  // tonicRateHz gives) taken only while the circuit is quiet: no cue sequence running, no reward,
  // δ settled. Zero-mean noise in δ makes the dopamine neurons' convex rate curve release a little
  // extra dopamine, and this average subtracts it. Averaging over whole trials instead would count
  // the phasic cue bursts into D̄ and set the learning's fixed point at a positive δ: value creeping
  // up across the delay and a residual burst at a fully predicted reward.
  const level = world.modulators.level[c.pool];
  const reference = c.signals[Signal.dopamineReference];
  const raw = level - reference;
  if (c.signals[Signal.quietTicks] >= c.quietAfterTicks) c.signals[Signal.dopamineReference] = reference + c.referenceGain * raw;
  // A pause can lower dopamine by at most its tonic level, a burst raise it several times over:
  // dips weigh dipGain times more (D2-receptor pathways are the more sensitive to them).
  const learning = c.plasticityEnabled[0] === 1;
  const deviation = !learning ? 0 : raw < 0 ? raw * c.spec.dipGain : raw;
  const { spikeHistory, eligibility, credit, eligibilityDecay: decay, eligibilityGain: gain, eligibilityDelayTicks: span } = c;
  const first = c.timeCellFirstEid;
  const slot = world.clock[0] % span;
  for (let i = 0, row = slot; i < eligibility.length; i++, row += span) {
    const delayed = spikeHistory[row];
    spikeHistory[row] = spiked[first + i];
    eligibility[i] = eligibility[i] * decay + gain * delayed;
    credit[i] = learning ? credit[i] + eligibility[i] * deviation : 0;
  }
  if (!learning || (world.clock[0] + 1) % c.updateEveryTicks !== 0) return;
  const weight = world.synapses.weight;
  const scale = c.spec.learningRate * dt;
  const wMax = c.spec.wMax;
  const rows = c.outRowStart;
  for (let i = 0; i < credit.length; i++) {
    const change = credit[i] * scale;
    credit[i] = 0;
    if (change === 0) continue;
    for (let s = rows[i]; s < rows[i + 1]; s++) {
      const w = weight[s] + change;
      weight[s] = w < 0 ? 0 : w > wMax ? wMax : w;
    }
  }
}
