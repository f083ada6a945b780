import { describe, expect, it } from 'vitest';
import { rejectedCommandStatus } from '../../src/app/rejectedCommandStatus';

describe('status line for a rejected command', () => {
  it('tells the player a setting that cannot change live applies on Reset', () => {
    const text = rejectedCommandStatus({ type: 'commandRejected', tick: 5, command: { type: 'setParameter' }, reason: 'populations[0].count is fixed at spawn' });
    expect(text).toBe('This setting cannot change while the level runs (populations[0].count is fixed at spawn); it applies when you Reset (r).');
  });

  it('says why any other command was not possible', () => {
    expect(rejectedCommandStatus({ type: 'commandRejected', tick: 5, command: { type: 'lesion' }, reason: 'unknown population "x"' }))
      .toBe('Not possible now: unknown population "x"');
  });

  it('has nothing to say about other events', () => {
    expect(rejectedCommandStatus({ type: 'commandApplied', tick: 5, command: { type: 'setParameter' } })).toBeNull();
    expect(rejectedCommandStatus({ type: 'phaseStarted', tick: 0, phase: 'train' })).toBeNull();
  });
});
