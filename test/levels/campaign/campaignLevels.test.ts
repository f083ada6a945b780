/**
 * Every campaign level loads and validates, and the short levels are winnable by scripted players
 * who earn the stars the lesson promises: an efficient player gets 3, slower ones fewer (stars count
 * the trials used, the player stopping when the goal is met). Each level runs with its own dtMs,
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

interface Case { name: string; strategy: Strategy; stars: number }
const cases: Record<string, Case[]> = {
  'spike-threshold': [
    { name: 'turns the current to 10 pA at once', strategy: { commands: [setAt(0, 'stimuli.electrode.amplitudePa', 10)], trials: 1 }, stars: 3 },
    { name: 'raises it by 0.5 pA a trial from 1 pA (fires at 4 pA, trial 7)',
      strategy: { commands: Array.from({ length: 7 }, (_, k) => setAt(k * TICKS_PER_TRIAL_QUARTER_MS, 'stimuli.electrode.amplitudePa', 1 + 0.5 * k)), trials: 7 }, stars: 2 },
    { name: 'raises it by 0.25 pA a trial (fires at 4 pA, trial 13)',
      strategy: { commands: Array.from({ length: 13 }, (_, k) => setAt(k * TICKS_PER_TRIAL_QUARTER_MS, 'stimuli.electrode.amplitudePa', 1 + 0.25 * k)), trials: 13 }, stars: 1 },
    { name: 'leaves the current at 1 pA', strategy: { trials: 5 }, stars: 0 },
  ],
  'spike-types': [
    { name: 'sets a = 0.1 and d = 2 (a PV cell)', strategy: { commands: [setAt(0, 'neuronTypes.tunable.a', 0.1), setAt(0, 'neuronTypes.tunable.d', 2)], trials: 1 }, stars: 3 },
    { name: 'tries d first, then a (trial 4)', strategy: { commands: [setAt(0, 'neuronTypes.tunable.d', 2), setAt(3 * TICKS_PER_TRIAL_QUARTER_MS, 'neuronTypes.tunable.a', 0.1)], trials: 4 }, stars: 2 },
    { name: 'only lowers d (42 spikes, not 80)', strategy: { commands: [setAt(0, 'neuronTypes.tunable.d', 2)], trials: 2 }, stars: 0 },
  ],
  'stdp-pairing': [
    { name: 'post 5 ms after pre, stops at trial 21', strategy: { settings: { [PULSE]: 105 }, trials: 21 }, stars: 3 },
    { name: 'post 10 ms after pre (the default), trial 28', strategy: { trials: 28 }, stars: 2 },
    { name: 'post 20 ms after pre, trial 50', strategy: { settings: { [PULSE]: 120 }, trials: 50 }, stars: 1 },
    { name: 'post 10 ms before pre', strategy: { settings: { [PULSE]: 90 } }, stars: 0 },
  ],
  'stdp-norepinephrine': [
    { name: 'norepinephrine 1, trial 10', strategy: { settings: { 'modulators.norepinephrine.baseline': 1 }, trials: 10 }, stars: 3 },
    { name: 'norepinephrine 0.5, trial 20', strategy: { settings: { 'modulators.norepinephrine.baseline': 0.5 }, trials: 20 }, stars: 2 },
    { name: 'norepinephrine 0.3, trial 40', strategy: { settings: { 'modulators.norepinephrine.baseline': 0.3 }, trials: 40 }, stars: 1 },
    { name: 'no norepinephrine: the synapse weakens', strategy: {}, stars: 0 },
  ],
  'stdp-acetylcholine': [
    { name: 'acetylcholine 1, trial 10', strategy: { settings: { 'modulators.acetylcholine.baseline': 1 }, trials: 10 }, stars: 3 },
    { name: 'acetylcholine 0.5, trial 20', strategy: { settings: { 'modulators.acetylcholine.baseline': 0.5 }, trials: 20 }, stars: 2 },
    { name: 'acetylcholine 0.3, trial 40', strategy: { settings: { 'modulators.acetylcholine.baseline': 0.3 }, trials: 40 }, stars: 1 },
    { name: 'no acetylcholine: the synapse grows', strategy: {}, stars: 0 },
  ],
  'calcium-frequency': [
    { name: '2 Hz, trial 35', strategy: { settings: { [RATE]: 500 }, trials: 35 }, stars: 3 },
    { name: '1 Hz, the whole level', strategy: {}, stars: 1 },
    { name: '50 Hz strengthens instead', strategy: { settings: { [RATE]: 20 }, trials: 30 }, stars: 0 },
  ],
  'calcium-ltp': [
    { name: '50 Hz, trial 8', strategy: { settings: { [RATE]: 20 }, trials: 8 }, stars: 3 },
    { name: '10 Hz, trial 40', strategy: { settings: { [RATE]: 100 }, trials: 40 }, stars: 1 },
    { name: '1 Hz weakens instead', strategy: { trials: 60 }, stars: 0 },
  ],
  pruning: [
    { name: 'second group 5 ms after the neuron, trial 32', strategy: { settings: { [OTHERS]: 110 }, trials: 32 }, stars: 3 },
    { name: 'second group 20 ms after, trial 48', strategy: { settings: { [OTHERS]: 125 }, trials: 48 }, stars: 2 },
    { name: 'second group left at 500 ms', strategy: {}, stars: 0 },
  ],
  homeostasis: [
    { name: 'stops 10 trials after the block (trial 40)', strategy: { trials: 40 }, stars: 3 },
    { name: 'runs the whole level', strategy: {}, stars: 1 },
    { name: 'stops during the baseline (the goal is after the block)', strategy: { trials: 20 }, stars: 0 },
  ],
  'dopamine-acquisition': [
    { name: 'stops at trial 25', strategy: { trials: 25 }, stars: 3 },
    { name: 'runs all 100 trials', strategy: {}, stars: 1 },
    { name: 'stops at trial 5', strategy: { trials: 5 }, stars: 0 },
  ],
  'eyeblink-acquisition': [
    { name: 'stops at trial 65', strategy: { trials: 65 }, stars: 3 },
    { name: 'stops at trial 80', strategy: { trials: 80 }, stars: 2 },
    { name: 'runs all 100 trials', strategy: {}, stars: 1 },
  ],
};

describe('campaign levels: scripted players meet the goals and earn the stars', () => {
  it('every short level of chapters 1-3 and 7 has scripted players here', () => {
    const short = campaign.chapters.filter((c) => ['spikes', 'timing', 'calcium', 'balance'].includes(c.id)).flatMap((c) => c.levels);
    expect(short.filter((id) => !(id in cases))).toEqual([]);
  });
  for (const [id, list] of Object.entries(cases)) {
    for (const c of list) {
      it(`${id}: a player who ${c.name} earns ${c.stars} star(s)`, () => {
        const { result, award } = play(id, c.strategy);
        if (c.stars > 0) for (const o of result.objectives) expect(o.met, JSON.stringify(o)).toBe(true);
        else expect(result.objectives.some((o) => !o.met)).toBe(true);
        expect(award.stars, award.reasons.join(' ')).toBe(c.stars);
      });
    }
  }
});
