import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/cli/validate';
import { fixture, fixturePath } from './helpers';

describe('npm run validate', () => {
  it('prints ok for good files and error lines for bad ones, counting failures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synaptica-validate-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 2, id: 'x', title: 't', seed: -1, dtMs: 1, durationMs: 10,
      neuronTypes: [{ id: 'p', model: 'poisson', rateHz: 5 }], populations: [{ id: 'a', type: 'p', count: 1 }] }));
    const lines: string[] = [];
    const failures = validateFiles([fixturePath('minimal.json'), bad, join(dir, 'missing.json')], (line) => lines.push(line));
    expect(failures).toBe(2);
    expect(lines[0]).toBe(`ok ${fixturePath('minimal.json')}`);
    expect(lines[1]).toBe(`${bad}: seed: must be ≥ 0, got -1`);
    expect(lines[2]).toBe(`${join(dir, 'missing.json')}: (root): cannot read the file (ENOENT)`);
  });

  it('spawns the level: what only building the world reveals is reported (a synapse probe out of range)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synaptica-validate-'));
    const level = fixture('minimal.json');
    level.monitors[1].indices = [3];
    const file = join(dir, 'probe.json');
    writeFileSync(file, JSON.stringify(level));
    const lines: string[] = [];
    expect(validateFiles([file], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([`${file}: monitors[1].indices: synapse index 3 is out of range: projection "syn" has 1 synapses`]);
  });

  it('reads a level\'s files relative to it: the built-in WAV tutor level names a file in assets/ ("assets:tutors/…")', () => {
    const lines: string[] = [];
    const file = fileURLToPath(new URL('../../levels/songbird-wav-tutor.json', import.meta.url));
    expect(validateFiles([file], (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual([`ok ${file}`]);
  });
});
