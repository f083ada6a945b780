/**
 * No file outside a circuit's own folders (src/circuits/<kind>/ and its scene folder
 * src/render/scenes/<scene>/) and the two registries names the kind: not its id, and not the names
 * only that circuit has (its regions, its organ, its state arrays). Code and comments both count, so
 * generic code stays generic in what it says too. A new kind adds its names here (the first test
 * fails until it does). Benchmarks are the one exception: src/cli/bench/ times named built-in level
 * files (levels/songbird-tutor.json, ...), whose names and calibrated results must not change.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CIRCUITS } from '../../src/circuits/registry';

/** Words that name each kind (matched whole, case-insensitive). The reward circuit's own id is a word every level uses (rewards, reward events), so its names are the circuit's identifiers. */
const KIND_NAMES: Readonly<Record<string, readonly string[]>> = {
  songbird: ['songbird', 'hvc', 'lman', 'syrinx'],
  cerebellum: ['cerebellum', 'cerebellar', 'eyeblink', 'eyelid', 'purkinje'],
  reward: ['rewardCircuit\\w*', 'RewardCircuit\\w*', 'rewardSignals\\w*', 'rewardValue', 'timeCells', 'circuits/reward'],
  corticalMap: ['corticalMap', 'CorticalMap\\w*', 'mapReadout\\w*'],
  creditArena: ['creditArena', 'CreditArena\\w*'],
  devPruning: ['devPruning', 'DevPruning\\w*', 'DEV_PRUNING'],
  beliefLearner: ['beliefLearner', 'BeliefLearner\\w*'],
  reversal: ['reversalCircuit\\w*', 'ReversalCircuit\\w*', 'reversalAgent\\w*', 'ReversalAgent\\w*', 'circuits/reversal'],
};

/**
 * Multi-letter names specific enough to be caught inside identifiers and paths too (case-insensitive
 * substring): `driveRewardCircuit.ts`, `songbirdScene`, `cerebellumCommands`, `EyeblinkRecord`.
 */
const KIND_SUBSTRINGS: Readonly<Record<string, readonly string[]>> = {
  songbird: ['songbird', 'syrinx'],
  cerebellum: ['cerebell', 'eyeblink', 'eyelid', 'purkinje'],
  reward: ['rewardCircuit', 'rewardSignals'],
  corticalMap: ['corticalMap'],
  creditArena: ['creditArena'],
  devPruning: ['devPruning'],
  beliefLearner: ['beliefLearner'],
  reversal: ['reversalCircuit', 'reversalAgent'],
};

/** The scene folder of each kind (src/render/scenes/<folder>/, the scene registry's entry name). */
const SCENE_FOLDERS: Readonly<Record<string, string>> = { songbird: 'songbird', cerebellum: 'eyeblink', reward: 'dopamine', corticalMap: 'maps', creditArena: 'arena', devPruning: 'pruning', beliefLearner: 'belief', reversal: 'reversal' };

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const REGISTRIES = ['circuits/registry.ts', 'render/scenes/sceneRegistry.ts'];
const EXEMPT = ['cli/bench/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|css)$/.test(name) ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

/** Files outside the kind's own folders and the registries whose text names the kind. */
function filesNamingKind(kind: string): string[] {
  const own = [`circuits/${kind}/`, `render/scenes/${SCENE_FOLDERS[kind]}/`];
  const pattern = new RegExp(`(^|[^A-Za-z0-9_])(${KIND_NAMES[kind].join('|')})(?![A-Za-z0-9_])|${KIND_SUBSTRINGS[kind].join('|')}`, 'i');
  return sourceFiles(SRC)
    .filter((file) => !own.some((dir) => file.startsWith(dir)) && !REGISTRIES.includes(file) && !EXEMPT.some((dir) => file.startsWith(dir)))
    .filter((file) => pattern.test(readFileSync(join(SRC, file), 'utf8')));
}

describe('circuit kinds are named only in their own folders and the registries', () => {
  it('knows the names and the scene folder of every registered kind', () => {
    for (const { kind } of CIRCUITS) {
      expect(KIND_NAMES[kind], kind).toBeDefined();
      expect(SCENE_FOLDERS[kind], kind).toBeDefined();
      expect(KIND_SUBSTRINGS[kind], kind).toBeDefined();
    }
  });

  it('finds a kind where it is named (the search works)', () => {
    const pattern = new RegExp(`(^|[^A-Za-z0-9_])(${KIND_NAMES.songbird.join('|')})(?![A-Za-z0-9_])`, 'i');
    expect(pattern.test(readFileSync(join(SRC, 'circuits/registry.ts'), 'utf8'))).toBe(true);
    expect(pattern.test('const songbirdy = 1; // hvcRa')).toBe(false);
    const inside = new RegExp(KIND_SUBSTRINGS.reward.join('|'), 'i');
    expect(inside.test(' * dopamine neurons (driveRewardCircuit.ts)')).toBe(true);
  });

  for (const { kind } of CIRCUITS) {
    it(`${kind}: 0 files elsewhere`, () => {
      expect(filesNamingKind(kind)).toEqual([]);
    });
  }
});
