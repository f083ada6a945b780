/**
 * What a circuit definition receives from the level loader, as structural interfaces: the circuit
 * layer may not import src/levels, so the contract says only what a definition reads (the loader's
 * CheckContext and SpawnContext satisfy these shapes). A definition reports problems with a field
 * path (`['circuits', 0, 'tutor', 'wav']`) and never throws for bad input.
 */

/** One step of a field path: an object key or an array index. */
export type PathSegment = string | number;

/** The parts of a parsed level that circuits' reference checks read. */
export interface CircuitLevelView {
  /** The level's time step (ms): circuits that step their own units check their time constants against it. */
  readonly dtMs: number;
  readonly circuits: ReadonlyArray<{ readonly kind: string }>;
  readonly populations: ReadonlyArray<{ readonly id: string }>;
  readonly projections: ReadonlyArray<{
    readonly id: string;
    readonly from: string;
    readonly to: string;
    readonly receptor: string;
    readonly plasticity: { readonly rule: string };
  }>;
  readonly modulators: ReadonlyArray<{
    readonly id: string;
    readonly kind: string;
    readonly sources?: readonly string[];
    readonly releasePerSpike?: number;
  }>;
  readonly stimuli: ReadonlyArray<{ readonly id: string }>;
  readonly timeline?: {
    readonly sessions: ReadonlyArray<{ readonly phases: ReadonlyArray<{ readonly id: string; readonly trialMs: number; readonly intertrialMs: number; readonly trialTypes: readonly CircuitTrialTypeView[] }> }>;
  };
}

/** A trial type of the level's timeline as circuits read it: which stimuli its events target, and when. */
export interface CircuitTrialTypeView {
  readonly events: ReadonlyArray<{ readonly id?: string; readonly target?: string; readonly at: { readonly after?: string; readonly ms?: number } }>;
}

/**
 * A check's reason as one of the loader's error codes (src/levels/errors.ts LEVEL_ERROR_CODES), so the
 * page words it in the player's language; the English message travels beside it. Circuits use these
 * few; `got` is given as gotKind and gotText (gotNumber). A limit that is another field's value names
 * it in `limitField` (a sibling field's key), so the page can say which. The network-work codes are
 * for a network trained between steps whose size would stall the page.
 */
export interface CircuitCodedReason {
  readonly code: 'atMost' | 'lessThan' | 'atLeast' | 'moreThan' | 'mustBe' | 'networkWorkPerEpoch' | 'networkWorkPerMs';
  readonly params: Readonly<Record<string, string | number>>;
}

/** A number as a coded reason's `got` (the loader's gotParams for a number). */
export function gotNumber(value: number): { gotKind: 'number'; gotText: string } {
  return { gotKind: 'number', gotText: Object.is(value, -0) ? '0' : String(value) };
}

/** A problem sink with field paths (both contexts have one); `coded` lets the page word it in the player's language. */
export interface ReportsProblems {
  report(path: readonly PathSegment[], message: string, coded?: CircuitCodedReason): void;
}

/** What reference checks read: the level and the names it can refer to (its own plus its circuits'). */
export interface CircuitCheckContext extends ReportsProblems {
  readonly level: CircuitLevelView;
  readonly populations: ReadonlyMap<string, { readonly count: number }>;
  readonly projections: ReadonlySet<string>;
  readonly modulators: ReadonlySet<string>;
  readonly stimuli: ReadonlySet<string>;
  readonly phases: ReadonlySet<string>;
}

/** What spawning reads: the files the level refers to (see CircuitDefinition.assets), by path. */
export interface CircuitSpawnContext extends ReportsProblems {
  readonly assets: ReadonlyMap<string, Uint8Array>;
}

/** Reports when `id` is not one of `known` (listing a few of them to help); true when it is known. */
export function checkRef(
  ctx: ReportsProblems, path: readonly PathSegment[], id: string,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>, what: string,
): boolean {
  if (known.has(id)) return true;
  const names = [...known.keys()].slice(0, 8).map((n) => `"${n}"`);
  ctx.report(path, `unknown ${what} "${id}"${names.length > 0 ? ` (known: ${names.join(', ')})` : ` (the level has no ${what}s)`}`);
  return false;
}
