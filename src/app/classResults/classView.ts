/**
 * The class view (?class): the teacher drops or chooses students' results files; each run is replayed
 * in a pool of workers and marked verified, not verified (what differs, in words) or cannot check;
 * every student's learning curves per level are overlaid, outcomes and trials shown as a spread,
 * predictions tallied, and the whole table saved as CSV. All in this browser: nothing is uploaded.
 */
import { pageAddress } from '../pageAddress';
import { t } from '../../i18n/messages';
import { objectiveDisplay } from '../../levels/labels/objectiveText';
import { loadLevel } from '../../levels/loadLevel';
import type { Level } from '../../levels/schema/level';
import { downloadFile } from '../downloadFile';
import type { LevelEntry } from '../levelCatalog';
import { checkRun } from './checkRun';
import { CheckProgress } from './checkProgress';
import { classCsv, csvHeaders } from './classCsv';
import { renderLevelSummaries } from './levelSummaryView';
import { summarizeLevels, type StudentRun } from './classSummary';
import { loadResultsFiles } from './loadResultsFiles';
import { ReplayPool } from './replayPool';
import { verdictLabel, verdictReason, type Namer } from './verdictWords';
import { el } from './dom';
import { withoutDuplicates } from './duplicateRuns';
import { choiceIndexOfAnswer } from '../results/choiceIndex';
import './classView.css';

export function showClassView(builtIns: readonly LevelEntry[]): void {
  const game = document.getElementById('app');
  if (game) game.hidden = true;
  document.body.classList.add('class-view-page');
  document.title = t('results.classView.pageTitle');
  const view = new ClassView(builtIns);
  document.body.append(view.root);
}

class ClassView {
  readonly root = el('main', { id: 'class-view', class: 'class-view' });
  private readonly runs: StudentRun[] = [];
  private readonly levels = new Map<string, Level | null>();
  private readonly problems = el('ul', { class: 'class-problems', id: 'class-problems' });
  private readonly progress = el('progress', { id: 'class-progress', max: '1', value: '0' });
  private readonly progressText = el('p', { id: 'class-progress-text', role: 'status' });
  private readonly cancelButton = el('button', { type: 'button', id: 'class-cancel', hidden: '' }, t('results.classView.cancel'));
  private readonly csvButton = el('button', { type: 'button', id: 'class-csv', disabled: '' }, t('results.classView.csv'));
  private readonly table = el('tbody', { id: 'class-rows' });
  private readonly levelsBox = el('div', { id: 'class-levels' });
  private pool: ReplayPool | null = null;
  private readonly checks = new CheckProgress();
  readonly names: Namer = {
    level: (levelId) => this.levels.get(levelId)?.title ?? levelId,
    objective: (levelId, id) => {
      const level = this.levels.get(levelId);
      return level ? objectiveDisplay(level, id).label : id;
    },
  };

  constructor(private readonly builtIns: readonly LevelEntry[]) {
    const input = el('input', { type: 'file', multiple: '', accept: 'application/json,.json', id: 'class-files', class: 'visually-hidden', tabindex: '-1', 'aria-label': t('results.classView.choose') });
    const choose = el('button', { type: 'button', id: 'class-choose' }, t('results.classView.choose'));
    choose.addEventListener('click', () => input.click());
    input.addEventListener('change', () => { void this.add([...(input.files ?? [])]); input.value = ''; });
    this.cancelButton.addEventListener('click', () => this.cancel());
    this.csvButton.addEventListener('click', () => this.downloadCsv());
    const back = el('a', { href: pageAddress('game'), id: 'class-back' }, t('results.classView.back'));
    const drop = el('div', { class: 'class-drop' }, el('p', {}, t('results.classView.drop')), choose, input);
    const head = el('tr', {}, ...['student', 'level', 'check', 'why', 'goal', 'stars', 'trials'].map((k) => el('th', { scope: 'col' }, t(`results.classView.column.${k}`))));
    const tableBox = el('div', { class: 'class-table-box', tabindex: '0', role: 'region', 'aria-label': t('results.classView.runs') },
      el('table', { class: 'class-table' }, el('caption', {}, t('results.classView.runs')), el('thead', {}, head), this.table));
    this.root.append(
      el('header', { class: 'class-header' }, el('h1', {}, t('results.classView.title')), back),
      el('p', {}, t('results.classView.intro')),
      drop,
      el('div', { class: 'class-progress-row' }, this.progress, this.progressText, this.cancelButton),
      this.problems,
      tableBox,
      el('p', { class: 'class-unchecked' }, t('results.classView.unchecked')),
      el('p', {}, this.csvButton),
      this.levelsBox,
    );
    // The whole view takes dropped files.
    this.root.addEventListener('dragover', (event) => { event.preventDefault(); });
    this.root.addEventListener('drop', (event) => {
      event.preventDefault();
      void this.add([...(event.dataTransfer?.files ?? [])]);
    });
  }

