/** Named random streams (src/sim/rng/streams.ts): seeded from (level seed, name), state in the registry. */
import { describe, expect, it } from 'vitest';
import { RandomStreams, STREAM_NAMES, hashName, streamSeed } from '../../../src/sim/rng/streams';
import { StateRegistry } from '../../../src/sim/world/stateRegistry';
import { seedXoshiro128, nextUint32 } from '../../../src/sim/rng/xoshiro128';

function sequence(levelSeed: number, name: string, n: number): number[] {
  const streams = new RandomStreams(levelSeed, new StateRegistry());
  const stream = streams.stream(name);
  return Array.from({ length: n }, () => stream.uint32());
}

describe('RandomStreams (xoshiro128**, seeds 7 and 8)', () => {
  it('same level seed and name give the same sequence in fresh registries', () => {
    expect(sequence(7, 'noise', 64)).toEqual(sequence(7, 'noise', 64));
    expect(sequence(7, 'myCircuit/exploration', 64)).toEqual(sequence(7, 'myCircuit/exploration', 64));
  });

  it('different names or different level seeds give different sequences', () => {
    const noise = sequence(7, 'noise', 16);
    expect(sequence(7, 'stimulus', 16)).not.toEqual(noise);
    expect(sequence(8, 'noise', 16)).not.toEqual(noise);
    const firsts = new Set(STREAM_NAMES.map((name) => sequence(7, name, 1)[0]));
    expect(firsts.size).toBe(STREAM_NAMES.length);
  });

  it("a stream's sequence does not depend on draws from other streams or on creation order", () => {
    const a = new RandomStreams(7, new StateRegistry());
    const b = new RandomStreams(7, new StateRegistry());
    for (let i = 0; i < 1000; i++) a.stream('noise').uint32();
    a.stream('extra');
    const fromA = Array.from({ length: 8 }, () => a.stream('stimulus').uint32());
    const fromB = Array.from({ length: 8 }, () => b.stream('stimulus').uint32());
    expect(fromA).toEqual(fromB);
  });

  it("the stream equals xoshiro128** seeded with streamSeed(levelSeed, name) (FNV-1a name hash)", () => {
    expect(hashName('')).toBe(0x811c9dc5);
    expect(hashName('a')).toBe(0xe40c292c); // FNV-1a 32-bit test vector
    const s = new Uint32Array(4);
    seedXoshiro128(s, 0, streamSeed(7, 'noise'));
    expect(sequence(7, 'noise', 5)).toEqual(Array.from({ length: 5 }, () => nextUint32(s, 0)));
  });

  it("the state lives in the registry array 'rng.state': restoring it replays the sequence", () => {
    const registry = new StateRegistry();
    const streams = new RandomStreams(7, registry);
    const state = registry.get('rng.state') as Uint32Array;
    const stream = streams.stream('noise');
    expect(stream.state).toBe(state);
    const saved = state.slice();
    const first = Array.from({ length: 10 }, () => stream.uint32());
    expect(Array.from(state)).not.toEqual(Array.from(saved));
    state.set(saved);
    expect(Array.from({ length: 10 }, () => stream.uint32())).toEqual(first);
  });

  it('uniform() lies in [0, 1), uniformOpenZero() in (0, 1], int(n) in [0, n)', () => {
    const stream = new RandomStreams(7, new StateRegistry()).stream('noise');
    for (let i = 0; i < 10000; i++) {
      const u = stream.uniform();
      const v = stream.uniformOpenZero();
      const k = stream.int(10);
      expect(u >= 0 && u < 1 && v > 0 && v <= 1 && Number.isInteger(k) && k >= 0 && k < 10).toBe(true);
    }
  });

  it('refuses more streams than the state array holds', () => {
    const streams = new RandomStreams(7, new StateRegistry(), STREAM_NAMES.length + 1);
    streams.stream('one more');
    expect(() => streams.stream('too many')).toThrow(/too many random streams/);
  });
});

describe('RandomStreams across snapshots (seed 7)', () => {
  it('a lazily created stream continues after its state is copied into streams created in the same order', () => {
    const registryA = new StateRegistry();
    const a = new RandomStreams(7, registryA);
    a.stream('circuit/late');
    for (let i = 0; i < 10; i++) a.stream('circuit/late').uint32();
    const registryB = new StateRegistry();
    const b = new RandomStreams(7, registryB);
    b.ensureStreams(a.names());
    registryB.get('rng.state')!.set(registryA.get('rng.state')!);
    const next = (s: RandomStreams) => Array.from({ length: 8 }, () => s.stream('circuit/late').uint32());
    expect(next(b)).toEqual(next(a));
  });

  it('restoring a state from before a stream was first used restarts that stream as on first use', () => {
    const registry = new StateRegistry();
    const streams = new RandomStreams(7, registry);
    const before = (registry.get('rng.state') as Uint32Array).slice();
    const first = Array.from({ length: 8 }, () => streams.stream('circuit/late').uint32());
    (registry.get('rng.state') as Uint32Array).set(before);
    expect(Array.from({ length: 8 }, () => streams.stream('circuit/late').uint32())).toEqual(first);
  });
});
