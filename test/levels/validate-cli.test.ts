import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/cli/validate';
import { fixturePath } from './helpers';

describe('npm run validate', () => {
  it('prints ok for good files and error lines for bad ones, counting failures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synaptica-validate-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, id: 'x', title: 't', seed: -1, dtMs: 1, durationMs: 10,
      neuronTypes: [{ id: 'p', model: 'poisson', rateHz: 5 }], populations: [{ id: 'a', type: 'p', count: 1 }] }));
    const lines: string[] = [];
    const failures = validateFiles([fixturePath('minimal.json'), bad, join(dir, 'missing.json')], (line) => lines.push(line));
    expect(failures).toBe(2);
    expect(lines[0]).toBe(`ok ${fixturePath('minimal.json')}`);
    expect(lines[1]).toBe(`${bad}: seed: must be ≥ 0, got -1`);
    expect(lines[2]).toMatch(/missing\.json: cannot read: ENOENT/);
  });
});
