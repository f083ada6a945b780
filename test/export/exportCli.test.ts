/** npm run export: a built-in level id writes a script whose header lists the unsupported parts; bad input gets one clear line. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function exportCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], { encoding: 'utf8' });
}

describe('npm run export', () => {
  it('writes a PyNN script for a built-in level id, listing what PyNN cannot express', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'synaptica-export-')), 'ach.py');
    const run = exportCli(['stdp-acetylcholine', '--pynn', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const script = readFileSync(out, 'utf8');
    expect(script.startsWith('#!/usr/bin/env python3')).toBe(true);
    expect(script).toContain('# NOT EXPRESSIBLE IN PyNN');
    expect(script).toMatch(/^# {3}projections\[0\]\.plasticity\.modulation: /m);
    expect(script).toMatch(/^# {3}modulators\[0\]: /m);
    expect(script).toContain('--backend');
  });

  it('names an unknown level and a missing --pynn in one line each', () => {
    const unknown = exportCli(['no-such-level', '--pynn', '/tmp/x.py']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe('no-such-level: no such level file, and no built-in level with that id in levels/');
    const missing = exportCli(['izhikevich-2003']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('usage: npm run export');
  });
});
