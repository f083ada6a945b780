/**
 * The campaign menu's results row: "Who is playing?" (the student's name, remembered in this browser
 * and asked for at export), "Export my results" (a results file download), "Start a new student"
 * (a shared laptop: clears the runs kept and the name, after a confirm) and "Class results" (the
 * teacher's class view, ?class). Added to the menu from here, so the menu's own file stays about
 * levels and progress.
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
  /** Asks the player to confirm (window.confirm on the page). */
  confirm(question: string): boolean;
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
  const newStudentButton = document.createElement('button');
  newStudentButton.type = 'button';
  newStudentButton.className = 'button';
  newStudentButton.id = 'results-new-student';
  newStudentButton.textContent = t('results.export.newStudent');
  newStudentButton.addEventListener('click', () => void newStudent());
  row.append(label, name, exportButton, newStudentButton, classButton);
  const fileRow = menu.querySelector('.campaign-file');
  if (fileRow) fileRow.before(row);
  else menu.append(row);

  async function exportNow(): Promise<void> {
    deps.keeper.studentName = name.value.trim();
    // On a shared laptop the name says whose runs these are: asked for at each export until given.
    if (deps.keeper.studentName === '') {
      deps.say(t('results.export.nameFirst'));
      name.focus();
      return;
    }
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

  async function newStudent(): Promise<void> {
    const live = await deps.live();
    // The runs kept, and the one still running (kept at export, so the previous student's too).
    const running = live !== null && live.session.world.clock[0] > 0 ? [live.session.id] : [];
    const count = new Set([...deps.keeper.levelIds, ...running]).size;
    const who = deps.keeper.studentName || t('results.export.noName');
    if (count > 0 && !deps.confirm(t('results.export.newStudentConfirm', { count, name: who }))) return;
    deps.keeper.newStudent(live?.session ?? null, new Date().toISOString());
    name.value = '';
    name.focus();
    deps.say(t('results.export.newStudentDone'));
  }
}
