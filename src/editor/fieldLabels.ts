/**
 * Human labels for schema fields: a field's key in words with the unit its name carries split off
 * ("tauMMs" → "Tau m", ms; "amplitudePa" → "Amplitude", pA). Units in names are the house rule, so
 * this reads them back instead of keeping a table of every field.
 */

/** Unit suffixes of field names, longest first, and how the unit is written. */
const UNIT_SUFFIXES: readonly (readonly [string, string])[] = [
  ['MOhm', 'MΩ'], ['Hz', 'Hz'], ['Ms', 'ms'], ['Mv', 'mV'], ['Pa', 'pA'], ['Pf', 'pF'], ['Ns', 'nS'],
];

/** Words the labels keep in capitals. */
const ACRONYMS = new Set(['cs', 'us', 'isi', 'stdp', 'vta', 'id', 'cv', 'cr', 'wav']);

/** Splits a key into its label and the unit its name carries (if any). */
export function splitUnit(key: string): { base: string; unit: string | undefined } {
  for (const [suffix, unit] of UNIT_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) return { base: key.slice(0, -suffix.length), unit };
  }
  return { base: key, unit: undefined };
}

/** Keys whose words would be a cipher. */
const SPELLED_OUT: Readonly<Record<string, string>> = { dt: 'Time step', id: 'ID' };

/** "learningRateScale" → "Learning rate scale"; "isiMs" → "ISI". */
export function keyToWords(key: string): string {
  if (SPELLED_OUT[key] !== undefined) return SPELLED_OUT[key];
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  const words = spaced.split(/\s+/).map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The label of a field and the unit its name implies. */
export function fieldLabel(key: string): { label: string; unit: string | undefined } {
  const { base, unit } = splitUnit(key);
  return { label: keyToWords(base), unit };
}
