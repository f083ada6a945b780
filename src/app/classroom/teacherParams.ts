/**
 * A teacher's link, read in one place: the query parameters (PhET's names where the meaning matches)
 * checked against what this page has. Pure (no DOM, no globals): every value is validated, and a bad
 * one is left out with a ParamWarning naming the parameter and the value; nothing here throws, and a
 * hostile link (huge, repeated, script text, unicode tricks) only yields warnings. What each setting
 * does to the page is applyTeacherLink.ts's business; docs/classroom.md has the table.
 */
import { LOCALES, matchLocale } from '../../i18n/locales';
import type { ParamWarning, WarningReason } from './paramWarnings';

/** What a link can lock (students cannot change it). */
export const LOCK_NAMES = ['parameters', 'commands', 'speed', 'editor', 'open', 'levels'] as const;
export type LockName = (typeof LOCK_NAMES)[number];
export const AUDIO_CHOICES = ['enabled', 'muted', 'disabled'] as const;
export type AudioChoice = (typeof AUDIO_CHOICES)[number];
/** Starting speeds a link may set (slow is 0.25×, normal 1×: pageState's SPEEDS). */
export type StartSpeed = 'slow' | 'normal';

export interface TeacherSettings {
  /** levels=: the levels offered, in order; null offers every level. */
  readonly offered: readonly string[] | null;
  /** level=: the level to open first (a level that exists and is offered). */
  readonly level: string | null;
  /** chapter=: the campaign chapter to start in (0-based index). */
  readonly chapter: number | null;
  readonly locale: string | null;
  readonly audio: AudioChoice;
  readonly speed: StartSpeed | null;
  /** seed= or randomSeed=: the seed of every level opened this visit (uint32). */
  readonly seed: number | null;
  readonly locks: ReadonlySet<LockName>;
  readonly projector: boolean;
  readonly teacherNotes: boolean;
  readonly allowLinks: boolean;
}

export interface TeacherParamContext {
  /** Every level the page can open (built-in ids, and keys of levels a lesson brought). */
  readonly levelIds: readonly string[];
  /** The campaign's chapters' ids, in order (chapter=2 or chapter=timing). */
  readonly chapterIds: readonly string[];
}

/** The longest value read; past it the whole value is ignored (no id or list of ids is near it). */
export const MAX_VALUE_CHARS = 4_000;
/** Most levels a `levels=` list offers. */
export const MAX_OFFERED_LEVELS = 200;
const MAX_SEED = 4_294_967_295;
/** Parameters this parser reads, for the lesson fragment's settings. */
export const TEACHER_PARAM_NAMES = ['levels', 'level', 'chapter', 'locale', 'audio', 'speed', 'seed', 'randomSeed', 'lock', 'colorProfile', 'teacherNotes', 'allowLinks'] as const;

export const DEFAULT_SETTINGS: TeacherSettings = {
  offered: null, level: null, chapter: null, locale: null, audio: 'enabled', speed: null, seed: null,
  locks: new Set(), projector: false, teacherNotes: true, allowLinks: true,
};

type Warn = (param: string, value: string, reason: WarningReason, details?: Record<string, string | number>, partly?: boolean) => void;

/** The first value of `name`, or null; a repeated parameter and a value over `maxChars` are warned about. */
function single(params: URLSearchParams, name: string, warn: Warn, maxChars = MAX_VALUE_CHARS): string | null {
  const all = params.getAll(name);
  if (all.length === 0) return null;
  if (all.length > 1) warn(name, all[0], 'repeated', { count: all.length }, true);
  const value = all[0];
  if (value.length > maxChars) {
    warn(name, value, 'tooLong', { count: value.length, max: maxChars });
    return null;
  }
  return value.trim();
}

/** A comma list: trimmed, empty items and repeats dropped. */
function list(value: string): string[] {
  return [...new Set(value.split(',').map((item) => item.trim()).filter((item) => item !== ''))];
}

function choice<T extends string>(value: string | null, choices: readonly T[], name: string, warn: Warn): T | null {
  if (value === null) return null;
  const found = choices.find((c) => c.toLowerCase() === value.toLowerCase());
  if (found === undefined) warn(name, value, 'notAChoice', { choices: choices.join(', ') });
  return found ?? null;
}

function seedOf(value: string | null, name: string, warn: Warn): number | null {
  if (value === null) return null;
  const seed = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(seed) && seed <= MAX_SEED) return seed;
  warn(name, value, 'notASeed');
  return null;
}

