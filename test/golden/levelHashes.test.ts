import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLevel } from '../../src/levels';
import { runLevel } from '../../src/levels/runLevel';
import { readLevelAssets } from '../../src/cli/readLevelAssets';

/**
 * Golden determinism: every built-in level, run twice with its own seed for a short span, gives the
 * same state hash, and that hash equals the one pinned in goldenHashes.json. A change that alters
 * any level's dynamics must update the pins on purpose: `UPDATE_GOLDEN=1 npx vitest run test/golden`.
 */
const levelsDir = new URL('../../levels/', import.meta.url).pathname;
const goldenFile = new URL('./goldenHashes.json', import.meta.url).pathname;
const golden: Record<string, string> = JSON.parse(readFileSync(goldenFile, 'utf8'));
const SPAN_MS = 300;

const levelFiles = readdirSync(levelsDir).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json') && name !== 'campaign.json').sort();

describe('golden determinism of the built-in levels', () => {
  it('there are built-in levels to check', () => {
    expect(levelFiles.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of levelFiles) {
    it(`${file}: two runs agree and match the pinned hash`, () => {
      const loaded = loadLevel(readFileSync(join(levelsDir, file), 'utf8'));
      if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      const read = readLevelAssets(loaded.level, join(levelsDir, file));
      if (read.errors.length > 0) throw new Error(JSON.stringify(read.errors));
      const { assets } = read;
      const first = runLevel(loaded.level, { durationMs: SPAN_MS, assets });
      const second = runLevel(loaded.level, { durationMs: SPAN_MS, assets });
      if (!first.ok || !second.ok) throw new Error('level failed to spawn');
      expect(second.result.stateHash).toBe(first.result.stateHash);
      if (process.env.UPDATE_GOLDEN === '1') {
        golden[file] = first.result.stateHash;
        writeFileSync(goldenFile, `${JSON.stringify(golden, Object.keys(golden).sort(), 2)}\n`);
      }
      expect(first.result.stateHash, `pinned hash for ${file} (UPDATE_GOLDEN=1 to re-pin on purpose)`).toBe(golden[file]);
    });
  }
});
