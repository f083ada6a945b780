/**
 * The events a designer can add to a trial type: one entry per event kind the level schema offers
 * (src/levels/schema/timeline.ts), with its description from the schema and a default that runs in
 * this draft (a cue on a tone, a US on a puff, a pulse into the first population), plus a lesion, the
 * schema's command that silences a population. A kind whose target the draft lacks is not offered.
 */
import { trialEvent } from '../../levels/schema/timeline';
import { lesionCommand } from '../../levels/schema/manipulations';
import { humanizeId } from '../../levels/labels/populationLabels';
import { circuitPartsOf } from './circuitParts';
import { recordsOf, stringField } from './draftReaders';
import { hasKey, t } from '../../i18n/messages';

export interface EventTemplate {
  readonly key: string;
  /** What the menu says ("Cue: Tone"). */
  readonly label: string;
  readonly description: string;
  make(atMs: number): Record<string, unknown>;
}

/** An event kind as the menu names it (editor.event.menu.<kind>: "Cue", "Stimulus on"), else the kind in words. */
function menuName(kind: string): string {
  const key = `editor.event.menu.${kind}`;
  return hasKey(key, 'en') ? t(key) : humanizeId(kind);
}

const pick = (ids: readonly string[], preferred: RegExp): string | undefined => ids.find((id) => preferred.test(id)) ?? ids[0];

export function eventTemplates(draft: unknown): EventTemplate[] {
  const circuit = circuitPartsOf(draft);
  const stimuli = [...recordsOf(draft, 'stimuli').map(({ record }) => stringField(record, 'id') ?? ''), ...circuit.stimuli].filter(Boolean);
  const populations = [...recordsOf(draft, 'populations').map(({ record }) => stringField(record, 'id') ?? ''), ...circuit.populations.map((p) => p.id)].filter(Boolean);
  const modulators = recordsOf(draft, 'modulators').map(({ record }) => stringField(record, 'id') ?? '').filter(Boolean);
  const cs = pick(stimuli, /tone|cue|light|cs/i);
  const us = pick(stimuli, /puff|shock|us/i);
  const defaults: Readonly<Record<string, ((ms: number) => Record<string, unknown>) | undefined>> = {
    cue: cs === undefined ? undefined : (ms) => ({ kind: 'cue', target: cs, at: { ms }, durationMs: 100 }),
    us: us === undefined ? undefined : (ms) => ({ kind: 'us', target: us, at: { ms }, durationMs: 20 }),
    stimulusOn: stimuli[0] === undefined ? undefined : (ms) => ({ kind: 'stimulusOn', target: stimuli[0], at: { ms } }),
    stimulusOff: stimuli[0] === undefined ? undefined : (ms) => ({ kind: 'stimulusOff', target: stimuli[0], at: { ms } }),
    pulse: populations[0] === undefined ? undefined : (ms) => ({ kind: 'pulse', target: populations[0], at: { ms }, amplitudePa: 10, widthMs: 5 }),
    reward: (ms) => ({ kind: 'reward', at: { ms }, amount: 1 }),
    modulatorPulse: modulators[0] === undefined ? undefined : (ms) => ({ kind: 'modulatorPulse', modulator: modulators[0], at: { ms }, amount: 1 }),
    command: populations[0] === undefined ? undefined : (ms) => ({ kind: 'command', at: { ms }, command: { type: 'lesion', population: populations[0] } }),
  };
  const targetWords: Readonly<Record<string, string | undefined>> = {
    cue: cs, us, stimulusOn: stimuli[0], stimulusOff: stimuli[0], pulse: populations[0], modulatorPulse: modulators[0],
  };
  const templates: EventTemplate[] = [];
  for (const option of trialEvent.options) {
    const kind = option.shape.kind.value;
    const make = defaults[kind];
    if (!make) continue;
    const target = targetWords[kind];
    const name = kind === 'command' ? t('editor.event.lesion') : menuName(kind);
    const what = kind === 'command' ? populations[0] : target;
    templates.push({
      key: kind,
      label: what ? t('editor.event.commandOn', { command: name, target: humanizeId(what) }) : name,
      description: kind === 'command' ? lesionCommand.shape.type.description ?? '' : option.shape.kind.description ?? '',
      make,
    });
  }
  // The common ones first (the schema lists stimulus switches first).
  const FIRST = ['cue', 'us', 'reward', 'pulse', 'command'];
  const rank = (key: string): number => (FIRST.includes(key) ? FIRST.indexOf(key) : FIRST.length);
  return templates.sort((a, b) => rank(a.key) - rank(b.key));
}
