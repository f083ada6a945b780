/**
 * Level errors: a path into the level (like `populations[2].count`, '' for the whole file) and a
 * reason. Zod issues are turned into short, specific messages that name the bad value. The message is
 * English (the CLI prints it); an error the page should word in the player's language also carries a
 * code and its parameters (LEVEL_ERROR_CODES), and the page words it from those (ui/open/problemWords.ts).
 */
import type { z } from 'zod';

/**
 * The codes of errors worded per language, with what their parameters hold. `got` is always given
 * as `gotKind` (nothing, null, number, string, boolean, array, object, other) plus `gotText` (the
 * number, the quoted string, true/false, or an array's length), so no English word travels in them.
 */
export const LEVEL_ERROR_CODES = [
  'required', // —
  'wrongType', // expected (a kind of EXPECTED_KINDS), got
  'wrongTypes', // expected (kinds joined by "|"), got
  'atMost', 'lessThan', 'atLeast', 'moreThan', // limit, got
  'tooManyItems', 'tooFewItems', 'tooManyChars', 'tooFewChars', // limit, length (−1: unknown)
  'badFormat', // got
  'mustBe', // value, got
  'oneOf', // values, got
  'requiredOneOf', // values
  'unknownField', // —
  'noMatch', // —
  'fileTooLarge', // length, limit
  'invalidJson', // line, column
  'notPlayerParameter', // — (a setting the level does not offer the player)
  'notFinite', // got
  'outsideRange', // min, max, got
  'indexOutsidePopulation', // index, population (its id), count
  'indexInBothGroups', // index, group (the field that lists it first)
  'fewerNeuronsThanChannels', // projection, population, count, channels
  'ruleNeedsExcitatory', // rule
  'cellSettingDiffers', // field, projection (the first onto the cells), population, value, got
  'metricNeedsCircuitSetting', // circuit, field, value (what the metric needs), got (what the circuit has)
  'networkWorkPerEpoch', // units (example-synapse units one epoch passes), limit
  'networkWorkPerMs', // everyMs (the epoch interval), units (per ms of level time), limit, minMs (the shortest interval that fits)
  'levelTooLargeForLink', // length, limit (characters)
  'recordingTooLargeForLink', // names (the files'), kilobytes (their total), length (characters it needs at least), limit
] as const;

export type LevelErrorCode = (typeof LEVEL_ERROR_CODES)[number];

/** The kinds of value a field may expect (wrongType's `expected`). */
export const EXPECTED_KINDS = ['number', 'int', 'string', 'object', 'array', 'boolean', 'tuple', 'literal'] as const;

/** The kinds of value an error can say it got (`gotKind`). */
export const GOT_KINDS = ['nothing', 'null', 'number', 'string', 'boolean', 'array', 'object', 'other'] as const;

export interface LevelError {
  /** Where the problem is, e.g. `projections[0].connect.p`; '' means the file as a whole. */
  path: string;
  /** Why, e.g. `must be ≤ 100000, got 1000000000` (English, for the CLI and logs). */
  message: string;
  /** What the page words in the player's language, when the error has a code. */
  code?: LevelErrorCode;
  params?: Readonly<Record<string, string | number>>;
}

/** A value as the codes' parameters carry it: its kind and its short text (the same text describeValue shows). */
export function gotParams(value: unknown): { gotKind: (typeof GOT_KINDS)[number]; gotText: string } {
  if (value === undefined) return { gotKind: 'nothing', gotText: '' };
  if (value === null) return { gotKind: 'null', gotText: 'null' };
  if (typeof value === 'number') return { gotKind: 'number', gotText: describeValue(value) };
  if (typeof value === 'string') return { gotKind: 'string', gotText: describeValue(value) };
  if (typeof value === 'boolean') return { gotKind: 'boolean', gotText: String(value) };
  if (Array.isArray(value)) return { gotKind: 'array', gotText: String(value.length) };
  if (typeof value === 'object') return { gotKind: 'object', gotText: '' };
  return { gotKind: 'other', gotText: typeof value };
}

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments as `a.b[2].c` (keys that are not identifiers as `["a-b"]`). */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

