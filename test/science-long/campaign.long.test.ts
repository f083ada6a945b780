/**
 * The campaign's long levels (chapters 4-6 and 8) played by scripted players as the page plays them: the
 * run stops at the first trial end where every objective is met (stopWhenGoalMet), the player answers
 * the level's predictions (choices and sketches) and uses its circuit commands. Each level is
 * winnable; a good strategy earns the top tier, weaker ones fewer stars; trials used are checked.
 * Runs with the same commands are simulated once (answers do not change a run). Sandboxes spawn and
 * play a short span. Each level runs with its own dtMs, integration scheme and seed (see its file:
 * dopamine levels: LIF neurons, exact step, dtMs 1; eyeblink and songbird: their circuits at dtMs 1;
 * pv-timing: conductance LIF, exact step, dtMs 0.1, seed 2001; inhibitory-balance: dtMs 0.5, seed 2011;
 * predictive-coding: LIF neurons, exact step, dtMs 1, seed 2012).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assetsOf, loadLevelFile, readCampaign, expectPlayerCase, playerCaseTitle, type PlayerCase } from '../levels/campaign/campaignPlayers';
import type { SimCommand } from '../../src/sim/commands/commandQueue';
import { runLevel } from '../../src/levels/runLevel';

const levelIds = readdirSync(new URL('../../levels/', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json').map((f) => f.replace(/\.json$/, ''));
const campaign = readCampaign(levelIds);
const EYEBLINK_TRIAL_TICKS = 950; // 650 ms trial + 300 ms intertrial at dtMs 1
const CORTEX_LESION_TRIAL_TICKS = 1200; // eyeblink-cortex-lesion: 900 ms trial + 300 ms intertrial
const SONG_TRIAL_TICKS = 670; // 660 ms rendition + 10 ms gap at dtMs 1
const at = (trial: number, ticksPerTrial: number) => trial * ticksPerTrial; // the tick at which trial + 1 starts
const inactivate = (tick: number, region: 'nucleus' | 'olive' | 'purkinje' | 'lman') => ({ tick, command: { type: 'inactivate', region } as SimCommand });
const lesionLman = (tick: number) => ({ tick, command: { type: 'lesion', population: 'lman' } as SimCommand });
const noiseOff = (tick: number) => ({ tick, command: { type: 'setWhiteNoise', enabled: false } as SimCommand });
const blockStriatalLearning = (tick: number) => ({ tick, command: { type: 'setPlasticity', projection: 'corticostriatal', enabled: false } as SimCommand });
const PV_TRIAL_TICKS = 1000; // pv-timing: 100 ms trials at dtMs 0.1
const BALANCE_TRIAL_TICKS = 10_000; // inhibitory-balance: 5 s trials at dtMs 0.5
const silencePv = (tick: number) => ({ tick, command: { type: 'lesion', population: 'pv' } as SimCommand });
const inhibitoryLearningOn = (tick: number) => ({ tick, command: { type: 'setPlasticity', projection: 'inhibition', enabled: true } as SimCommand });
const closeRightEye = (tick: number) => ({ tick, command: { type: 'setParameter', path: 'stimuli.rightVision.weight', value: 0 } as SimCommand });
const giveDiazepam = (tick: number) => ({ tick, command: { type: 'setParameter', path: 'stimuli.diazepam.weight', value: 4 } as SimCommand });
const AGE_TICKS = 20_000; // critical-period: 20 trials of 1 s per age at dtMs 1
const puff = (tick: number, value: number) => ({ tick, command: { type: 'setPuffStrength', value } as SimCommand });
const MAP_TRIAL_TICKS = 2000; // map-reorganisation: 2000 ms trials at dtMs 1
const silenceDigit = (tick: number, digit: number) => ({ tick, command: { type: 'lesion', population: `digit${digit}` } as SimCommand });
const LOSS_AT_BIRTH = { 'circuits.visualMap.ageAtStartMs': 0 };

/** used: trials used (the run stops at the first trial end where every objective is met). */
type Case = PlayerCase;
const RELEARN_SKETCH = [0, 0, 0, 0, 0, 0.1, 0.45, 0.85]; // flat through extinction, then a quick climb
const SONG_SKETCH = [0.13, 0.3, 0.45, 0.6, 0.7, 0.8, 0.85, 0.9, 0.9, 0.9]; // fast at first, then slower

const DEVIANT_WEIGHT = 'timeline.sessions.main.phases.oddball.trialTypes.deviant.weight';
const BEEP_JITTER = 'timeline.sessions.main.phases.oddball.trialTypes.standard.events.beep.jitterMs';

