/**
 * world.state holds per-system and circuit state under typed keys (src/sim/world/worldState.ts):
 * values are per world, read back with their type, and two different keys may not share a name.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, stateKey } from '../../../src/sim';

const spec = { seed: 1, dtMs: 1, neuronTypes: [{ name: 'RS' }], populations: [{ name: 'a', type: 'RS', count: 2 }], projections: [] };

describe('typed world state', () => {
  it('keeps values per world and reads them back under their key', () => {
    const COUNTER = stateKey<{ ticks: Float64Array }>('test/counter');
    const one = buildWorld(spec);
    const two = buildWorld(spec);
    one.state.set(COUNTER, { ticks: new Float64Array(1) });
    one.state.get(COUNTER)!.ticks[0] = 3;
    expect(one.state.get(COUNTER)?.ticks[0]).toBe(3);
    expect(two.state.get(COUNTER)).toBeUndefined();
    expect(() => two.state.require(COUNTER)).toThrow(/no "test\/counter" state/);
    expect(one.state.names()).toContain('test/counter');
  });

  it('refuses a second key object with a name already in use', () => {
    const world = buildWorld(spec);
    world.state.set(stateKey<number>('test/twice'), 1);
    expect(() => world.state.set(stateKey<number>('test/twice'), 2)).toThrow(/two different state keys are named "test\/twice"/);
  });
});
