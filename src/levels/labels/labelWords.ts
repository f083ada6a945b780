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

/** value + its English digits ("7.2", "1.2e-4") → the digits in the page's language ("7,2"). */
export type LabelNumberFormat = (value: number, englishDigits: string) => string;

const englishDigits: LabelNumberFormat = (_value, digits) => digits;

let numberFormat: LabelNumberFormat = englishDigits;

/** The page's number format (null: back to English digits, for tests). */
export function setLabelNumberFormat(next: LabelNumberFormat | null): void {
  numberFormat = next ?? englishDigits;
}

/** A number already rounded for the player (`englishDigits` is how English writes it), in the page's language. */
export function labelNumber(value: number, englishText: string = String(value)): string {
  return numberFormat(value, englishText);
}
