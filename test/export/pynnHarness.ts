/**
 * Shared by the PyNN export tests: load a built-in level, export it, run the script under Debian's
 * PyNN (/usr/bin/python3 with python3-pynn and python3-brian), read its JSON results.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLevel } from '../../src/levels';
import type { Level } from '../../src/levels/schema/level';
import { exportPynnScript, type PynnExportOptions } from '../../src/export/pynn';
import { readLevelAssets } from '../../src/cli/readLevelAssets';

export const PYTHON = '/usr/bin/python3';

/** Why the PyNN runs are skipped here, or null when PyNN 0.10 with Brian2 imports. */
export function pynnMissingReason(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import pyNN, pyNN.brian2; print(pyNN.__version__)'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} not found (apt-get install python3-pynn python3-brian)`;
  if (probe.status !== 0) return `PyNN with Brian2 does not import under ${PYTHON} (apt-get install python3-pynn python3-brian)`;
  return null;
}

export function builtInLevel(id: string): Level {
  const loaded = loadLevel(readFileSync(join('levels', `${id}.json`), 'utf8'));
  if (!loaded.ok) throw new Error(`levels/${id}.json: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return loaded.level;
}

/** The files a built-in level refers to (a WAV tutor), read as the CLI reads them. */
export function builtInAssets(level: Level): ReadonlyMap<string, Uint8Array> {
  return readLevelAssets(level, join('levels', `${level.id}.json`)).assets;
}

export function exportToTempFile(level: Level, options: PynnExportOptions = {}): string {
  const exported = exportPynnScript(level, { assets: builtInAssets(level), ...options });
  if (!exported.ok) throw new Error(exported.errors.join('\n'));
  const file = join(mkdtempSync(join(tmpdir(), 'synaptica-pynn-')), `${level.id}.py`);
  writeFileSync(file, exported.script);
  return file;
}

export interface PynnResults {
  backend: string;
  timestep_ms: number;
  duration_ms: number;
  populations: Record<string, { size: number; spikes: number; rate_hz: number; times_ms: number[]; neurons: number[] }>;
  weights: Record<string, { pre: number[]; post: number[]; weight: number[]; to_level_units: number }>;
}

/** Runs an exported script with pyNN.brian2 and returns its results and the CPU seconds it took. */
export function runPynnScript(script: string, args: string[] = []): PynnResults {
  const results = `${script}.results.json`;
  const run = spawnSync(PYTHON, [script, '--backend', 'brian2', '--results', results, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${script} failed (${run.status}):\n${run.stderr.slice(-4000)}`);
  return JSON.parse(readFileSync(results, 'utf8')) as PynnResults;
}

/** |a − b| / b: how far a PyNN figure lies from ours. */
export function relativeDifference(pynn: number, ours: number): number {
  return Math.abs(pynn - ours) / Math.abs(ours);
}
