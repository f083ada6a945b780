import { describe, expect, it } from 'vitest';
import { timedEvents } from '../../../src/editor/views/timelineEvents';
import { addPhaseAfter, addTimeline, addTrialType, moveEvent, removeEvent, removePhase, removeTrialType, resizeEvent, setPhaseField, snapMs } from '../../../src/editor/views/timelineEdits';
import { eventTemplates } from '../../../src/editor/views/eventTemplates';
import { rulerTicksMs, tickStepMs } from '../../../src/editor/views/rulerTicks';
import { valueAt } from '../../../src/editor/views/networkEdits';
import { eventLanes } from '../../../src/editor/views/eventLanes';
import { phasesOf } from '../../../src/editor/views/timelinePhases';
import { trialEvent } from '../../../src/levels/schema/timeline';
import { levelSchema } from '../../../src/levels/schema/level';
import { DraftStore } from '../../../src/editor/draftStore';
import { levelDraft } from './helpers';

const PAIRED = ['timeline', 'sessions', 0, 'phases', 0, 'trialTypes', 0] as const;
const PHASE = ['timeline', 'sessions', 0, 'phases', 0] as const;

describe('the timeline of a draft', () => {
  it('reads onsets through `after` links: the puff 250 ms after the tone', () => {
    const draft = levelDraft('eyeblink-acquisition');
    const [tone, puff] = timedEvents(valueAt(draft, PAIRED));
    expect(tone).toMatchObject({ onsetMs: 0, lengthMs: 650, lengthField: 'durationMs', label: 'Tone (cue)' });
    expect(puff).toMatchObject({ onsetMs: 250, offsetMs: 250, lengthMs: 20, afterIndex: 0, label: 'Puff (US)' });
  });

  it('moving the tone carries the puff along; moving the puff keeps it timed from the tone', () => {
    const editor = new DraftStore(levelDraft('eyeblink-acquisition'));
    const moveTone = moveEvent(editor.draft, PAIRED, 0, 102)!;
    editor.apply(moveTone.edit, moveTone.label);
    expect(moveTone.label).toBe('Move Tone (cue)');
    let [tone, puff] = timedEvents(valueAt(editor.draft, PAIRED));
    expect(tone.onsetMs).toBe(100);
    expect(puff.onsetMs).toBe(350);
    const movePuff = moveEvent(editor.draft, PAIRED, 1, 403)!;
    editor.apply(movePuff.edit, movePuff.label);
    [tone, puff] = timedEvents(valueAt(editor.draft, PAIRED));
    expect(valueAt(editor.draft, [...PAIRED, 'events', 1, 'at'])).toEqual({ after: 'tone', ms: 305 });
    expect(puff.onsetMs).toBe(405);
    // Before its anchor is as early as a linked event can go: 0 ms after the tone.
    const early = moveEvent(editor.draft, PAIRED, 1, 0)!;
    expect(early.edit).toMatchObject({ value: { after: 'tone', ms: 0 } });
    expect(moveEvent(editor.draft, PAIRED, 1, 406)).toBeNull();
    editor.undo();
    editor.undo();
    expect(editor.draft).toEqual(levelDraft('eyeblink-acquisition'));
  });

  it('changes an event length in 5 ms steps, at least one step', () => {
    const draft = levelDraft('eyeblink-acquisition');
    expect(resizeEvent(draft, PAIRED, 1, 33)!.edit).toEqual({ kind: 'set', path: [...PAIRED, 'events', 1, 'durationMs'], value: 35 });
    expect(resizeEvent(draft, PAIRED, 1, -10)!.edit).toMatchObject({ value: 5 });
    expect(snapMs(12.4)).toBe(10);
    expect(snapMs(-3)).toBe(0);
  });

  it('removing the tone re-times the puff from trial start at the same onset', () => {
    const editor = new DraftStore(levelDraft('eyeblink-acquisition'));
    const removal = removeEvent(editor.draft, PAIRED, 0)!;
    editor.apply(removal.edit, removal.label);
    const events = valueAt(editor.draft, [...PAIRED, 'events']) as { at: unknown }[];
    expect(events).toHaveLength(1);
    expect(events[0].at).toEqual({ ms: 250 });
  });

  it('adds and removes trial types and phases, keeping one of each, and sets trials and order; the level still parses', () => {
    const editor = new DraftStore(levelDraft('eyeblink-acquisition'));
    const type = addTrialType(editor.draft, PHASE);
    editor.apply(type.edit, type.label);
    const phase = addPhaseAfter(editor.draft, PHASE);
    editor.apply(phase.edit, phase.label);
    expect(phase.label).toBe('Add phase Phase');
    const trials = setPhaseField(phase.path, 'trials', 40, 'Phase');
    editor.apply(trials.edit, trials.label);
    const order = setPhaseField(phase.path, 'order', 'shuffled', 'Phase');
    editor.apply(order.edit, order.label);
    expect(phasesOf(editor.draft).map((p) => p.name)).toEqual(['Tone, then a puff 250 ms later', 'Phase']);
    const parsed = levelSchema.safeParse(editor.draft);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data!.timeline!.sessions[0].phases[1]).toMatchObject({ trials: 40, order: 'shuffled', trialMs: 650 });
    expect(removeTrialType(editor.draft, phase.path, 0)).toBeNull();
    expect(removeTrialType(editor.draft, PHASE, 2)!.label).toBe('Remove trial type Trial type');
    const dropPhase = removePhase(editor.draft, phase.path, 'Phase')!;
    editor.apply(dropPhase.edit, dropPhase.label);
    expect(removePhase(editor.draft, PHASE, 'Acquisition')).toBeNull();
  });

  it('gives a level without a timeline a first one that parses', () => {
    const editor = new DraftStore(levelDraft('izhikevich-2003'));
    const first = addTimeline();
    editor.apply(first.edit, first.label);
    const parsed = levelSchema.safeParse(editor.draft);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(phasesOf(editor.draft).map((p) => p.path)).toEqual([first.path]);
  });

  it('offers the schema’s event kinds that have a target in the draft, each making a valid event', () => {
    const draft = levelDraft('eyeblink-acquisition');
    const templates = eventTemplates(draft);
    expect(templates.map((t) => t.key)).toEqual(expect.arrayContaining(['cue', 'us', 'reward', 'pulse', 'command']));
    expect(templates.find((t) => t.key === 'us')!.label).toBe('US: Puff');
    expect(templates.slice(0, 3).map((t) => t.key)).toEqual(['cue', 'us', 'reward']);
    expect(templates.find((t) => t.key === 'command')!.label).toMatch(/^Lesion: /);
    for (const template of templates) {
      const made = trialEvent.safeParse(template.make(120));
      expect(made.success, template.key).toBe(true);
      expect(template.description.length, template.key).toBeGreaterThan(10);
    }
    // No modulator pool in this level, so no modulator pulse is offered.
    expect(templates.some((t) => t.key === 'modulatorPulse')).toBe(false);
  });

  it('puts ruler ticks on round steps', () => {
    expect(tickStepMs(650, 8)).toBe(100);
    expect(tickStepMs(1000, 8)).toBe(200);
    expect(rulerTicksMs(650, 8)).toEqual([0, 100, 200, 300, 400, 500, 600]);
    expect(rulerTicksMs(50, 5)).toEqual([0, 10, 20, 30, 40, 50]);
  });
});

describe('lanes of timeline bars', () => {
  it('puts overlapping events on separate lanes and reuses a lane once it is free', () => {
    expect(eventLanes([{ onsetMs: 0, lengthMs: 650 }, { onsetMs: 250, lengthMs: 20 }, { onsetMs: 700, lengthMs: 0 }], 10)).toEqual([0, 1, 0]);
    expect(eventLanes([{ onsetMs: 100, lengthMs: 0 }, { onsetMs: 105, lengthMs: 0 }], 10)).toEqual([0, 1]);
  });
});
