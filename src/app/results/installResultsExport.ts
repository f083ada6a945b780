/**
 * The campaign menu's results row: the student's name (optional, kept in this browser), "Export my
 * results" (a results file download) and "Class results" (the teacher's class view, ?class). Added
 * to the menu from here, so the menu's own file stays about levels and progress.
 */
import { pageAddress } from '../pageAddress';
import { t } from '../../i18n/messages';
import { downloadFile } from '../downloadFile';
import type { LevelEntry } from '../levelCatalog';
import type { LiveRun, ResultsKeeper } from './resultsKeeper';
import './results.css';

export interface ResultsExportDeps {
  readonly keeper: ResultsKeeper;
  readonly builtIns: readonly LevelEntry[];
  /** Pauses the page and gives the running world's run (null when none runs). */
  live(): Promise<LiveRun | null>;
  /** Says the outcome in the menu's status line (and to screen readers). */
  say(text: string): void;
}

/** A file name from the student's name: letters and digits kept, the rest dashes. */
export function resultsFileName(student: string, isoDate: string): string {
  const name = student.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `synaptica-results-${name || 'student'}-${isoDate.slice(0, 10)}.json`;
}

export function installResultsExport(menu: HTMLElement, deps: ResultsExportDeps): void {
  const row = document.createElement('div');
  row.className = 'results-export';
  const label = document.createElement('label');
  label.htmlFor = 'results-student';
  label.textContent = t('results.export.nameLabel');
  const name = document.createElement('input');
  name.id = 'results-student';
  name.type = 'text';
  name.maxLength = 80;
  name.autocomplete = 'name';
  name.value = deps.keeper.studentName;
  name.addEventListener('change', () => { deps.keeper.studentName = name.value.trim(); });
  const exportButton = document.createElement('button');
  exportButton.type = 'button';
  exportButton.className = 'button';
  exportButton.id = 'results-export';
  exportButton.textContent = t('results.export.button');
  exportButton.addEventListener('click', () => void exportNow());
  const classButton = document.createElement('button');
  classButton.type = 'button';
  classButton.className = 'button';
  classButton.id = 'class-results-open';
  classButton.textContent = t('results.classView.open');
  classButton.addEventListener('click', () => {
    // The class view in the page's language (saved or the link's): only the locale goes along.
    window.location.assign(pageAddress('class'));
  });
  row.append(label, name, exportButton, classButton);
  const fileRow = menu.querySelector('.campaign-file');
  if (fileRow) fileRow.before(row);
  else menu.append(row);

  async function exportNow(): Promise<void> {
    deps.keeper.studentName = name.value.trim();
    const exportedAt = new Date().toISOString();
    const file = await deps.keeper.file(await deps.live(), deps.builtIns, exportedAt);
    if (file.runs.length === 0) {
      deps.say(t('results.export.nothing'));
      return;
    }
    const fileName = resultsFileName(file.student, exportedAt);
    downloadFile(fileName, JSON.stringify(file), 'application/json');
    deps.say(t('results.export.done', { count: file.runs.length, file: fileName }));
  }
}