const PATH_SEGMENT = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][A-Za-z0-9_$]*)/y;

/** Reads a path written by formatPath back into its segments (`a.b[2]["c-d"]` → a, b, 2, c-d); undefined if it is not one. */
export function parsePath(path: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  PATH_SEGMENT.lastIndex = 0;
  while (PATH_SEGMENT.lastIndex < path.length) {
    const match = PATH_SEGMENT.exec(path);
    if (match === null) return undefined;
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(JSON.parse(match[2]) as string);
    else segments.push(match[3]);
  }
  return segments;
}

/** One line per error: `path: message` (or `(root): message`). */
export function formatLevelError(error: LevelError): string {
  return `${error.path === '' ? '(root)' : error.path}: ${error.message}`;
}

export function formatLevelErrors(errors: readonly LevelError[]): string {
  return errors.map(formatLevelError).join('\n');
}

/** A short, safe rendering of a value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const EXPECTED_TEXT: Record<string, string> = {
  number: 'a number', int: 'an integer', string: 'a string', object: 'an object', array: 'an array',
  boolean: 'true or false', tuple: 'an array', literal: 'a specific value',
};

function literalList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

type Issue = z.core.$ZodIssue;

/** A message that is a whole sentence (a schema's own explanation): capital first, full stop last. */
const WHOLE_SENTENCE = /^[A-Z].*[.!?]$/s;

/**
 * A format message and the value that broke it: a fragment takes ", got …" ("must be a letter …,
 * got "1x""); a whole sentence is kept whole and the value follows as its own sentence.
 */
export function withGotValue(message: string, input: unknown): string {
  if (!WHOLE_SENTENCE.test(message)) return `${message}, got ${describeValue(input)}`;
  const shown = input === '' ? 'empty' : `${describeValue(input)}`;
  return `${message} It is ${shown} now.`;
}

/** The code and parameters of a too_big / too_small issue (its English is sizeMessage). */
function sizeCode(issue: Issue & { code: 'too_big' | 'too_small' }, input: unknown): Pick<LevelError, 'code' | 'params'> {
  const big = issue.code === 'too_big';
  const limit = Number(big ? (issue as { maximum: number | bigint }).maximum : (issue as { minimum: number | bigint }).minimum);
  if (issue.origin === 'array' || issue.origin === 'string' || issue.origin === 'set') {
    const length = Array.isArray(input) || typeof input === 'string' ? input.length : -1;
    const code = issue.origin === 'string' ? (big ? 'tooManyChars' : 'tooFewChars') : (big ? 'tooManyItems' : 'tooFewItems');
    return { code, params: { limit, length } };
  }
  const inclusive = issue.inclusive !== false;
  const code = big ? (inclusive ? 'atMost' : 'lessThan') : (inclusive ? 'atLeast' : 'moreThan');
  return { code, params: { limit, ...gotParams(input) } };
}

function sizeMessage(issue: Issue & { code: 'too_big' | 'too_small' }, input: unknown): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? (issue as { maximum: number | bigint }).maximum : (issue as { minimum: number | bigint }).minimum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'array' || issue.origin === 'string' || issue.origin === 'set') {
    const length = Array.isArray(input) || typeof input === 'string' ? input.length : undefined;
    const unit = issue.origin === 'string' ? 'characters' : (limit === 1 ? 'item' : 'items');
    const got = length === undefined ? '' : `, got ${length}`;
    return `must have ${big ? 'at most' : 'at least'} ${limit} ${unit}${got}`;
  }
  const op = big ? (inclusive ? '≤' : '<') : (inclusive ? '≥' : '>');
  return `must be ${op} ${limit}, got ${describeValue(input)}`;
}

