/**
 * The query a teacher's link stands for: the address's own parameters, plus the settings a "#lesson="
 * carries that the address does not set (the address wins). Boot reads the language and the colour
 * profile from it before anything else is made (pageLocale.ts, colorProfile.ts), so a lesson's
 * locale= and colorProfile= apply as the address's would; it is synchronous, as that start is.
 */
import { decodeLessonLink, lessonParameterOf } from '../../levels/share/lessonLink';
import { TEACHER_PARAM_NAMES } from './teacherParams';

/** `params` with each of the lesson's teacher settings that `params` lacks (other names are ignored). */
export function withLessonSettings(params: URLSearchParams, lessonParams: Readonly<Record<string, string>>): URLSearchParams {
  const merged = new URLSearchParams(params);
  for (const [name, value] of Object.entries(lessonParams)) {
    if ((TEACHER_PARAM_NAMES as readonly string[]).includes(name) && !merged.has(name)) merged.set(name, value);
  }
  return merged;
}

/** The link's settings as one query string ("?…" or ""): a damaged lesson adds nothing (TeacherLink says why). */
export function linkSettingsSearch(location: { readonly search: string; readonly hash: string }): string {
  const params = new URLSearchParams(location.search);
  const lesson = lessonParameterOf(location.hash) === null ? null : decodeLessonLink(location.hash);
  const merged = lesson?.ok === true ? withLessonSettings(params, lesson.lesson.params) : params;
  const search = merged.toString();
  return search === '' ? '' : `?${search}`;
}
