// validate reports everything sim would: each broken level file in test/cli/fixtures/broken/ is given to
// both CLIs as subprocesses, and their error lines must be the same and must name the expected field
// and reason (a synapse probe out of range, a missing, unreadable or escaping WAV, a newer format, ...).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const brokenDir = join(root, 'test/cli/fixtures/broken');

function cli(script: 'sim' | 'validate', ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, `src/cli/${script}.ts`), ...args], { cwd: root, encoding: 'utf8' });
}

/** What each fixture must report (the whole line after "<file>: "). */
const EXPECTED: Record<string, RegExp[]> = {
  'missing-wav.json': [/^circuits\[0\]\.tutor\.wav: cannot read "missing-tutor\.wav" \(ENOENT: .*\/test\/cli\/fixtures\/broken\/missing-tutor\.wav\)$/],
  'newer-format.json': [/^schemaVersion: this level was made for format 4; this build reads up to 3 \(update Synaptica to open it\)$/],
  'not-a-wav.json': [/^circuits\[0\]\.tutor\.wav: "not-a-wav\.wav": not a usable WAV file: .*RIFF/],
  'probe-index-out-of-range.json': [/^monitors\[1\]\.indices: synapse index 5 is out of range: projection "syn" has 1 synapses$/],
  'schema-errors.json': [/^seed: must be ≥ 0, got -1$/, /^populations\[0\]\.count: must be ≥ 1, got 0$/],
  'synapse-rank-beyond-out-degree.json': [/^monitors\[2\]\.synapses\[0\]\.nth: .*nth must be < 1, got 3$/],
  'wav-climbs-into-project.json': [/^circuits\[0\]\.tutor\.wav: "\.\.\/\.\.\/\.\.\/\.\.\/levels\/tutor\.wav" leads outside the level's folder .*: a path may climb with \.\.\/ only into Synaptica's assets\/ folder \(or write "assets:" and the path inside it\)$/],
  'wav-outside-folder.json': [/^circuits\[0\]\.tutor\.wav: "(\.\.\/){5}secret\.wav" leads outside the level's folder/],
};

function linesOf(output: string, file: string): string[] {
  return output.split('\n').filter((line) => line.startsWith(`${file}: `)).map((line) => line.slice(file.length + 2)).sort();
}

describe('validate reports what sim reports', () => {
  const fixtures = readdirSync(brokenDir).filter((f) => f.endsWith('.json')).sort();

  it('every broken fixture has its expected errors listed here', () => {
    expect(fixtures).toEqual(Object.keys(EXPECTED).sort());
  });

  it('for every broken fixture, both exit 1 with the same error lines, which name the field and the reason', () => {
    const files = fixtures.map((f) => join(brokenDir, f));
    const validate = cli('validate', ...files);
    expect(validate.status).toBe(1);
    for (const file of files) {
      const fromValidate = linesOf(validate.stdout, file);
      const sim = cli('sim', file, '--trials', '1');
      expect(sim.status, file).toBe(1);
      expect(sim.stdout).toBe('');
      const fromSim = linesOf(sim.stderr, file);
      expect(fromSim, file).toEqual(fromValidate);
      const expected = EXPECTED[file.slice(brokenDir.length + 1)];
      expect(fromValidate, file).toHaveLength(expected.length);
      for (const pattern of expected) expect(fromValidate.some((line) => pattern.test(line)), `${file}: ${pattern}\n${fromValidate.join('\n')}`).toBe(true);
    }
  }, 120_000);

  it('a WAV next to the level file is found relative to it, by both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synaptica-level-folder-'));
    copyFileSync(join(root, 'assets/tutors/whistle-sweep.wav'), join(dir, 'my-tutor.wav'));
    const level = JSON.parse(readFileSync(join(brokenDir, 'missing-wav.json'), 'utf8')) as { circuits: Array<{ tutor: unknown }> };
    level.circuits[0].tutor = { wav: 'my-tutor.wav' };
    const file = join(dir, 'level.json');
    writeFileSync(file, JSON.stringify(level));
    expect(cli('validate', file).stdout.trim()).toBe(`ok ${file}`);
    const sim = cli('sim', file, '--trials', '1');
    expect(sim.status, sim.stderr).toBe(0);
    expect(JSON.parse(sim.stdout)).toMatchObject({ levelId: 'missing-wav', stopReason: 'trials' });
  }, 60_000);

  it('a format-1 level with a WAV tutor under assets/, copied to a folder elsewhere, validates and runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synaptica-old-level-'));
    const level = JSON.parse(readFileSync(join(root, 'levels/songbird-wav-tutor.json'), 'utf8')) as { schemaVersion: number; circuits: Array<{ tutor: unknown }> };
    level.schemaVersion = 1;
    level.circuits[0].tutor = { wav: 'tutors/whistle-sweep.wav' }; // format 1: a path under Synaptica's assets/
    const file = join(dir, 'old-bird.json');
    writeFileSync(file, JSON.stringify(level));
    expect(cli('validate', file).stdout.trim()).toBe(`ok ${file}`);
    const sim = cli('sim', file, '--trials', '1');
    expect(sim.status, sim.stderr).toBe(0);
    expect(JSON.parse(sim.stdout)).toMatchObject({ levelId: 'songbird-wav-tutor', stopReason: 'trials' });
    // A format-1 file naming a recording assets/ does not have is refused at the field, quoting it.
    level.circuits[0].tutor = { wav: 'tutors/no-such-song.wav' };
    writeFileSync(file, JSON.stringify(level));
    const missing = cli('validate', file);
    expect(missing.status).toBe(1);
    expect(missing.stdout.trim()).toMatch(new RegExp(`^${file}: circuits\\[0\\]\\.tutor\\.wav: cannot read "assets:tutors/no-such-song\\.wav" \\(ENOENT: .*/assets/tutors/no-such-song\\.wav\\)$`));
  }, 60_000);
});
