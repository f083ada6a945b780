import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const fixture = join(root, 'test/levels/fixtures/minimal.json');

function sim(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/sim.ts'), ...args], { cwd: root, encoding: 'utf8' });
}

describe('npm run sim', () => {
  it('runs a level and writes the documented result; the same seed gives the same state hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synaptica-sim-'));
    const first = sim(fixture, '--seed', '5', '--duration-ms', '500', '--out', join(dir, 'a.json'));
    expect(first.status, first.stderr).toBe(0);
    const second = sim(fixture, '--seed', '5', '--duration-ms', '500', '--out', join(dir, 'b.json'));
    expect(second.status, second.stderr).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'));
    expect(a).toMatchObject({ levelId: 'minimal', seed: 5, simulatedMs: 500 });
    expect(a.stateHash).toBe(b.stateHash);
    expect(typeof a.wallSeconds).toBe('number');
    expect(Array.isArray(a.objectives)).toBe(true);
  });

  it('--set changes a player parameter, and refuses one the level does not offer', () => {
    const ok = sim(fixture, '--duration-ms', '200', '--set', 'projections.syn.plasticity.aPlus=0.5');
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).settings).toEqual(['projections.syn.plasticity.aPlus=0.5']);
    const refused = sim(fixture, '--set', 'populations.pre.count=5');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('populations.pre.count: is not a parameter the player may change');
  });

  it('a broken level prints its errors with paths and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synaptica-sim-'));
    const broken = JSON.parse(readFileSync(fixture, 'utf8'));
    broken.populations[0].count = 1e9;
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    const result = sim(join(dir, 'broken.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('populations[0].count: must be ≤ 100000, got 1000000000');
    const missing = sim(join(dir, 'nope.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read the file (ENOENT)');
  });

  it('lifts a version-1 file and runs it; refuses a file newer than the build with the format it was made for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synaptica-sim-'));
    const level = JSON.parse(readFileSync(fixture, 'utf8'));
    writeFileSync(join(dir, 'v1.json'), JSON.stringify({ ...level, schemaVersion: 1 }));
    const lifted = sim(join(dir, 'v1.json'), '--duration-ms', '100');
    expect(lifted.status, lifted.stderr).toBe(0);
    expect(JSON.parse(lifted.stdout)).toMatchObject({ levelId: 'minimal', simulatedMs: 100 });
    writeFileSync(join(dir, 'v9.json'), JSON.stringify({ ...level, schemaVersion: 9, newField: 1 }));
    const newer = sim(join(dir, 'v9.json'));
    expect(newer.status).toBe(1);
    expect(newer.stderr.trim()).toBe(`${join(dir, 'v9.json')}: schemaVersion: this level was made for format 9; this build reads up to 3 (update Synaptica to open it)`);
  });
});
