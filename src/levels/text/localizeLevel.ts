/**
 * A level (or the campaign) in another language: a copy whose translatable texts (levelTextPaths.ts)
 * are replaced, and nothing else. Ids, seeds, numbers and every field the simulation reads are copied
 * unchanged, so a translated level runs exactly as the English one (a test compares state hashes).
 */
import { CAMPAIGN_TEXT_PATTERNS, LEVEL_TEXT_PATTERNS, textsOf, type TextAt, type TextPattern } from './levelTextPaths';

/** Translations of one file: JSON Pointer → text (levels/locales/<locale>/<id>.json). */
export type TextTranslations = Readonly<Record<string, string>>;

/** Gives the text to show for one translatable field (its English text, pointer and length limit). */
export type TextFor = (field: TextAt) => string;

function parsePointer(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A deep copy of `data` with each translatable text replaced by textFor's answer. */
export function replaceTexts(data: unknown, patterns: readonly TextPattern[], textFor: TextFor): unknown {
  const copy: unknown = structuredClone(data);
  for (const field of textsOf(copy, patterns)) {
    const segments = parsePointer(field.pointer);
    const last = segments.pop()!;
    let parent = copy as Record<string, unknown>;
    for (const segment of segments) parent = parent[segment] as Record<string, unknown>;
    parent[last] = textFor(field);
  }
  return copy;
}

/** Only real translations are used: an entry for a field that is not translatable is ignored. */
function fromTranslations(translations: TextTranslations): TextFor {
  return (field) => {
    const text = translations[field.pointer];
    return typeof text === 'string' && text.trim().length > 0 ? text : field.text;
  };
}

/** The level with its texts in the translation's language (missing entries stay in English). */
export function localizeLevel(level: unknown, translations: TextTranslations): unknown {
  return replaceTexts(level, LEVEL_TEXT_PATTERNS, fromTranslations(translations));
}

/** The campaign manifest with its title and chapter titles and summaries translated. */
export function localizeCampaign(campaign: unknown, translations: TextTranslations): unknown {
  return replaceTexts(campaign, CAMPAIGN_TEXT_PATTERNS, fromTranslations(translations));
}

/**
 * The level with every translatable text emptied: what the simulation and the rules read, the same in
 * every language. Compare or hash this (not the whole level) to ask "is this the same level?" across
 * languages: a run recorded on the Spanish page and checked on an English one.
 */
export function withoutLevelTexts(level: unknown): unknown {
  return replaceTexts(level, LEVEL_TEXT_PATTERNS, () => '');
}