const cases: Record<string, Case[]> = {
  'pv-timing': [
    { name: 'predicts scattered timing and silences the PV cells after the first 10 volleys', strategy: { answers: { afterBlock: 1 }, commands: [silencePv(at(10, PV_TRIAL_TICKS))] }, stars: 3, used: 25 },
    { name: 'predicts unchanged timing but silences the PV cells after 10 volleys', strategy: { answers: { afterBlock: 0 }, commands: [silencePv(at(10, PV_TRIAL_TICKS))] }, stars: 1, used: 25 },
    { name: 'never silences the PV cells (the timing stays tight)', strategy: { answers: { afterBlock: 1 } }, stars: 0 },
    { name: 'silences the PV cells from the start (no tight baseline)', strategy: { answers: { afterBlock: 1 }, commands: [silencePv(0)] }, stars: 0 },
  ],
  'inhibitory-balance': [
    { name: 'predicts the strongest channels and switches the learning on at once', strategy: { answers: { whichGrows: 1 }, commands: [inhibitoryLearningOn(0)] }, stars: 3, used: 5 },
    { name: 'predicts equal inhibition and switches the learning on at once', strategy: { answers: { whichGrows: 0 }, commands: [inhibitoryLearningOn(0)] }, stars: 2, used: 5 },
    { name: 'switches the learning on after 8 trials', strategy: { answers: { whichGrows: 1 }, commands: [inhibitoryLearningOn(at(8, BALANCE_TRIAL_TICKS))] }, stars: 1, used: 13 },
    { name: 'never switches the learning on (the cell keeps firing ~60 Hz)', strategy: { answers: { whichGrows: 1 } }, stars: 0 },
  ],
  'predictive-coding': [
    { name: 'predicts the mismatch and the response to a missing beep', strategy: { answers: { rareBeep: 1, missingBeep: 1 } }, stars: 3, used: 49 },
    { name: 'makes the low beep rarer (weight 5) and predicts both', strategy: { settings: { [DEVIANT_WEIGHT]: 5 }, answers: { rareBeep: 1, missingBeep: 1 } }, stars: 3, used: 25 },
    { name: 'predicts that the low beep gets a weak answer', strategy: { answers: { rareBeep: 0, missingBeep: 1 } }, stars: 1, used: 49 },
    { name: 'makes the low beep as common as the high one (weight 80: no mismatch)', strategy: { settings: { [DEVIANT_WEIGHT]: 80 }, answers: { rareBeep: 1, missingBeep: 1 } }, stars: 0 },
    { name: 'jitters the high beep by up to 200 ms (nothing to predict, no answer to a gap)', strategy: { settings: { [BEEP_JITTER]: 200 }, answers: { rareBeep: 1, missingBeep: 1 } }, stars: 0 },
  ],
  'critical-period': [
    // LIF neurons, exact step, dtMs 1, seed 2005. Each age's closure starts at the age's second tick:
    // the age's own commands (sent at its first tick) reopen the eye and stop the drug, as the page's
    // buttons say ("until the next age").
    { name: 'closes the eye with diazepam while young and again in the critical period, and predicts small young and adult shifts', strategy: { commands: [closeRightEye(0), giveDiazepam(0), closeRightEye(AGE_TICKS + 1)], answers: { youngClosure: 1, adultClosure: 1 } }, stars: 3, used: 40 },
    { name: 'the same, but predicts a large shift while young', strategy: { commands: [closeRightEye(0), giveDiazepam(0), closeRightEye(AGE_TICKS + 1)], answers: { youngClosure: 0, adultClosure: 1 } }, stars: 1, used: 40 },
    { name: 'closes the eye with diazepam while young, nothing later (seeing with both eyes in the critical period undoes the shift)', strategy: { commands: [closeRightEye(0), giveDiazepam(0)], answers: { youngClosure: 1, adultClosure: 1 } }, stars: 0 },
    { name: 'closes the eye only in the critical period (misses the early opening)', strategy: { commands: [closeRightEye(AGE_TICKS + 1)] }, stars: 0 },
    { name: 'closes the eye while young without diazepam, and in the adult', strategy: { commands: [closeRightEye(0), closeRightEye(2 * AGE_TICKS + 1)] }, stars: 0 },
    { name: 'gives diazepam in the critical period but closes the eye only in the adult', strategy: { commands: [giveDiazepam(AGE_TICKS + 1), closeRightEye(2 * AGE_TICKS + 1)] }, stars: 0 },
  ],
  'dopamine-omission': [
    { name: 'predicts the pause when the juice was due', strategy: { answers: { dipWhen: 1 } }, stars: 3, used: 104 },
    { name: 'predicts no signal', strategy: { answers: { dipWhen: 0 } }, stars: 1, used: 104 },
    { name: 'skips the question', strategy: {}, stars: 1, used: 104 },
  ],
  'dopamine-extinction': [
    { name: 'predicts that each missing juice weakens the prediction', strategy: { answers: { extinctionIs: 1 } }, stars: 3, used: 135 },
    { name: 'predicts that the synapses forget on their own', strategy: { answers: { extinctionIs: 0 } }, stars: 1, used: 135 },
    // Not a control the page offers: a circuit that never learned must not win the extinction level.
    { name: 'blocks the striatal learning from the start (the tone never predicts juice)', strategy: { answers: { extinctionIs: 1 }, commands: [blockStriatalLearning(0)] }, stars: 0 },
  ],
  'dopamine-blocking': [
    { name: 'predicts that the light is blocked', strategy: { answers: { blocked: 1 } }, stars: 3, used: 122 },
    { name: 'predicts that the light bursts', strategy: { answers: { blocked: 0 } }, stars: 1, used: 122 },
  ],
  'eyeblink-isi-sweep': [
    { name: 'predicts that the blink moves toward 500 ms', strategy: { answers: { blinkFollows: 1 } }, stars: 3, used: 130 },
    { name: 'predicts a fixed reflex', strategy: { answers: { blinkFollows: 0 } }, stars: 1, used: 130 },
  ],
  'eyeblink-extinction-savings': [
    { name: 'predicts savings, sketches the quick climb and doubles the puff for relearning',
      strategy: { answers: { savings: 1, relearnCurve: RELEARN_SKETCH }, commands: [puff(at(350, EYEBLINK_TRIAL_TICKS), 2)] }, stars: 3, used: 362 },
    { name: 'predicts and sketches right with the normal puff', strategy: { answers: { savings: 1, relearnCurve: RELEARN_SKETCH } }, stars: 2, used: 366 },
    { name: 'predicts that the memory is gone (a flat high sketch)', strategy: { answers: { savings: 0, relearnCurve: [0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8] } }, stars: 1, used: 366 },
  ],
  'eyeblink-lesion': [
    { name: 'predicts the nucleus and silences it right after training', strategy: { answers: { whichRegion: 0 }, commands: [inactivate(at(100, EYEBLINK_TRIAL_TICKS), 'nucleus')] }, stars: 3, used: 109 },
    { name: 'predicts the brainstem but silences the nucleus right after training', strategy: { answers: { whichRegion: 1 }, commands: [inactivate(at(100, EYEBLINK_TRIAL_TICKS), 'nucleus')] }, stars: 2, used: 109 },
    { name: 'predicts the nucleus but silences it 10 trials late', strategy: { answers: { whichRegion: 0 }, commands: [inactivate(at(110, EYEBLINK_TRIAL_TICKS), 'nucleus')] }, stars: 1, used: 119 },
    { name: 'silences the inferior olive instead (the learnt blink stays)', strategy: { answers: { whichRegion: 0 }, commands: [inactivate(at(100, EYEBLINK_TRIAL_TICKS), 'olive')] }, stars: 0 },
  ],
  'eyeblink-cortex-lesion': [
    { name: 'predicts the early blink and inactivates the Purkinje cells right after training', strategy: { answers: { blinkAfter: 2 }, commands: [inactivate(at(100, CORTEX_LESION_TRIAL_TICKS), 'purkinje')] }, stars: 3, used: 101 },
    { name: 'predicts a still-timed blink but inactivates the Purkinje cells right after training', strategy: { answers: { blinkAfter: 1 }, commands: [inactivate(at(100, CORTEX_LESION_TRIAL_TICKS), 'purkinje')] }, stars: 2, used: 101 },
    { name: 'predicts the early blink but inactivates the Purkinje cells 4 trials late', strategy: { answers: { blinkAfter: 2 }, commands: [inactivate(at(104, CORTEX_LESION_TRIAL_TICKS), 'purkinje')] }, stars: 1, used: 108 },
    { name: 'inactivates the nucleus instead (the learnt blink is gone)', strategy: { answers: { blinkAfter: 2 }, commands: [inactivate(at(100, CORTEX_LESION_TRIAL_TICKS), 'nucleus')] }, stars: 0 },
    { name: 'leaves the cortex alone (the blink stays timed to the puff)', strategy: { answers: { blinkAfter: 2 } }, stars: 0 },
  ],
  'songbird-tutor': [
    { name: 'predicts trial and error and sketches a curve that slows down', strategy: { answers: { howLearn: 1, similarityCurve: SONG_SKETCH } }, stars: 3, used: 801 },
    { name: 'predicts exact copying and sketches no progress', strategy: { answers: { howLearn: 0, similarityCurve: Array.from({ length: 10 }, () => 0.13) } }, stars: 1, used: 801 },
  ],
  'songbird-lman-lesion': [
    { name: 'predicts no learning and silences LMAN before practice', strategy: { answers: { noVariation: 1 }, commands: [inactivate(0, 'lman')] }, stars: 3, used: 600 },
    { name: 'predicts faster learning and silences LMAN before practice', strategy: { answers: { noVariation: 0 }, commands: [inactivate(0, 'lman')] }, stars: 2, used: 600 },
    { name: 'predicts no learning but silences LMAN after 50 renditions (the song has improved a little)', strategy: { answers: { noVariation: 1 }, commands: [inactivate(at(50, SONG_TRIAL_TICKS), 'lman')] }, stars: 1, used: 600 },
    { name: 'leaves LMAN alone', strategy: { answers: { noVariation: 1 } }, stars: 0 },
  ],
  'songbird-deafening': [
    { name: 'predicts that silencing LMAN protects the song and lesions it when deafened', strategy: { answers: { deafDrift: 1 }, commands: [lesionLman(at(1500, SONG_TRIAL_TICKS))] }, stars: 3, used: 2300 },
    { name: 'predicts that singing more helps but lesions LMAN when deafened', strategy: { answers: { deafDrift: 0 }, commands: [lesionLman(at(1500, SONG_TRIAL_TICKS))] }, stars: 1, used: 2300 },
    { name: 'leaves LMAN alone (the deaf song drifts)', strategy: { answers: { deafDrift: 1 } }, stars: 0 },
  ],
  'songbird-white-noise': [
    { name: 'predicts that only the first syllable shifts', strategy: { answers: { whichShifts: 1 } }, stars: 3, used: 1373 },
    { name: 'predicts that every syllable shifts', strategy: { answers: { whichShifts: 0 } }, stars: 1, used: 1373 },
    { name: 'switches the noise off when it would start (no syllable moves)', strategy: { answers: { whichShifts: 1 }, commands: [noiseOff(at(1300, SONG_TRIAL_TICKS))] }, stars: 0 },
  ],
  // Chapter 8 (cortex): the cortical map levels (seeds 1984, 1996: their files).
  'map-reorganisation': [
    { name: 'predicts the neighbours and silences digit 3 after 5 trials', strategy: { answers: { whoTakesOver: 1 }, commands: [silenceDigit(at(5, MAP_TRIAL_TICKS), 3)] }, stars: 3, used: 16 },
    { name: 'predicts a silent territory but silences digit 3 after 5 trials', strategy: { answers: { whoTakesOver: 0 }, commands: [silenceDigit(at(5, MAP_TRIAL_TICKS), 3)] }, stars: 1, used: 16 },
    { name: 'never silences a digit (nothing is lost, nothing taken over)', strategy: { answers: { whoTakesOver: 1 } }, stars: 0 },
  ],
  'cross-modal': [
    { name: 'predicts the blind-from-birth advantage and loses sight at birth', strategy: { answers: { earlyOrLate: 0 }, settings: LOSS_AT_BIRTH }, stars: 3, used: 6 },
    { name: 'predicts no difference but loses sight at birth', strategy: { answers: { earlyOrLate: 2 }, settings: LOSS_AT_BIRTH }, stars: 1, used: 6 },
    { name: 'loses sight as an adult (the level\'s starting age)', strategy: { answers: { earlyOrLate: 0 } }, stars: 0 },
  ],
};

