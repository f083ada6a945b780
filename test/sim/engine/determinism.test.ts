import { describe, expect, it } from 'vitest';
import { buildWorld, hashWorldState, runTicks } from '../../../src/sim';
import { izhikevichNetworkSpec } from '../../../src/cli/bench/izhikevichNetworks';

// Izhikevich (2003) network scheme, dt 1 ms.
const spec = (seed: number) => izhikevichNetworkSpec({ excitatory: 160, inhibitory: 40, seed, outDegree: 20, excWeightMax: 5, inhWeightMin: -10 });

describe('determinism', () => {
  it('the same spec and seed give the same state hash', () => {
    const a = buildWorld(spec(5));
    const b = buildWorld(spec(5));
    runTicks(a, 1500);
    runTicks(b, 1500);
    expect(hashWorldState(a)).toBe(hashWorldState(b));
  });

  it('a different seed gives a different run', () => {
    const a = buildWorld(spec(5));
    const b = buildWorld(spec(6));
    runTicks(a, 500);
    runTicks(b, 500);
    expect(hashWorldState(a)).not.toBe(hashWorldState(b));
  });

  it('replaying the command log reproduces the run', () => {
    const live = buildWorld(spec(9));
    runTicks(live, 200);
    live.commands.send({ type: 'lesion', population: 'inh' });
    runTicks(live, 300);
    live.commands.send({ type: 'lesion', population: 'inh', restore: true });
    live.commands.send({ type: 'noSuchCommand' });
    runTicks(live, 300);

    const replay = buildWorld(spec(9));
    const log = [...live.commands.log];
    while (replay.clock[0] < live.clock[0]) {
      for (const entry of log) if (entry.tick === replay.clock[0]) replay.commands.send(entry.command);
      runTicks(replay, 1);
    }
    expect(hashWorldState(replay)).toBe(hashWorldState(live));
    expect(log.map((entry) => entry.tick)).toEqual([200, 500, 500]);
  });
});
