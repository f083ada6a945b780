/**
 * Every campaign level loads and validates, and the short levels are winnable by scripted players
 * who earn the stars the lesson promises: a player who plays well (an efficient setting, right
 * predictions) gets the top tier, weaker strategies fewer. Runs stop at the first trial end where
 * every objective is met, as the page does, so "trials used" is the page's. Each level runs with its own dtMs,
 * integration scheme (spike levels: Izhikevich forward Euler, 0.25 ms; LIF levels: exact step, 1 ms)
 * and seed. Long levels (songbird, eyeblink extinction, sandboxes) are in
 * test/science-long/campaign.long.test.ts.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campaignLevelIds, loadLevelFile, play, readCampaign, setAt, type Strategy } from './campaignPlayers';

const levelIds = readdirSync(new URL('../../../levels/', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json').map((f) => f.replace(/\.json$/, ''));
const campaign = readCampaign(levelIds);

describe('campaign levels load', () => {
  for (const id of campaignLevelIds(campaign)) {
    it(`${id}: loads, validates and has a lesson with a goal`, () => {
      const level = loadLevelFile(id);
      expect(level.lesson?.goal.length ?? 0).toBeGreaterThan(10);
      expect(level.lesson?.intro.length ?? 0).toBeGreaterThan(10);
    });
  }
});

const PULSE = 'timeline.sessions.main.phases.pairing.trialTypes.pair.events.postSpike.at.ms';
const RATE = 'timeline.sessions.main.phases.stimulation.trialMs';
const OTHERS = 'timeline.sessions.main.phases.activity.trialTypes.volley.events.othersFire.at.ms';
const TICKS_PER_TRIAL_QUARTER_MS = 4000; // 1000 ms trials at dtMs 0.25

/** used: the trials the run used (it stops at the first trial end where the goal is met, as the page does). */
interface Case { name: string; strategy: Strategy; stars: number; used?: number }
const cases: Record<string, Case[]> = {
  'spike-threshold': [
    { name: 'turns the current to 10 pA at once', strategy: { commands: [setAt(0, 'stimuli.electrode.amplitudePa', 10)] }, stars: 3, used: 1 },
    { name: 'raises it by 0.5 pA a trial from 1 pA (fires at 4 pA, trial 7)',
      strategy: { commands: Array.from({ length: 7 }, (_, k) => setAt(k * TICKS_PER_TRIAL_QUARTER_MS, 'stimuli.electrode.amplitudePa', 1 + 0.5 * k)) }, stars: 2, used: 7 },
    { name: 'raises it by 0.25 pA a trial (fires at 4 pA, trial 13)',
      strategy: { commands: Array.from({ length: 13 }, (_, k) => setAt(k * TICKS_PER_TRIAL_QUARTER_MS, 'stimuli.electrode.amplitudePa', 1 + 0.25 * k)) }, stars: 1, used: 13 },
    { name: 'leaves the current at 1 pA and gives up after 5 trials', strategy: { trials: 5 }, stars: 0 },
  ],
  'spike-types': [
    { name: 'sets a = 0.1 and d = 2 (a PV cell)', strategy: { commands: [setAt(0, 'neuronTypes.tunable.a', 0.1), setAt(0, 'neuronTypes.tunable.d', 2)] }, stars: 3, used: 1 },
    { name: 'tries d first, then a (trial 4)', strategy: { commands: [setAt(0, 'neuronTypes.tunable.d', 2), setAt(3 * TICKS_PER_TRIAL_QUARTER_MS, 'neuronTypes.tunable.a', 0.1)] }, stars: 2, used: 4 },
    { name: 'only lowers d (42 spikes, not 80) and gives up after 2 trials', strategy: { commands: [setAt(0, 'neuronTypes.tunable.d', 2)], trials: 2 }, stars: 0 },
  ],
  'stdp-pairing': [
    { name: 'fires post 5 ms after pre', strategy: { settings: { [PULSE]: 105 } }, stars: 3, used: 21 },
    { name: 'keeps post 10 ms after pre (the default)', strategy: {}, stars: 2, used: 28 },
    { name: 'fires post 20 ms after pre', strategy: { settings: { [PULSE]: 120 } }, stars: 1, used: 50 },
    { name: 'fires post 10 ms before pre', strategy: { settings: { [PULSE]: 90 } }, stars: 0 },
  ],
  'stdp-norepinephrine': [
    { name: 'sets norepinephrine to 1', strategy: { settings: { 'modulators.norepinephrine.baseline': 1 } }, stars: 3, used: 9 },
    { name: 'sets norepinephrine to 0.5', strategy: { settings: { 'modulators.norepinephrine.baseline': 0.5 } }, stars: 2, used: 19 },
    { name: 'sets norepinephrine to 0.3', strategy: { settings: { 'modulators.norepinephrine.baseline': 0.3 } }, stars: 1, used: 36 },
    { name: 'adds no norepinephrine: the synapse weakens', strategy: {}, stars: 0 },
  ],
  'stdp-acetylcholine': [
    { name: 'sets acetylcholine to 1', strategy: { settings: { 'modulators.acetylcholine.baseline': 1 } }, stars: 3, used: 8 },
    { name: 'sets acetylcholine to 0.5', strategy: { settings: { 'modulators.acetylcholine.baseline': 0.5 } }, stars: 2, used: 17 },
    { name: 'sets acetylcholine to 0.3', strategy: { settings: { 'modulators.acetylcholine.baseline': 0.3 } }, stars: 1, used: 34 },
    { name: 'adds no acetylcholine: the synapse grows', strategy: {}, stars: 0 },
  ],
  'calcium-frequency': [
    { name: 'stimulates at 4 Hz, close below the switch', strategy: { settings: { [RATE]: 250 } }, stars: 3, used: 8 },
    { name: 'stimulates at 2 Hz', strategy: { settings: { [RATE]: 500 } }, stars: 2, used: 17 },
    { name: 'keeps 1 Hz (the default, the slowest allowed)', strategy: {}, stars: 1, used: 37 },
    { name: 'stimulates at 6 Hz, just past the switch: strengthens instead', strategy: { settings: { [RATE]: 167 } }, stars: 0 },
    { name: 'stimulates at 50 Hz: strengthens instead', strategy: { settings: { [RATE]: 20 } }, stars: 0 },
  ],
  'calcium-ltp': [
    { name: 'stimulates at 10 Hz', strategy: { settings: { [RATE]: 100 } }, stars: 3, used: 7 },
    { name: 'stimulates at 50 Hz (each spike has 20 ms to act)', strategy: { settings: { [RATE]: 20 } }, stars: 2, used: 23 },
    { name: 'stimulates at 6 Hz', strategy: { settings: { [RATE]: 167 } }, stars: 2, used: 16 },
    { name: 'stimulates at 5 Hz: weakens instead', strategy: { settings: { [RATE]: 200 } }, stars: 0 },
    { name: 'keeps 1 Hz: weakens instead', strategy: {}, stars: 0 },
  ],
  pruning: [
    { name: 'fires the second group 5 ms after the neuron', strategy: { settings: { [OTHERS]: 110 } }, stars: 3, used: 31 },
    { name: 'fires the second group 20 ms after', strategy: { settings: { [OTHERS]: 125 } }, stars: 2, used: 47 },
    { name: 'leaves the second group at 500 ms', strategy: {}, stars: 0 },
  ],
  homeostasis: [
    { name: 'keeps the target at 10 Hz and predicts the dip and recovery (stars for the prediction: nothing makes recovery faster)', strategy: { answers: { afterBlock: 1 } }, stars: 3, used: 37 },
    { name: 'keeps the target at 10 Hz but predicts the rate stays low', strategy: { answers: { afterBlock: 0 } }, stars: 1, used: 37 },
    { name: 'keeps the target at 10 Hz and skips the question', strategy: {}, stars: 1, used: 37 },
    { name: 'sets the target to 12 Hz', strategy: { settings: { 'projections.inputs.plasticity.targetRateHz': 12 } }, stars: 0 },
    { name: 'gives up during the baseline (the goal is after the block)', strategy: { trials: 20 }, stars: 0 },
  ],
  'dopamine-acquisition': [
    { name: 'predicts that the burst moves to the tone and sketches a rising curve', strategy: { answers: { burstMoves: 1, cueCurve: [0.125, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.75, 0.75] } }, stars: 3, used: 24 },
    { name: 'predicts right but sketches a falling curve', strategy: { answers: { burstMoves: 1, cueCurve: [0.75, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.1, 0.1, 0.1] } }, stars: 1, used: 24 },
    { name: 'predicts right but sketches no change at the tone', strategy: { answers: { burstMoves: 1, cueCurve: [0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125] } }, stars: 1, used: 24 },
    { name: 'skips the questions', strategy: {}, stars: 1, used: 24 },
    { name: 'gives up at trial 5', strategy: { trials: 5 }, stars: 0 },
  ],
  'eyeblink-acquisition': [
    { name: 'doubles the puff strength (a stronger teaching signal)', strategy: { commands: [{ tick: 0, command: { type: 'setPuffStrength', value: 2 } }] }, stars: 3, used: 40 },
    { name: 'keeps the normal puff', strategy: {}, stars: 2, used: 50 },
    { name: 'shortens the interval to 150 ms', strategy: { commands: [{ tick: 0, command: { type: 'setIsiMs', value: 150 } }] }, stars: 1, used: 85 },
    { name: 'halves the puff', strategy: { commands: [{ tick: 0, command: { type: 'setPuffStrength', value: 0.5 } }] }, stars: 0 },
  ],
};

describe('campaign levels: scripted players meet the goals and earn the stars', () => {
  it('every short level of chapters 1-3 and 7 has scripted players here', () => {
    const short = campaign.chapters.filter((c) => ['spikes', 'timing', 'calcium', 'balance'].includes(c.id)).flatMap((c) => c.levels);
    expect(short.filter((id) => !(id in cases))).toEqual([]);
  });
  for (const [id, list] of Object.entries(cases)) {
    for (const c of list) {
      it(`${id}: a player who ${c.name} earns ${c.stars} star(s)${c.used !== undefined ? ` in ${c.used} trials` : ''}`, () => {
        const { result, award } = play(id, c.strategy);
        if (c.stars > 0) {
          for (const o of result.objectives) expect(o.met, JSON.stringify(o)).toBe(true);
          expect(result.stopReason).toBe('goal');
        } else expect(result.objectives.some((o) => !o.met)).toBe(true);
        if (c.used !== undefined) expect(award.used).toBe(c.used);
        expect(award.stars, award.reasons.join(' ')).toBe(c.stars);
      });
    }
  }
});
