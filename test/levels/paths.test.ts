import { describe, expect, it } from 'vitest';
import { loadLevel, lookupNumber, withNumberAt } from '../../src/levels';
import { fixture } from './helpers';

describe('parameter paths', () => {
  const level = fixture('protocol.json');

  it('find numbers by ids, keys and indices', () => {
    expect(lookupNumber(level, 'projections.excExc.plasticity.aPlus')).toEqual({ ok: true, value: 0.01 });
    expect(lookupNumber(level, 'timeline.sessions.day1.phases.acquisition.trials')).toEqual({ ok: true, value: 100 });
    expect(lookupNumber(level, 'projections.vtaOut.connect.pairs.1.0')).toEqual({ ok: true, value: 1 });
    expect(lookupNumber(level, 'populations.nope.count')).toEqual({ ok: false, reason: 'populations has no item with id "nope"' });
    expect(lookupNumber(level, 'dtMs.x')).toEqual({ ok: false, reason: 'dtMs is not an object or a list' });
  });

  it('withNumberAt returns a changed copy that loadLevel can re-check', () => {
    const changed = withNumberAt(level, 'modulators.da.tauMs', 400);
    if (!changed.ok) throw new Error(changed.reason);
    expect(lookupNumber(changed.level, 'modulators.da.tauMs')).toEqual({ ok: true, value: 400 });
    expect(lookupNumber(level, 'modulators.da.tauMs')).toEqual({ ok: true, value: 200 });
    expect(loadLevel(changed.level).ok).toBe(true);
    const bad = withNumberAt(level, 'populations.exc.count', -1);
    if (!bad.ok) throw new Error(bad.reason);
    expect(loadLevel(bad.level)).toEqual({ ok: false, errors: [{ path: 'populations[1].count', message: 'must be ≥ 1, got -1', code: 'atLeast', params: { gotKind: 'number', gotText: '-1', limit: 1 } }] });
  });
});
