/**
 * Trace monitors: signals of the behaving animal a level can record over time, by name, with the
 * circuit kind that has them, a human label and a unit. Each circuit's signals sit in its own entry;
 * a trace samples a registered state array of the circuit (every everyMs), or, for the bird's song,
 * one value per song frame as it is sung.
 */
import { rewardSignalsName, Signal } from '../../circuits/reward/rewardCircuit';
import type { SongSignal } from '../../circuits/songbird/songFrameProbe';

export interface TraceSignal {
  readonly circuitKind: 'cerebellum' | 'reward' | 'songbird';
  readonly label: string;
  readonly unit: string;
  /** A sampled state: the registered array (by circuit id) and the index in it. */
  readonly state?: { name: (circuitId: string) => string; index: number };
  /** Or one sample per song frame of this songbird command array. */
  readonly songFrame?: SongSignal;
}

export const TRACE_SIGNALS = {
  // Cerebellum (src/circuits/cerebellum/moveEyelid.ts).
  eyelid: { circuitKind: 'cerebellum', label: 'eyelid closure', unit: '0 open – 1 shut', state: { name: () => 'cerebellum.eyelid', index: 0 } },
  // Reward circuit (src/circuits/reward/rewardCircuit.ts).
  value: { circuitKind: 'reward', label: 'value V', unit: 'reward units', state: { name: rewardSignalsName, index: Signal.value } },
  delta: { circuitKind: 'reward', label: 'reward-prediction error δ', unit: 'reward units per TD step', state: { name: rewardSignalsName, index: Signal.delta } },
  // Songbird (src/circuits/songbird/singSong.ts): the syrinx commands, frame by frame.
  pitch: { circuitKind: 'songbird', label: 'song pitch per frame', unit: 'Hz', songFrame: 'pitchCommandHz' },
  loudness: { circuitKind: 'songbird', label: 'song loudness per frame', unit: '0 silent – 1 loudest', songFrame: 'amplitudeCommand' },
} as const satisfies Record<string, TraceSignal>;

export type TraceSignalName = keyof typeof TRACE_SIGNALS;
export const TRACE_SIGNAL_NAMES = Object.keys(TRACE_SIGNALS) as [TraceSignalName, ...TraceSignalName[]];
