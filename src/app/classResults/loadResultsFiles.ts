/**
 * Reads the files a teacher dropped or chose: each is read and validated on its own, so a bad one
 * (not JSON, another kind of file, too large, malformed or hostile) is named with its reason and
 * skipped while the rest load. Only the first MAX_CLASS_FILES are read.
 */
import { t } from '../../i18n/messages';
import { MAX_RESULTS_FILE_BYTES, parseResultsText, type FileProblem, type ResultsFile } from '../../levels/results/resultsFile';

export const MAX_CLASS_FILES = 60;

export interface LoadedFiles {
  readonly files: ReadonlyArray<{ readonly name: string; readonly results: ResultsFile }>;
  /** One sentence per skipped file. */
  readonly problems: readonly string[];
}

export function fileProblemText(name: string, problem: FileProblem): string {
  switch (problem.code) {
    case 'tooLarge': return t('results.file.tooLarge', { file: name, megabytes: Math.round(problem.bytes / 100_000) / 10, max: MAX_RESULTS_FILE_BYTES / 1_000_000 });
    case 'notJson': return t('results.file.notJson', { file: name });
    case 'notResults': return t('results.file.notResults', { file: name });
    case 'newerVersion': return t('results.file.newerVersion', { file: name, version: String(problem.version) });
    case 'invalid': return t('results.file.invalid', { file: name, detail: problem.detail });
  }
}

export async function loadResultsFiles(chosen: readonly File[]): Promise<LoadedFiles> {
  const files: Array<{ name: string; results: ResultsFile }> = [];
  const problems: string[] = [];
  for (const file of chosen.slice(0, MAX_CLASS_FILES)) {
    if (file.size > MAX_RESULTS_FILE_BYTES) {
      problems.push(fileProblemText(file.name, { code: 'tooLarge', bytes: file.size }));
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      problems.push(t('results.file.unreadable', { file: file.name }));
      continue;
    }
    const parsed = parseResultsText(text);
    if (parsed.ok) {
      files.push({ name: file.name, results: parsed.file });
      for (const skipped of parsed.skippedRuns) problems.push(t('results.file.badRun', { file: file.name, run: String(skipped.run), detail: skipped.detail }));
    } else problems.push(fileProblemText(file.name, parsed.problem));
  }
  if (chosen.length > MAX_CLASS_FILES) problems.push(t('results.file.tooMany', { max: MAX_CLASS_FILES, count: chosen.length - MAX_CLASS_FILES }));
  return { files, problems };
}
