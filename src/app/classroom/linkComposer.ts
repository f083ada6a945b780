/**
 * The link a teacher's choices make (pure): the settings as query parameters (readable and editable
 * in the address), the levels as `levels=` when all are built in, else the whole list (with the
 * levels made in the editor) as a "#lesson=" fragment. Settings at their defaults are left out, so
 * the link stays short enough for a QR code.
 */
import type { Level } from '../../levels/schema/level';
import { encodeLessonLink } from '../../levels/share/lessonLink';
import type { AudioChoice, LockName, StartSpeed } from './teacherParams';

export interface BuilderChoice {
  readonly title: string;
  /** The chosen levels in order: a built-in id, or a level of the teacher's own (its data). */
  readonly levels: ReadonlyArray<{ readonly id: string } | { readonly level: Level }>;
  readonly locks: readonly LockName[];
  readonly seed: number | null;
  readonly locale: string | null;
  readonly audio: AudioChoice;
  readonly speed: StartSpeed | null;
  readonly projector: boolean;
  readonly teacherNotes: boolean;
  readonly allowLinks: boolean;
}

/** What the builder's form says: a link's choices, with the levels named by id (their data is fetched later). */
export type FormChoice = Omit<BuilderChoice, 'levels'> & { readonly levelIds: readonly string[] };

export type ComposedLink = { ok: true; url: string } | { ok: false; message: string };

/** `base`: the game's address (its folder; any query or fragment is replaced). */
export function composeTeacherLink(base: string, choice: BuilderChoice): ComposedLink {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  const params: Array<[string, string]> = [];
  const builtInOnly = choice.levels.every((l) => 'id' in l);
  if (choice.levels.length > 0 && builtInOnly) params.push(['levels', choice.levels.map((l) => ('id' in l ? l.id : '')).join(',')]);
  if (choice.locks.length > 0) params.push(['lock', choice.locks.join(',')]);
  if (choice.seed !== null) params.push(['seed', String(choice.seed)]);
  if (choice.locale !== null) params.push(['locale', choice.locale]);
  if (choice.audio !== 'enabled') params.push(['audio', choice.audio]);
  if (choice.speed !== null) params.push(['speed', choice.speed]);
  if (choice.projector) params.push(['colorProfile', 'projector']);
  if (!choice.teacherNotes) params.push(['teacherNotes', 'false']);
  if (!choice.allowLinks) params.push(['allowLinks', 'false']);
  // Commas stay readable: URLSearchParams would write them as %2C.
  url.search = params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
  if (!builtInOnly) {
    const lesson = encodeLessonLink({ title: choice.title, levels: choice.levels.map((l) => ('id' in l ? l.id : l.level)), params: {} });
    if (!lesson.ok) return { ok: false, message: lesson.errors.map((e) => e.message).join('; ') };
    url.hash = lesson.fragment;
  }
  return { ok: true, url: url.toString() };
}
