/**
 * The words circuits and the engine define for players (metric, population, action and trace names,
 * menu groups) are written in English next to the code they describe, each under a stable key. This
 * layer may not import the string files (src/i18n belongs to the page), so the page hands it a
 * translator once at boot (app/pageLocale.ts); until then, and in Node (CLI, tests, workers), every
 * label reads as its English. Labels never feed the simulation, so the hook cannot change a run.
 */

export type LabelParams = Readonly<Record<string, string | number>>;

/** key (e.g. "scene.circuit.<kind>.metric.<name>") + the English + its parameters → the text to show. */
export type LabelTranslator = (key: string, english: string, params?: LabelParams) => string;

const english: LabelTranslator = (_key, text) => text;

let translator: LabelTranslator = english;

/** The page's translator (null: back to English, for tests). */
export function setLabelTranslator(next: LabelTranslator | null): void {
  translator = next ?? english;
}

/** The label under `key` in the page's language; `englishText` is the English the code defines (already filled in). */
export function labelWord(key: string, englishText: string, params?: LabelParams): string {
  return translator(key, englishText, params);
}
