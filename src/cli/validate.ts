/**
 * npm run validate -- <files...>: checks level files as `npm run sim` would before its first tick
 * (openLevelFile: load, the files the level refers to, spawn without stepping). Prints `ok <file>` or
 * one `<file>: <path>: <reason>` line per error, and exits 1 if any file has errors.
 */
import { fileURLToPath } from 'node:url';
import { formatLevelError } from '../levels';
import { openLevelFile } from './openLevelFile';

export function validateFiles(files: readonly string[], log: (line: string) => void): number {
  let failures = 0;
  for (const file of files) {
    const opened = openLevelFile(file);
    if (opened.ok) {
      log(`ok ${file}`);
    } else {
      failures++;
      for (const error of opened.errors) log(`${file}: ${formatLevelError(error)}`);
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