describe('campaign: long levels are winnable and earn their stars', () => {
  it('every short level of chapters 4-6 and 8 not played in the fast test has scripted players here', () => {
    const fast = ['dopamine-acquisition', 'eyeblink-acquisition'];
    const long = campaign.chapters.filter((c) => ['dopamine', 'cerebellum', 'songbird', 'cortex'].includes(c.id)).flatMap((c) => c.levels).filter((id) => !fast.includes(id));
    expect(long.filter((id) => !(id in cases))).toEqual([]);
  });
  it('every level here with star tiers has a player who earns the top tier and one who earns fewer', () => {
    for (const [id, list] of Object.entries(cases)) {
      const top = Math.max(...(loadLevelFile(id).lesson?.stars ?? [{ stars: 1 }]).map((r) => r.stars));
      expect(list.some((c) => c.stars === top), id).toBe(true);
      expect(list.some((c) => c.stars > 0 && c.stars < top), id).toBe(true);
    }
  });
  for (const [id, list] of Object.entries(cases)) {
    for (const c of list) {
      it(playerCaseTitle(id, c), () => { expectPlayerCase(id, c); }, 300_000);
    }
  }
});

describe('campaign: every sandbox spawns and plays', () => {
  for (const chapter of campaign.chapters) {
    it(`${chapter.sandbox} (chapter ${chapter.id}) runs 500 ms of free play`, () => {
      const level = loadLevelFile(chapter.sandbox);
      const outcome = runLevel(level, { durationMs: 500, assets: assetsOf(level) });
      expect(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.errors)).toBe(true);
    }, 60_000);
  }
});
