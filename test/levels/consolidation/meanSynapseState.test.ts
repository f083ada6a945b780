// The meanSynapseState metric on consolidation-early-late (seed 1997; LIF cell, exact exponential
// step, dtMs 1): after the baseline and one weak train, the per-trial measures of early (h) and late (z)
// LTP are the means of the rule's per-synapse arrays, and they add up to the weight ratio
// 1 + w_early·(h̄ − l̄) + w_late·z̄ (every w₀ is 1); a projection with another rule is refused at load.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel } from '../../../src/levels/runLevel';
import type { SimWorld } from '../../../src/sim/world/world';

const read = (id: string) => JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const mean = (a: ArrayLike<number>) => Array.from(a).reduce((s, x) => s + x, 0) / a.length;

describe('meanSynapseState', () => {
  it('reads the means of h and z, which make up the weight ratio', () => {
    const loaded = loadLevel(JSON.stringify(read('consolidation-early-late')));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    let world: SimWorld | undefined;
    const outcome = runLevel(loaded.level, { trials: 4, onFinish: (w) => { world = w; } });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const last = outcome.result.trials[3].metrics;
    const h = world!.registry.get('projection.fromPathway1.earlyUp')!;
    const l = world!.registry.get('projection.fromPathway1.earlyDown')!;
    const z = world!.registry.get('projection.fromPathway1.latePhase')!;
    expect(last.earlyPathway1).toBeCloseTo(mean(h), 12);
    expect(last.latePathway1).toBeCloseTo(mean(z), 12);
    expect(last.earlyPathway1 as number).toBeGreaterThan(0.2);
    expect(last.weightNow as number).toBeCloseTo(1 + (mean(h) - mean(l)) + 0.6 * mean(z), 12);
  });

  it('refuses a projection whose rule is not tagTrigger, naming the field', () => {
    const level = read('calcium-ltp');
    level.measures = [{ id: 'late', description: 'x', metric: 'meanSynapseState', args: { projection: 'synapse', field: 'latePhase' }, over: { lastTrials: 1 } }];
    const loaded = loadLevel(JSON.stringify(level));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(/measures\[0\]\.args\.projection: projection "synapse" has rule "calcium"; latePhase needs the tagTrigger rule/);
  });
});
