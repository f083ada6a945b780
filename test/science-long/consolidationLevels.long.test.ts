/**
 * The consolidation levels played by scripted players as the page plays them (stopWhenGoalMet; the
 * objectives are measured in the last phase, so a run always goes to its end): each level is won by
 * a good strategy with its top tier, by a weaker one with fewer stars, and missed by the wrong
 * strategies. Level files' seeds (1997, 1988), LIF cell, exact exponential step, dtMs 1; one trial
 * = 10 model minutes. The sandbox spawns and plays 500 ms.
 */
import { describe, expect, it } from 'vitest';
import { assetsOf, loadLevelFile, expectPlayerCase, playerCaseTitle, type PlayerCase } from '../levels/campaign/campaignPlayers';
import type { SimCommand } from '../../src/sim/commands/commandQueue';
import { runLevel } from '../../src/levels/runLevel';

const TRIAL_TICKS = 2000;
const PHASES = 'timeline.sessions.main.phases';
const TRAINS = `${PHASES}.tetanus.trials`;
const TRAIN_MS = `${PHASES}.tetanus.trialTypes.train.events.trainEnd.at.ms`;
const WAIT = `${PHASES}.wait.trials`;
const anisomycin = (tick: number) => ({ tick, command: { type: 'setParameter', path: 'projections.fromPathway1.plasticity.proteinSynthesis', value: 0 } as SimCommand });

type Case = PlayerCase;

const cases: Record<string, Case[]> = {
  'consolidation-early-late': [
    { name: 'predicts the fading and gives three trains of 1000 ms', strategy: { settings: { [TRAINS]: 3, [TRAIN_MS]: 1000 }, answers: { weakFate: 1 } }, stars: 3, used: 49 },
    { name: 'predicts that the change stays and gives one train of 500 ms', strategy: { settings: { [TRAIN_MS]: 500 }, answers: { weakFate: 0 } }, stars: 1, used: 47 },
    { name: 'keeps the weak tetanus (one train of 200 ms: early LTP only)', strategy: { answers: { weakFate: 1 } }, stars: 0 },
  ],
  'consolidation-capture': [
    { name: 'waits 30 model minutes and predicts specificity and the window', strategy: { settings: { [WAIT]: 3 }, answers: { strongAloneOnTwo: 1, hoursApart: 1 } }, stars: 3, used: 47 },
    { name: 'waits 1 model hour but predicts that pathway 2 changes with pathway 1', strategy: { settings: { [WAIT]: 6 }, answers: { strongAloneOnTwo: 0, hoursApart: 1 } }, stars: 1, used: 50 },
    { name: 'keeps the 4-hour wait (the proteins are gone)', strategy: { answers: { strongAloneOnTwo: 1, hoursApart: 1 } }, stars: 0 },
  ],
  'consolidation-anisomycin': [
    { name: 'switches anisomycin on before the tetanus and predicts a fading LTP', strategy: { commands: [anisomycin(0)], answers: { drugFromStart: 1 } }, stars: 3, used: 49 },
    { name: 'switches anisomycin on before the tetanus but predicts no LTP at all', strategy: { commands: [anisomycin(0)], answers: { drugFromStart: 0 } }, stars: 1, used: 49 },
    { name: 'never gives the drug (late LTP stays)', strategy: { answers: { drugFromStart: 1 } }, stars: 0 },
    { name: 'gives the drug 2 model hours after the tetanus (the proteins were captured)', strategy: { commands: [anisomycin((3 + 3 + 12) * TRIAL_TICKS)], answers: { drugFromStart: 1 } }, stars: 0 },
  ],
};

describe('consolidation levels: scripted players', () => {
  for (const [id, list] of Object.entries(cases)) {
    it(`${id}: a top-tier player and a fewer-stars player`, () => {
      const top = Math.max(...(loadLevelFile(id).lesson?.stars ?? [{ stars: 1 }]).map((r) => r.stars));
      expect(list.some((c) => c.stars === top)).toBe(true);
      expect(list.some((c) => c.stars > 0 && c.stars < top)).toBe(true);
    });
    for (const c of list) {
      it(playerCaseTitle(id, c), () => {
        const result = expectPlayerCase(id, c);
        console.log(`${id} / ${c.name}: ${result.objectives.map((o) => `${o.id} ${o.value?.toFixed(3)}`).join(', ')}`);
      }, 120_000);
    }
  }

  it('consolidation-sandbox spawns and plays 500 ms of free play', () => {
    const level = loadLevelFile('consolidation-sandbox');
    const outcome = runLevel(level, { durationMs: 500, assets: assetsOf(level) });
    expect(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.errors)).toBe(true);
  });
});
