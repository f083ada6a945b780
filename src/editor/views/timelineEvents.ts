/**
 * A trial type's events as the timeline draws them: each with its onset in ms from trial start
 * (following `after` links, which the file gives relative to another event's onset), its length,
 * and the event it is timed from. Events drawn from a list of times show at the earliest.
 */
import { humanizeId } from '../../levels/labels/populationLabels';
import { isRecord, numberField, recordsOf, stringField, type DraftRecord } from './draftReaders';
import { hasKey, t } from '../../i18n/messages';

export interface TimedEvent {
  readonly index: number;
  readonly kind: string;
  readonly id?: string;
  readonly onsetMs: number;
  /** How long it lasts (cue and US: durationMs, pulse: widthMs); 0 for an instant. */
  readonly lengthMs: number;
  /** The field that holds the length, or undefined for an instant event. */
  readonly lengthField?: 'durationMs' | 'widthMs';
  /** The index of the event it is timed from, when `at.after` names one in this trial type. */
  readonly afterIndex?: number;
  /** The offset the file gives (from trial start, or from the `after` event). */
  readonly offsetMs: number;
  /** True when drawn from choicesMs (the shown onset is the earliest choice). */
  readonly drawnFromList: boolean;
  readonly label: string;
}

const LENGTH_FIELDS: Readonly<Record<string, 'durationMs' | 'widthMs'>> = { cue: 'durationMs', us: 'durationMs', pulse: 'widthMs' };

function offsetOf(at: unknown): { offsetMs: number; drawnFromList: boolean } {
  const choices = isRecord(at) && Array.isArray(at.choicesMs) ? at.choicesMs.filter((v): v is number => typeof v === 'number') : [];
  if (choices.length > 0) return { offsetMs: Math.min(...choices), drawnFromList: true };
  return { offsetMs: numberField(at, 'ms') ?? 0, drawnFromList: false };
}

export function timedEvents(trialType: unknown): TimedEvent[] {
  const events = recordsOf(trialType, 'events');
  const byId = new Map<string, number>();
  for (const { record, index } of events) {
    const id = stringField(record, 'id');
    if (id !== undefined && !byId.has(id)) byId.set(id, index);
  }
  const recordAt = new Map(events.map(({ record, index }) => [index, record]));
  const onsets = new Map<number, number>();
  const onsetOf = (index: number, visiting: Set<number>): number => {
    const known = onsets.get(index);
    if (known !== undefined) return known;
    const record = recordAt.get(index);
    const { offsetMs } = offsetOf(record?.at);
    const after = stringField(record?.at, 'after');
    const anchor = after === undefined ? undefined : byId.get(after);
    // A cycle of `after` links is a validation error; draw the looping event from trial start.
    const base = anchor === undefined || visiting.has(anchor) ? 0 : onsetOf(anchor, new Set([...visiting, index]));
    onsets.set(index, base + offsetMs);
    return base + offsetMs;
  };
  return events.map(({ record, index }) => {
    const kind = stringField(record, 'kind') ?? 'event';
    const lengthField = LENGTH_FIELDS[kind];
    const after = stringField(record.at, 'after');
    const { offsetMs, drawnFromList } = offsetOf(record.at);
    return {
      index, kind, id: stringField(record, 'id'), onsetMs: onsetOf(index, new Set([index])), offsetMs, drawnFromList,
      lengthMs: lengthField ? numberField(record, lengthField) ?? 0 : 0, lengthField,
      afterIndex: after === undefined ? undefined : byId.get(after),
      label: eventLabel(record),
    };
  });
}

/** An event kind in words (editor.event.kind.<kind>: "cue", "US"), else the kind in words. */
function kindWords(kind: string): string {
  const key = `editor.event.kind.${kind}`;
  return hasKey(key, 'en') ? t(key) : humanizeId(kind);
}

/** What the event is, in words: "Tone (cue)", "Puff (US)", "Reward 1", "Lesion: Granule cells". */
export function eventLabel(event: DraftRecord): string {
  const kind = stringField(event, 'kind') ?? 'event';
  const target = stringField(event, 'target');
  if (kind === 'reward') return numberField(event, 'amount') === undefined ? t('editor.event.reward') : t('editor.event.rewardAmount', { amount: numberField(event, 'amount')! });
  if (kind === 'command') {
    const type = stringField(event.command, 'type') ?? 'command';
    const on = stringField(event.command, 'population');
    return on ? t('editor.event.commandOn', { command: humanizeId(type), target: humanizeId(on) }) : humanizeId(type);
  }
  if (kind === 'modulatorPulse') return t('editor.event.modulatorPulse', { modulator: humanizeId(stringField(event, 'modulator') ?? 'modulator') });
  return target ? t('editor.event.onTarget', { target: humanizeId(target), kind: kindWords(kind) }) : humanizeId(kind);
}
