/**
 * npm run validate -- <files...>: checks level files. Prints `ok <file>` or one
 * `<file>: <path>: <reason>` line per error, and exits 1 if any file has errors.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatLevelError, loadLevel } from '../levels';

export function validateFiles(files: readonly string[], log: (line: string) => void): number {
  let failures = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      failures++;
      log(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const result = loadLevel(text);
    if (result.ok) {
      log(`ok ${file}`);
    } else {
      failures++;
      for (const error of result.errors) log(`${file}: ${formatLevelError(error)}`);
    }
  }
  return failures;
}

function main(files: readonly string[]): number {
  if (files.length === 0) {
    console.error('usage: npm run validate -- <level.json...>');
    return 2;
  }
  return validateFiles(files, (line) => console.log(line)) > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
