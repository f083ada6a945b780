/**
 * A teacher's lesson as a link: the URL fragment "#lesson=" followed by the lesson packed as a level
 * link is (compact JSON, zlib with its Adler-32 checksum, base64url; levelLink.ts), so it never
 * reaches a server. A lesson is an ordered list of levels (built-in ids, or whole levels made in the
 * editor, without recordings of their own), a title, and settings written as the page's query
 * parameters ("lock": "speed,editor"), which the page checks as it checks its address. Decoding checks
 * the length before decoding, the unpacked size while inflating, then every field by path; each
 * level object goes through openSharedLevel (loadLevel), so a problem names "levels[2].title: …".
 */
import { zlibSync } from 'fflate';
import { z } from 'zod';
import { encodeBase64url } from './base64url';
import { decodePacked } from './decodePacked';
import { fragmentParam } from './fragmentParam';
import { openSharedLevel } from './openSharedLevel';
import { MAX_LINK_CHARS } from './shareLimits';
import { shareFailure, type ShareResult } from './shareResult';
import type { Level } from '../schema/level';
import type { LevelError } from '../errors';

/** The fragment's parameter name: "#lesson=…". */
export const LESSON_PARAMETER = 'lesson';
export const LESSON_FORMAT = 1;
/** Most levels in one lesson. */
export const MAX_LESSON_LEVELS = 60;

const lessonShape = z.strictObject({
  lesson: z.literal(LESSON_FORMAT),
  title: z.string().max(200),
  levels: z.array(z.union([z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'a built-in level id (lowercase letters, digits and "-")'), z.record(z.string(), z.unknown())])).min(1).max(MAX_LESSON_LEVELS),
  params: z.record(z.string().regex(/^[A-Za-z]{1,20}$/, 'a parameter name'), z.string().max(4_000)).refine((p) => Object.keys(p).length <= 20, 'at most 20 settings'),
});

/** A lesson as written: built-in ids or level data, in order. */
export interface LessonSpec {
  readonly title: string;
  readonly levels: ReadonlyArray<string | Level>;
  readonly params: Readonly<Record<string, string>>;
}

/** A lesson read from a link: each custom level checked. */
export interface OpenedLesson {
  readonly title: string;
  readonly levels: ReadonlyArray<{ kind: 'builtIn'; id: string } | { kind: 'level'; level: Level }>;
  readonly params: Readonly<Record<string, string>>;
}

/** The fragment for a lesson: "lesson=…", without the "#"; refused when it would be too long for a link. */
export function encodeLessonLink(lesson: LessonSpec): ShareResult<{ fragment: string }> {
  const text = JSON.stringify({ lesson: LESSON_FORMAT, title: lesson.title, levels: lesson.levels, params: lesson.params });
  const encoded = encodeBase64url(zlibSync(new TextEncoder().encode(text), { level: 9 }));
  if (encoded.length > MAX_LINK_CHARS) return shareFailure(`this lesson is too large for a link (${encoded.length} characters; a link holds at most ${MAX_LINK_CHARS}); use fewer of your own levels`);
  return { ok: true, fragment: `${LESSON_PARAMETER}=${encoded}` };
}

/** The encoded lesson in a fragment ("#lesson=…") or a whole link; null when there is none. */
export function lessonParameterOf(linkOrFragment: string): string | null {
  return fragmentParam(linkOrFragment, LESSON_PARAMETER);
}

/**
 * The fragment that carries only the lesson of `linkOrFragment` ("#lesson=…"), or '' when it has
 * none: what a page that ignores every other part of a fragment (lock=open) keeps.
 */
export function lessonOnlyFragment(linkOrFragment: string): string {
  const encoded = lessonParameterOf(linkOrFragment);
  return encoded === null ? '' : `#${LESSON_PARAMETER}=${encoded}`;
}

/** The lesson in a link, a fragment or the encoded part alone; every problem by path. */
export function decodeLessonLink(linkOrFragment: string): ShareResult<{ lesson: OpenedLesson }> {
  const unpacked = decodePacked(lessonParameterOf(linkOrFragment) ?? linkOrFragment, 'lesson');
  if (!unpacked.ok) return unpacked;
  // A lesson never travels as a bundle: decodePacked only opens zips for levels.
  if (unpacked.content.kind !== 'text') return shareFailure('the link\'s lesson is not JSON text');
  let raw: unknown;
  try {
    raw = JSON.parse(unpacked.content.text);
  } catch {
    return shareFailure('the link\'s lesson is not JSON text');
  }
  const parsed = lessonShape.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.slice(0, 10).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })) };
  const errors: LevelError[] = [];
  const levels: OpenedLesson['levels'][number][] = [];
  parsed.data.levels.forEach((item, index) => {
    if (typeof item === 'string') { levels.push({ kind: 'builtIn', id: item }); return; }
    // A lesson's own levels travel without recordings: one that names a file of its own is refused here.
    const opened = openSharedLevel({ levelText: JSON.stringify(item), assets: new Map() });
    if (opened.ok) levels.push({ kind: 'level', level: opened.level });
    else errors.push(...opened.errors.map((e) => ({ path: `levels[${index}]${e.path ? `.${e.path}` : ''}`, message: e.message })));
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 10) };
  return { ok: true, lesson: { title: parsed.data.title, levels, params: parsed.data.params } };
}