function offeredOf(value: string | null, ids: readonly string[], warn: Warn): string[] | null {
  if (value === null) return null;
  const items = list(value);
  if (items.length === 0) { warn('levels', value, 'emptyList'); return null; }
  const known = items.filter((id) => ids.includes(id)).slice(0, MAX_OFFERED_LEVELS);
  const unknown = items.filter((id) => !ids.includes(id));
  if (known.length === 0) { warn('levels', value, 'notALevel'); return null; }
  if (unknown.length > 0) warn('levels', unknown.join(','), 'unknownLevels', { count: unknown.length }, true);
  return known;
}

function chapterOf(value: string | null, chapterIds: readonly string[], warn: Warn): number | null {
  if (value === null) return null;
  const byNumber = /^\d{1,4}$/.test(value) ? Number(value) - 1 : -1;
  const index = byNumber >= 0 && byNumber < chapterIds.length ? byNumber : chapterIds.indexOf(value);
  if (index < 0) warn('chapter', value, 'notAChapter', { count: chapterIds.length });
  return index < 0 ? null : index;
}

function locksOf(value: string | null, warn: Warn): Set<LockName> {
  const locks = new Set<LockName>();
  if (value === null) return locks;
  const unknown: string[] = [];
  for (const item of list(value)) {
    const lock = LOCK_NAMES.find((name) => name === item.toLowerCase());
    if (lock === undefined) unknown.push(item);
    else locks.add(lock);
  }
  if (unknown.length > 0) warn('lock', unknown.join(','), 'unknownLocks', { count: unknown.length, choices: LOCK_NAMES.join(', ') }, locks.size > 0);
  return locks;
}

function booleanOf(value: string | null, name: string, warn: Warn): boolean | null {
  return choice(value, ['true', 'false'] as const, name, warn) === null ? null : value!.toLowerCase() === 'true';
}

/** Reads a link's query (a search string or its parameters) into settings and warnings. */
export function parseTeacherParams(search: string | URLSearchParams, context: TeacherParamContext): { settings: TeacherSettings; warnings: ParamWarning[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const warnings: ParamWarning[] = [];
  const warn: Warn = (param, value, reason, details, partly) => warnings.push({ param, value, reason, ...(details ? { details } : {}), ...(partly ? { partly } : {}) });

  const offered = offeredOf(single(params, 'levels', warn), context.levelIds, warn);
  // Any length: a level= that names no level is the start screen's to say, shortened, once.
  let level = single(params, 'level', warn, Infinity);
  const chapter = chapterOf(single(params, 'chapter', warn), context.chapterIds, warn);
  // A level that does not exist is the start screen's to say (startChoice.ts), unless the link opens
  // another level instead (its offered set or chapter); one outside the offered set is ours.
  if (level !== null && (!context.levelIds.includes(level) || (offered !== null && !offered.includes(level)))) {
    if (context.levelIds.includes(level)) warn('level', level, 'notOffered');
    else if (offered !== null || chapter !== null) warn('level', level, 'notALevel');
    level = null;
  }
  const localeValue = single(params, 'locale', warn);
  const locale = localeValue === null ? null : matchLocale(localeValue);
  if (localeValue !== null && locale === null) warn('locale', localeValue, 'notALocale', { choices: LOCALES.filter((l) => !l.pseudo).map((l) => l.code).join(', ') });
  const audio = choice(single(params, 'audio', warn), AUDIO_CHOICES, 'audio', warn) ?? 'enabled';
  const speedValue = single(params, 'speed', warn);
  let speed = choice(speedValue === null ? null : ({ '0.25': 'slow', '1': 'normal' } as Record<string, string>)[speedValue] ?? speedValue, ['slow', 'normal', 'fast'] as const, 'speed', warn);
  if (speed === 'fast') { warn('speed', speedValue!, 'fastAtStart'); speed = null; }
  const seed = seedOf(single(params, 'seed', warn), 'seed', warn);
  const randomSeed = seedOf(single(params, 'randomSeed', warn), 'randomSeed', warn);
  if (seed !== null && randomSeed !== null && seed !== randomSeed) warn('randomSeed', String(randomSeed), 'seedsDiffer');
  const locks = locksOf(single(params, 'lock', warn), warn);
  const projector = choice(single(params, 'colorProfile', warn), ['default', 'projector'] as const, 'colorProfile', warn) === 'projector';
  const teacherNotes = booleanOf(single(params, 'teacherNotes', warn), 'teacherNotes', warn) ?? true;
  const allowLinks = booleanOf(single(params, 'allowLinks', warn), 'allowLinks', warn) ?? true;
  return {
    settings: { offered, level, chapter, locale, audio, speed: speed as StartSpeed | null, seed: seed ?? randomSeed, locks, projector, teacherNotes, allowLinks },
    warnings,
  };
}