  async add(chosen: readonly File[]): Promise<void> {
    if (chosen.length === 0) return;
    const loaded = await loadResultsFiles(chosen);
    for (const problem of loaded.problems) this.problems.append(el('li', {}, problem));
    const all: StudentRun[] = [];
    for (const file of loaded.files) {
      const student = file.results.student.trim() || t('results.classView.noName', { file: file.name });
      for (const record of file.results.runs) all.push({ fileName: file.name, student, record, verdict: null });
    }
    const { kept: fresh, duplicates } = withoutDuplicates(this.runs, all);
    for (const d of duplicates) this.problems.append(el('li', {}, t('results.file.duplicate', { file: d.fileName, student: d.student, level: d.record.title })));
    for (const run of fresh) await this.knowLevel(run);
    this.runs.push(...fresh);
    this.render();
    await this.check(fresh);
  }

  /** The level a run was played on, for labels (objective names, question texts): this page's own or the file's. */
  private async knowLevel(run: StudentRun): Promise<void> {
    const id = run.record.levelId;
    if (this.levels.has(id)) return;
    // This page's own level first: a changed copy in a file must not rename the built-in one.
    const entry = this.builtIns.find((l) => l.id === id);
    const data = entry ? await entry.load() : run.record.level.builtIn ? null : run.record.level.data;
    const loaded = data === null ? null : loadLevel(data);
    this.levels.set(id, loaded?.ok ? loaded.level : null);
  }

  private async check(list: readonly StudentRun[]): Promise<void> {
    if (list.length === 0) return;
    const pool = (this.pool ??= new ReplayPool());
    this.checks.start(list);
    this.cancelButton.hidden = false;
    this.showProgress();
    await Promise.all(list.map(async (run) => {
      const verdict = await checkRun(run.record, this.builtIns, pool, (ticks) => { this.checks.ticks(run, ticks); this.showProgress(); });
      this.checks.settle(run, verdict);
      this.showProgress();
      this.renderRows();
    }));
    // Another add() may still be checking: the round ends when every check has.
    if (this.checks.shown.running) return;
    this.cancelButton.hidden = true;
    this.render();
  }

  private showProgress(): void {
    const shown = this.checks.shown;
    this.progress.max = shown.totalTicks;
    this.progress.value = Math.min(shown.totalTicks, shown.ticks);
    this.progressText.textContent = shown.running ? t('results.classView.progress', { done: shown.done, count: shown.count })
      : shown.cancelled > 0 ? t('results.classView.cancelled', { done: shown.done, count: shown.count })
        : t('results.classView.finished', { count: shown.count });
  }

  private cancel(): void {
    this.pool?.cancel();
    this.pool = null;
  }

  private render(): void {
    this.renderRows();
    this.csvButton.disabled = this.runs.length === 0;
    const choiceOfText = (levelId: string, questionId: string, answer: string): number | null => choiceIndexOfAnswer(this.levels.get(levelId) ?? null, levelId, questionId, answer);
    renderLevelSummaries(this.levelsBox, summarizeLevels(this.runs, choiceOfText), this.levels, this.names);
  }

  private renderRows(): void {
    this.table.replaceChildren(...this.runs.map((r) => {
      const status = r.verdict?.status ?? 'pending';
      return el('tr', { 'data-status': status },
        el('th', { scope: 'row' }, r.student),
        el('td', {}, this.names.level(r.record.levelId)),
        el('td', { class: `class-check class-check-${status}` }, verdictLabel(r.verdict, r.cancelled === true)),
        el('td', {}, verdictReason(r.verdict, r.record.levelId, this.names)),
        el('td', {}, t(r.record.goalMet ? 'results.classView.yes' : 'results.classView.no')),
        el('td', {}, t('results.classView.stars', { count: r.record.stars })),
        el('td', {}, String(r.record.curve.length)));
    }));
  }

  private downloadCsv(): void {
    const text = classCsv(this.runs, {
      headers: csvHeaders(),
      verdict: (r) => [verdictLabel(r.verdict, r.cancelled === true), verdictReason(r.verdict, r.record.levelId, this.names)].filter(Boolean).join(': '),
      yesNo: (value) => t(value ? 'results.classView.yes' : 'results.classView.no'),
      objectiveHeader: (id) => t('results.csv.objective', { objective: id }),
    });
    // A byte-order mark so spreadsheet programs read the names' accents as UTF-8.
    downloadFile('synaptica-class-results.csv', `\ufeff${text}`, 'text/csv');
  }
}
