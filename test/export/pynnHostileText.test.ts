/**
 * Level text never becomes Python: a title or a button label with a carriage return, a NUL byte or a
 * docstring-breaking escape ("\N") exports to a script whose top-level statements are exactly those
 * of the same level with harmless text (checked with Python's own parser, `ast`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/levels/schema/level';
import { builtInLevel, exportToTempFile, PYTHON } from './pynnHarness';

const hasPython = existsSync(PYTHON);

const HOSTILE = 'x\rimport os; os.system("echo PWNED")\r# \\N{oops} \u0000 """ end\u2028y';

/** The script's top-level statements as Python's parser sees them (kind and, for imports, names). */
function topLevelStatements(file: string): string[] {
  const program = 'import ast,sys,json\nt=ast.parse(open(sys.argv[1],encoding="utf-8").read())\n'
    + 'print(json.dumps([type(n).__name__+":"+",".join(a.name for a in getattr(n,"names",[])) for n in t.body]))';
  const parsed = spawnSync(PYTHON, ['-c', program, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(parsed.stderr).toBe('');
  expect(parsed.status).toBe(0);
  return JSON.parse(parsed.stdout) as string[];
}

describe('PyNN export: level text stays in comments', () => {
  it.skipIf(!hasPython)('a hostile title and button label change no statement of the script', () => {
    const level = builtInLevel('stdp-pairing');
    const button = (label: string): Level['playerCommands'][number] => ({
      id: 'stopLearning', label, command: { type: 'setPlasticity', projection: level.projections[0]!.id, enabled: false },
    });
    const plain: Level = { ...level, playerCommands: [button('Stop learning')] };
    const hostile: Level = { ...level, title: HOSTILE, playerCommands: [button(HOSTILE)] };
    const expected = topLevelStatements(exportToTempFile(plain));
    const got = topLevelStatements(exportToTempFile(hostile));
    expect(got).toEqual(expected);
    expect(got.some((statement) => statement.includes(':os'))).toBe(false);
  });
});
