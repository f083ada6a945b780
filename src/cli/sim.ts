/**
 * npm run sim -- <level.json> [--seed N] [--duration-ms T | --trials N] [--set path=value ...] [--out results.json] [--export-audio dir/]
 * Runs a level headless and writes the JSON result documented in docs/levels.md ("Results").
 * Files the level refers to (a circuit's WAV, see levelAssets) are read relative to the level file (docs/levels.md).
 * Before the first tick it checks the level exactly as npm run validate does (openLevelFile).
 * --export-audio writes the audio files the level's circuits make of the run into dir/ (each circuit
 * definition's exportAudio; the bird's songs: tutor.wav, bird-first.wav, bird-last.wav, bird-best.wav).
 * Problems with the level or the arguments print one line each and exit with status 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatLevelError, type LevelError } from '../levels';
import { runSpawnedLevel } from '../levels/runLevel';
import { openLevelFile } from './openLevelFile';
import { circuitDefinitionOf } from '../circuits/registry';
import type { ExportedFile } from '../circuits/plugin/circuitDefinition';
import type { SimWorld } from '../sim/world/world';

const USAGE = 'usage: npm run sim -- <level.json> [--seed N] [--duration-ms T | --trials N] [--set path=value ...] [--out results.json] [--export-audio dir/]';

function fail(file: string, errors: LevelError[]): never {
  for (const error of errors) console.error(`${file}: ${formatLevelError(error)}`);
  process.exit(1);
}

function wholeNumber(flag: string, raw: string | undefined, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    console.error(`--${flag}: must be a whole number from 0 to ${max}, got "${raw}"`);
    process.exit(1);
  }
  return value;
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        seed: { type: 'string' },
        'duration-ms': { type: 'string' },
        trials: { type: 'string' },
        set: { type: 'string', multiple: true },
        out: { type: 'string' },
        'export-audio': { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const file = positionals[0];
  const seed = wholeNumber('seed', values.seed, 0xffffffff);
  const durationMs = wholeNumber('duration-ms', values['duration-ms'], 100_000_000);
  const trials = wholeNumber('trials', values.trials, 1_000_000);
  if (durationMs !== undefined && trials !== undefined) {
    console.error('--duration-ms and --trials cannot be used together');
    process.exit(1);
  }
  // The same checks as npm run validate, ending in a spawned world that is then run.
  const opened = openLevelFile(file, { settings: values.set ?? [], ...(seed !== undefined ? { seed } : {}) });
  if (!opened.ok) fail(file, opened.errors);

  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let files: ExportedFile[] = [];
  const exportDir = values['export-audio'];
  const exportAudio = (world: SimWorld): void => {
    files = opened.level.circuits.flatMap((c) => circuitDefinitionOf(c.kind).exportAudio?.(world) ?? []);
  };
  const outcome = runSpawnedLevel(opened.spawned, { durationMs, trials, ...(exportDir ? { onFinish: exportAudio } : {}) });
  if (!outcome.ok) fail(file, outcome.errors);
  const cpu = process.cpuUsage(cpuStart);
  const result = {
    ...outcome.result,
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    settings: values.set ?? [],
  };
  for (const rejected of result.rejectedCommands) {
    console.error(`${file}: warning: at tick ${rejected.tick} the run rejected the command ${JSON.stringify(rejected.command)}: ${rejected.reason}`);
  }
  if (exportDir) {
    if (files.length === 0) console.error('--export-audio: no circuit of this level makes audio; no audio written');
    mkdirSync(exportDir, { recursive: true });
    for (const file of files) writeFileSync(join(exportDir, file.name), file.bytes);
    if (files.length > 0) {
      console.error(`wrote ${files.map((f) => `${f.name}${f.note ? ` (${f.note})` : ''}`).join(', ')} to ${exportDir}`);
    }
  }
  const json = `${compactNumberArrays(JSON.stringify(result, null, 2))}\n`;
  if (values.out) {
    writeFileSync(values.out, json);
    const met = result.objectives.filter((objective) => objective.met).length;
    console.log(`${result.levelId}: simulated ${(result.simulatedMs / 1000).toFixed(1)} s in ${result.wallSeconds.toFixed(2)} s wall; `
      + `objectives met ${met}/${result.objectives.length}; state ${result.stateHash}; wrote ${values.out}`);
  } else {
    process.stdout.write(json);
  }
}

/** Pretty JSON, but arrays of plain numbers on one line: long time series stay readable. */
function compactNumberArrays(json: string): string {
  return json.replace(/\[\s*(-?[\d.eE+-]+(?:,\s*-?[\d.eE+-]+)*)\s*\]/g, (_match, inner: string) => `[${inner.replace(/\s+/g, '')}]`);
}

main();
