/**
 * npm run export -- <level id or level.json> --pynn out.py [--seed N] [--duration-ms T]
 * Writes the level as a PyNN 0.10 script (docs/scaling.md): the network, stimuli, STDP and monitors,
 * with what PyNN cannot express listed at its top. A level id names a built-in level (levels/<id>.json).
 * Problems print one line each and exit with status 1.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatLevelError } from '../levels';
import { exportPynnScript } from '../export/pynn';
import { openLevelFile } from './openLevelFile';

const USAGE = 'usage: npm run export -- <level id or level.json> --pynn out.py [--seed N] [--duration-ms T]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function positiveNumber(flag: string, raw: string | undefined, integer: boolean): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) fail(`--${flag}: must be a ${integer ? 'whole ' : ''}number ≥ 0, got "${raw}"`);
  return value;
}

function levelFileOf(level: string): string {
  if (existsSync(level)) return level;
  const builtIn = join('levels', `${level}.json`);
  if (/^[\w-]+$/.test(level) && existsSync(builtIn)) return builtIn;
  return fail(`${level}: no such level file, and no built-in level with that id in levels/`);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { pynn: { type: 'string' }, seed: { type: 'string' }, 'duration-ms': { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) { console.log(USAGE); return; }
  if (positionals.length !== 1 || values.pynn === undefined) fail(USAGE);
  const file = levelFileOf(positionals[0]);
  const seed = positiveNumber('seed', values.seed, true);
  const durationMs = positiveNumber('duration-ms', values['duration-ms'], false);
  const opened = openLevelFile(file, seed !== undefined ? { seed } : {});
  if (!opened.ok) fail(opened.errors.map((e) => `${file}: ${formatLevelError(e)}`).join('\n'));
  const exported = exportPynnScript(opened.level, {
    assets: opened.assets, ...(seed !== undefined ? { seed } : {}), ...(durationMs !== undefined ? { durationMs } : {}),
  });
  if (!exported.ok) fail(exported.errors.map((e) => `${file}: ${e}`).join('\n'));
  writeFileSync(values.pynn, exported.script);
  console.log(`wrote ${values.pynn} (${exported.unsupported.length} part(s) PyNN cannot express, listed at its top)`);
  for (const part of exported.unsupported) console.log(`  ${part.path}: ${part.what}`);
}

main();
