/**
 * Where the reward circuit's primary reward r comes from: the reward deliveries of the timeline and
 * deliverReward commands addressed to its pool (their rewardDelivered events), not from whatever is
 * released into the pool. A modulator pulse into the dopamine pool (a drug, an injection) raises the
 * dopamine level but is not juice: the dopamine neurons do not burst. And juice is not dopamine: the
 * pool rises only through the dopamine neurons' spikes. Network scheme (exact LIF step), dt 1 ms,
 * seed 7, 3 s trials without cues, each event at 1500 ms.
 */
import { describe, expect, it } from 'vitest';
import type { TrialEvent } from '../../../src/levels/schema/timeline';
import { baselineHz, mean, phase, rateHz, reward, runConditioning, trialType, trialsOf, type DopamineTrial } from './rewardHarness';

const AT_MS = 1500;
const pulse: TrialEvent = { kind: 'modulatorPulse', modulator: 'dopamine', at: { ms: AT_MS }, amount: 0.5 };
const command: TrialEvent = { kind: 'command', at: { ms: AT_MS }, command: { type: 'deliverReward', amount: 1 } };

describe('the reward input is the delivered juice, not the dopamine pool', () => {
  const trials = runConditioning(['tone'], [
    phase('inputs', 9, [trialType('pulse', [pulse]), trialType('juice', [reward(1, AT_MS)]), trialType('command', [command])], 'sequential'),
  ], 7);
  const baseline = mean(trials.map(baselineHz));
  const after = (type: string) => mean(trialsOf(trials, 'inputs', type).map((t) => rateHz(t, AT_MS, 0, 250)));
  /** Largest one-tick rise of the pool level in the 5 ms from the event. */
  const jump = (t: DopamineTrial) => Math.max(...Array.from({ length: 5 }, (_, i) => t.dopamine[AT_MS + i] - t.dopamine[AT_MS + i - 1]));

  it('timeline juice and deliverReward commands burst the dopamine neurons', () => {
    expect(after('juice')).toBeGreaterThan(3 * baseline);
    expect(after('command')).toBeGreaterThan(3 * baseline);
    // A command the timeline sends is applied at the next tick's commands phase.
    for (const t of trialsOf(trials, 'inputs', 'command')) expect(t.rewardMs).toEqual([AT_MS + 1]);
  });

  it('a dopamine pulse into the pool raises dopamine but does not excite the dopamine neurons', () => {
    expect(Math.abs(after('pulse') - baseline)).toBeLessThan(2);
    for (const t of trialsOf(trials, 'inputs', 'pulse')) expect(jump(t)).toBeGreaterThan(0.45);
  });

  it('juice adds no dopamine of its own: the pool rises only by the spikes of the dopamine neurons', () => {
    // One dopamine spike adds releasePerSpike = 0.01; 20 neurons cannot add 0.45 in one tick.
    for (const t of trialsOf(trials, 'inputs', 'juice')) expect(jump(t)).toBeLessThan(0.1);
  });
});
