/**
 * Where a generated form's words come from. The schema keeps its English (titles, descriptions,
 * units in names; src/levels knows no language); the editor shows each field's words from the
 * string files under a key named by the field's place in the schema:
 *   editor.field.<place>.title | .help | .item (a list's item, for "Add …")
 *   editor.field.<place>=<value>.title | .help (an option of a choice or of a kind)
 *   editor.field.<place>|<branch>.option (a form a plain union offers)
 * A place is the schema path: "level", then field names joined by dots, "[]" for a list's item, "=<value>" for the
 * member of a kind a value picks, "|<n>" for a plain union's branch ("level.projections[].weight|1=normal.sd").
 * A key names only as much of the place as its words need: "editor.field.sd.help" serves every "sd"
 * whose English reads the same; a longer key ("…weight|1=normal.sd.help") overrides it where the
 * schema says something else. The longest key that names the end of a place wins. The English
 * entries are generated from the schema (npm run strings:editor picks the shortest keys that tell
 * the texts apart), so a designer reading English sees exactly what the schema says; a test walks
 * every field and fails on a missing key or an English entry that no longer matches the schema.
 */
import { hasKey, t } from '../i18n/messages';

export type FieldTextPart = 'title' | 'help' | 'item' | 'option';

/** Gives a field's words: (place, part, the English the schema implies) → the text shown. */
export type FieldTextSource = (place: string, part: FieldTextPart, english: string) => string;

export function fieldTextKey(place: string, part: FieldTextPart): string {
  return `editor.field.${place}.${part}`;
}

/** A place's pieces: field names (".count"), list items ("[]"), kinds ("=tone"), union branches ("|1"). */
const PLACE_PIECE = /(?:^|\.)[^.=|[]+|\[\]|=[^.|[]*|\|\d+/g;

/** The ends of a place that start at a field name, longest first ("a[].b=c.d" → "a[].b=c.d", "b=c.d", "d"). */
export function placeEnds(place: string): string[] {
  const pieces = place.match(PLACE_PIECE) ?? [];
  const ends: string[] = [];
  pieces.forEach((piece, i) => {
    if (i === 0 || piece.startsWith('.')) ends.push(pieces.slice(i).join('').replace(/^\./, ''));
  });
  return ends;
}

/** The key that holds a place's words: the longest end of the place that English has, or undefined. */
export function fieldKeyFor(place: string, part: FieldTextPart): string | undefined {
  for (const end of placeEnds(place)) {
    const key = fieldTextKey(end, part);
    if (hasKey(key, 'en')) return key;
  }
  return undefined;
}

/** The current locale's words; the schema's English where the string files lack the key (a test keeps that from shipping). */
const fromStringFiles: FieldTextSource = (place, part, english) => {
  const key = fieldKeyFor(place, part);
  return key === undefined ? english : t(key);
};

let currentSource: FieldTextSource = fromStringFiles;

export function fieldText(place: string, part: FieldTextPart, english: string): string {
  return currentSource(place, part, english);
}

/** Runs `work` with another source of field words (the generator records the English; tests record the keys asked for). */
export function withFieldTextSource<T>(source: FieldTextSource, work: () => T): T {
  const previous = currentSource;
  currentSource = source;
  try {
    return work();
  } finally {
    currentSource = previous;
  }
}

/** The place of a field inside a parent place ("populations[]" + "count" → "populations[].count"). */
export function childPlace(parent: string, key: string): string {
  return `${parent}.${key}`;
}
