/**
 * Trace monitors: signals of the behaving animal a level can record over time, by name, with the
 * circuit kind that has them, a human label and a unit. Each circuit defines its own signals in its
 * folder (traceSignals.ts); this joins them. A trace samples a registered state array of the circuit
 * (every everyMs), or, for the bird's song, one value per song frame as it is sung.
 */
import { CEREBELLUM_TRACE_SIGNALS } from '../../circuits/cerebellum/traceSignals';
import { REWARD_TRACE_SIGNALS } from '../../circuits/reward/traceSignals';
import { SONGBIRD_TRACE_SIGNALS } from '../../circuits/songbird/traceSignals';
import type { SongSignal } from '../../circuits/songbird/songFrameProbe';

export interface TraceSignal {
  readonly circuitKind: string;
  readonly label: string;
  readonly unit: string;
  /** A sampled state: the registered array (by circuit id) and the index in it. */
  readonly state?: { readonly name: (circuitId: string) => string; readonly index: number };
  /** Or one sample per song frame of this songbird command array. */
  readonly songFrame?: SongSignal;
}

type WithKind<K extends string, T> = { readonly [N in keyof T]: T[N] & { readonly circuitKind: K } };

function withKind<K extends string, T extends Record<string, Omit<TraceSignal, 'circuitKind'>>>(circuitKind: K, signals: T): WithKind<K, T> {
  return Object.fromEntries(Object.entries(signals).map(([name, signal]) => [name, { ...signal, circuitKind }])) as WithKind<K, T>;
}

export const TRACE_SIGNALS = {
  ...withKind('cerebellum', CEREBELLUM_TRACE_SIGNALS),
  ...withKind('reward', REWARD_TRACE_SIGNALS),
  ...withKind('songbird', SONGBIRD_TRACE_SIGNALS),
} satisfies Record<string, TraceSignal>;

export type TraceSignalName = keyof typeof TRACE_SIGNALS;
export const TRACE_SIGNAL_NAMES = Object.keys(TRACE_SIGNALS) as [TraceSignalName, ...TraceSignalName[]];
