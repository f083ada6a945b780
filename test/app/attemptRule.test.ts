import { describe, expect, it } from 'vitest';
import { firstPlayerCommandTick, resetEndsFailedAttempt, type SpawnSoFar } from '../../src/app/attemptRule';

const base: SpawnSoFar = { settingsCarriedIn: false, commandLog: [], trialEndTicks: [], hasTrials: true, tick: 0, dtMs: 1 };
const slider = { tick: 500, command: { type: 'setParameter', path: 'x', value: 1 } };
const timeline = { tick: 0, command: { type: 'lesion', source: 'timeline' } };

describe('when a Reset is a failed attempt', () => {
  it('is not one before the player changed anything, however many trials ran', () => {
    expect(resetEndsFailedAttempt({ ...base, trialEndTicks: [1000, 2000, 3000], tick: 3500 })).toBe(false);
    // The timeline's own commands are not the player's.
    expect(resetEndsFailedAttempt({ ...base, commandLog: [timeline], trialEndTicks: [1000, 2000], tick: 2500 })).toBe(false);
    expect(firstPlayerCommandTick([timeline, slider])).toBe(500);
  });

  it('is not one when no trial ended after the change', () => {
    expect(resetEndsFailedAttempt({ ...base, commandLog: [slider], tick: 900 })).toBe(false);
    expect(resetEndsFailedAttempt({ ...base, commandLog: [slider], trialEndTicks: [400], tick: 900 })).toBe(false);
  });

  it('is one when a trial ended with the player\'s change in force', () => {
    expect(resetEndsFailedAttempt({ ...base, commandLog: [slider], trialEndTicks: [400, 1000], tick: 1200 })).toBe(true);
  });

  it('counts settings carried in by the last Reset from the first tick', () => {
    expect(resetEndsFailedAttempt({ ...base, settingsCarriedIn: true, trialEndTicks: [1000], tick: 1200 })).toBe(true);
    expect(resetEndsFailedAttempt({ ...base, settingsCarriedIn: true, tick: 900 })).toBe(false);
  });

  it('a level without trials needs one simulated second after the change', () => {
    const noTrials = { ...base, hasTrials: false, commandLog: [slider], dtMs: 0.5 };
    expect(resetEndsFailedAttempt({ ...noTrials, tick: 500 + 1999 })).toBe(false);
    expect(resetEndsFailedAttempt({ ...noTrials, tick: 500 + 2000 })).toBe(true);
  });
});