/** How good a union branch's explanation is: lower is better. */
function branchScore(issues: readonly Issue[]): number {
  let score = issues.length;
  for (const issue of issues) {
    if (issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'unrecognized_keys')) score += 100;
    if (issue.path.length === 1 && issue.code === 'invalid_type' && issue.input === undefined) score += 10;
  }
  return score;
}

function issueToErrors(issue: Issue, prefix: readonly PathSegment[], out: LevelError[]): void {
  const segments = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const path = formatPath(segments);
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) out.push({ path, message: 'is required', code: 'required', params: {} });
      else out.push({ path, message: `must be ${EXPECTED_TEXT[issue.expected] ?? issue.expected}, got ${describeValue(input)}`, code: 'wrongType', params: { expected: issue.expected, ...gotParams(input) } });
      return;
    }
    case 'too_big':
    case 'too_small':
      out.push({ path, message: sizeMessage(issue, input), ...sizeCode(issue, input) });
      return;
    case 'invalid_format':
      out.push({ path, message: withGotValue(issue.message, input), code: 'badFormat', params: gotParams(input) });
      return;
    case 'invalid_value':
      out.push({
        path,
        message: issue.values.length === 1
          ? `must be ${literalList(issue.values)}, got ${describeValue(input)}`
          : `must be one of ${literalList(issue.values)}, got ${describeValue(input)}`,
        code: issue.values.length === 1 ? 'mustBe' : 'oneOf',
        params: issue.values.length === 1 ? { value: literalList(issue.values), ...gotParams(input) } : { values: literalList(issue.values), ...gotParams(input) },
      });
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys) out.push({ path: formatPath([...segments, key]), message: 'unknown field', code: 'unknownField', params: {} });
      return;
    case 'invalid_union': {
      const withOptions = issue as Issue & { discriminator?: string; options?: unknown[] };
      if (withOptions.discriminator !== undefined) {
        const options = literalList(withOptions.options ?? []);
        const parent = input as Record<string, unknown> | undefined;
        const actual = parent && typeof parent === 'object' ? parent[withOptions.discriminator] : undefined;
        out.push({
          path,
          message: actual === undefined ? `is required (one of ${options})` : `must be one of ${options}, got ${describeValue(actual)}`,
          ...(actual === undefined ? { code: 'requiredOneOf', params: { values: options } } : { code: 'oneOf', params: { values: options, ...gotParams(actual) } }),
        });
        return;
      }
      const branches = issue.errors;
      const allRootTypeErrors = branches.length > 0 && branches.every((b) => b.length === 1 && b[0].path.length === 0 && b[0].code === 'invalid_type');
      if (allRootTypeErrors) {
        const expected = branches.map((b) => {
          const first = b[0] as Issue & { expected?: string };
          return EXPECTED_TEXT[first.expected ?? ''] ?? String(first.expected);
        });
        const unique = [...new Set(expected)];
        const kinds = [...new Set(branches.map((b) => String((b[0] as Issue & { expected?: string }).expected)))];
        out.push({ path, message: `must be ${unique.join(' or ')}, got ${describeValue(input)}`, code: 'wrongTypes', params: { expected: kinds.join('|'), ...gotParams(input) } });
        return;
      }
      let best: readonly Issue[] | undefined;
      for (const branch of branches) if (best === undefined || branchScore(branch) < branchScore(best)) best = branch;
      if (best === undefined || best.length === 0) { out.push({ path, message: 'does not match any allowed form', code: 'noMatch', params: {} }); return; }
      for (const inner of best) issueToErrors(inner, segments, out);
      return;
    }
    default:
      out.push({ path, message: issue.message });
  }
}

/** Converts zod issues (parsed with reportInput: true) to level errors. */
export function zodIssuesToErrors(issues: readonly Issue[]): LevelError[] {
  const out: LevelError[] = [];
  for (const issue of issues) issueToErrors(issue, [], out);
  return out;
}
