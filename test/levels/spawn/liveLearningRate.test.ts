// The live learning rate of a normalizedHebbian projection (setParameter on
// projections.<id>.plasticity.learningRate; critical-period.json, seed 2005, spawned, no steps):
// values inside the schema's [0, 1] reach the rule's registered rate; values outside are refused with
// the 'outsideRange' rejection (η > 1 overshoots the share and can flip a weight's sign) and leave the
// rate as it was; the inspector's equation shows the live η, not the file's.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel } from '../../../src/levels/loadLevel';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { commandHandler, rejectionEnglish, type CommandRejection } from '../../../src/sim';
import { describeSynapse } from '../../../src/ui/inspector/synapseDescription';
import { rejectionWords } from '../../../src/app/rejectionWords';
import type { SimWorld } from '../../../src/sim/world/world';

const PATH = 'projections.eyeInputs.plasticity.learningRate';

function spawned() {
  const loaded = loadLevel(JSON.parse(readFileSync(new URL('../../../levels/critical-period.json', import.meta.url), 'utf8')));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const out = spawnLevel(loaded.level);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return { world: out.world, level: loaded.level };
}

function setRate(world: SimWorld, value: number): CommandRejection | undefined {
  return commandHandler(world, 'setParameter')!(world, { type: 'setParameter', path: PATH, value }) as CommandRejection | undefined;
}

describe('live learning rate of normalizedHebbian', () => {
  it('accepts 0, 0.002 and 1; refuses 1.5 and −0.1 with outsideRange and keeps the rate', () => {
    const { world, level } = spawned();
    const rate = world.registry.get('projection.eyeInputs.learningRate')!;
    for (const value of [0, 0.002, 1]) {
      expect(setRate(world, value)).toBeUndefined();
      expect(rate[0]).toBe(value);
    }
    for (const value of [1.5, -0.1]) {
      const reason = setRate(world, value)!;
      expect(reason).toEqual({ code: 'outsideRange', params: { parameter: PATH, min: 0, max: 1, got: value } });
      expect(rate[0]).toBe(1);
      expect(rejectionEnglish(reason)).toBe(`${PATH} must be within [0, 1], got ${value}`);
      expect(rejectionWords(reason, level)).toMatch(new RegExp(`must be between 0 and 1 \\(it was ${value}\\)$`));
    }
  });

  it('the inspector shows η as the rule uses it now (0.002 after the brake), not the file\'s 0.08', () => {
    const { world } = spawned();
    const synapse = world.projections.find((p) => p.name === 'eyeInputs')!.firstSynapse;
    const before = describeSynapse(world, synapse).equations.join('\n');
    expect(before).toContain('η = 0.08000,');
    setRate(world, 0.002);
    const after = describeSynapse(world, synapse).equations.join('\n');
    expect(after).toContain('η = 0.00200,');
    expect(after).not.toContain('η = 0.08000,');
  });
});
