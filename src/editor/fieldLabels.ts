/**
 * Human labels for schema fields: a field's key in words with the unit its name carries split off
 * ("tauMMs" → "Membrane time constant", ms; "amplitudePa" → "Amplitude", pA). Units in names are the
 * house rule, so this reads them back instead of keeping a table of every field; the few keys that
 * would read as ciphers are spelled out here (generic ones) or in the schema's `title` metadata.
 */

/** Unit suffixes of field names, longest first, and how the unit is written. */
const UNIT_SUFFIXES: readonly (readonly [string, string])[] = [
  ['MOhm', 'MΩ'], ['Hz', 'Hz'], ['Ms', 'ms'], ['Mv', 'mV'], ['Mm', 'mM'], ['Pa', 'pA'], ['Pf', 'pF'], ['Ns', 'nS'],
];

/** Words the labels keep in capitals. */
const ACRONYMS = new Set(['cs', 'us', 'isi', 'stdp', 'vta', 'id', 'cv', 'cr', 'wav', 'nmda', 'ltd', 'ltp', 'bpap', 'sd']);

/** Splits a key into its label and the unit its name carries (if any); a rate's "per" goes into the unit ("ratePerMs" → rate, 1/ms). */
export function splitUnit(key: string): { base: string; unit: string | undefined } {
  for (const [suffix, unit] of UNIT_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const base = key.slice(0, -suffix.length);
      return base.endsWith('Per') && base.length > 3 ? { base: base.slice(0, -3), unit: `1/${unit}` } : { base, unit };
    }
  }
  return { base: key, unit: undefined };
}

/** Keys (without their unit) whose words would be a cipher: the symbols of the models' equations. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  dt: 'Time step', id: 'ID', ms: 'Time', p: 'Probability', k: 'Connections per neuron',
  tauM: 'Membrane time constant', vRest: 'Resting potential', vThresh: 'Spike threshold', vReset: 'Reset potential',
  vPeak: 'Spike peak', initialV: 'Initial membrane potential', v: 'Membrane potential',
  tauExc: 'Excitatory decay', tauInh: 'Inhibitory decay', eExc: 'Excitatory reversal potential', eInh: 'Inhibitory reversal potential',
  a: 'Recovery time scale (a)', b: 'Recovery sensitivity (b)', c: 'Reset potential (c)', d: 'Recovery step (d)',
  aPlus: 'Potentiation step (A+)', aMinus: 'Depression step (A−)', tauPlus: 'Potentiation window (τ+)', tauMinus: 'Depression window (τ−)',
  wMax: 'Largest weight', wMin: 'Smallest weight', tauCa: 'Calcium decay', sd: 'Standard deviation', cv: 'Coefficient of variation',
  magnesium: 'Magnesium concentration', args: 'Measure settings',
};

/** "learningRateScale" → "Learning rate scale"; "isiMs" → "ISI". */
export function keyToWords(key: string): string {
  if (SPELLED_OUT[key] !== undefined) return SPELLED_OUT[key];
  const spaced = key
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  const words = spaced.split(/\s+/).map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Comparison symbols a choice offers, as a designer says them. */
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  '<': 'Less than', '<=': 'At most', '>': 'More than', '>=': 'At least', '=': 'Equal to', '!=': 'Not equal to',
};

/**
 * A choice's value as its option reads: a symbol in words ("≥" → "At least"), a name with the unit
 * it carries in parentheses ("populationRateHz" → "Population rate (Hz)"), else the name in words.
 */
export function valueToWords(value: string): string {
  if (SYMBOL_WORDS[value] !== undefined) return SYMBOL_WORDS[value];
  const { label, unit } = fieldLabel(value);
  return unit === undefined ? label : `${label} (${unit})`;
}

/** The label of a field and the unit its name implies. */
export function fieldLabel(key: string): { label: string; unit: string | undefined } {
  if (key === 'ms') return { label: SPELLED_OUT.ms, unit: 'ms' };
  const { base, unit } = splitUnit(key);
  return { label: keyToWords(base), unit };
}

/** Units that look like camelCase words in help text. */
const UNITS = new Set(['pA', 'nA', 'mV', 'mM', 'nS', 'pF', 'kHz', 'mS']);

/** Names of player commands in help text ("setIsiMs"): a verb first, so they are no field of the form. */
const COMMAND_NAME = /^(set|add|remove|toggle)[A-Z]/;

/** Whether the text at `offset` is inside parentheses (a name there gets no "(unit)" of its own). */
function insideParentheses(text: string, offset: number): boolean {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/**
 * One camelCase name of a help text in words. A field reads "Duration (ms)"; where its "(ms)" would
 * nest in or run into other parentheses ("(per tapMs)", "isiMs (and …)") it reads "Tap" alone, the
 * unit being on the field itself; a command name reads as a quoted name ("setIsiMs" → “Set ISI”),
 * not as a field label with a unit.
 */
function nameInWords(word: string, offset: number, text: string): string {
  if (UNITS.has(word)) return word;
  if (COMMAND_NAME.test(word)) return `“${keyToWords(splitUnit(word).base)}”`;
  const { label, unit } = fieldLabel(word);
  if (unit === undefined) return label;
  const runsIntoParenthesis = /^\s*\(/.test(text.slice(offset + word.length));
  return runsIntoParenthesis || insideParentheses(text, offset) ? label : `${label} (${unit})`;
}

/**
 * Help text with the schema's field names in words: "runs for durationMs" → "runs for Duration (ms)",
 * "a stimulus in stimuli[]" → "a stimulus in Stimuli", "populations[].type" → "Type (of Populations)".
 * Quoted values ("csAlone", an id a designer types) and dotted paths ("projections.ee.weight", what
 * a path field takes) stay as written. Parentheses never nest: see nameInWords.
 */
export function helpInWords(help: string): string {
  return help
    .replace(/(?<![\w"]|\w\.)([a-z][A-Za-z0-9]*)\[\]\.([a-z][A-Za-z0-9]*)(?![\w"(]|\.\w)/g, (_, list: string, field: string) => `${fieldLabel(field).label} (of ${keyToWords(list)})`)
    .replace(/(?<![\w"]|\w\.)([a-z][A-Za-z0-9]*)\[\](?![\w"]|\.\w)/g, (_, list: string) => keyToWords(list))
    .replace(/(?<![\w"'’]|\w\.)([a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)(?![\w"'(]|\.\w)/g, (word: string, _name: string, offset: number, text: string) => nameInWords(word, offset, text));
}
