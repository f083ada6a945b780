/** A check's verdict in words (results.check.*, results.diff.*, results.cannot.*): what differs, never an internal code. */
import { t } from '../../i18n/messages';
import { MAX_COMMANDS, MAX_TRIALS } from '../../levels/results/resultsFile';
import type { Verdict, Difference, CannotCheck } from '../../levels/results/verifyRun';

/** How an objective and a level are named to the teacher (their labels, not ids). */
export interface Namer {
  objective(levelId: string, id: string): string;
  level(levelId: string): string;
}

const valueText = (value: number | null): string => (value === null ? t('results.diff.noValue') : t('results.diff.value', { value }));

function differenceText(d: Difference, levelId: string, names: Namer): string {
  switch (d.kind) {
    case 'hash': return t('results.diff.hash');
    case 'outcome': return t('results.diff.outcome', { objective: names.objective(levelId, d.id), recorded: valueText(d.recorded), replayed: valueText(d.replayed) });
    case 'outcomeMet': return t(d.recorded ? 'results.diff.outcomeMetYes' : 'results.diff.outcomeMetNo', { objective: names.objective(levelId, d.id) });
    case 'outcomeList': return t('results.diff.outcomeList');
    case 'goal': return t(d.recorded ? 'results.diff.goalYes' : 'results.diff.goalNo');
    case 'curve': return t('results.diff.curve', { trial: d.trial });
    case 'curveLength': return t('results.diff.curveLength', { count: d.recorded, replayed: d.replayed });
    case 'setting': return t('results.diff.setting', { detail: d.detail });
    case 'command': return t('results.diff.command', { index: String(d.index), type: d.type });
  }
}

function cannotText(reason: CannotCheck, names: Namer): string {
  switch (reason.kind) {
    case 'unknownLevel': return t('results.cannot.unknownLevel', { level: reason.levelId });
    case 'levelDiffers': return t('results.cannot.levelDiffers', { level: names.level(reason.levelId) });
    case 'levelInvalid': return t('results.cannot.levelInvalid', { detail: reason.detail });
    case 'needsFiles': return t('results.cannot.needsFiles');
    case 'tooLong': return t('results.cannot.tooLong', { ticks: reason.ticks });
    case 'notRecorded': return t('results.cannot.notRecorded', { commands: MAX_COMMANDS, trials: MAX_TRIALS });
    case 'failed': return t('results.cannot.failed', { detail: reason.detail });
    case 'otherEngine': return reason.family === 'other' ? t('results.cannot.otherEngineUnnamed') : t('results.cannot.otherEngine', { family: reason.family });
  }
}

export function verdictLabel(verdict: Verdict | null, cancelled: boolean): string {
  if (verdict === null) return t(cancelled ? 'results.check.cancelled' : 'results.check.pending');
  // Said in the label itself: a teacher scanning the column must not read it as a doubt about the file.
  if (verdict.status === 'cannotCheck' && verdict.reason.kind === 'otherEngine') return t('results.check.otherEngine');
  return t(`results.check.${verdict.status}`);
}

/** Why, in one sentence per difference ('' when verified or still checking). */
export function verdictReason(verdict: Verdict | null, levelId: string, names: Namer): string {
  if (verdict === null || verdict.status === 'verified') return '';
  if (verdict.status === 'cannotCheck') return cannotText(verdict.reason, names);
  if (verdict.status === 'changedCopy') return t('results.diff.changedCopy', { level: names.level(verdict.levelId) });
  const differences = verdict.differences.map((d) => differenceText(d, levelId, names));
  if (verdict.engineUnknown) differences.push(t('results.diff.engineUnknown'));
  return differences.join(' ');
}
