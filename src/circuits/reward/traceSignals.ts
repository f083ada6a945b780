/** What a reward circuit offers to level trace monitors: its value readout V and the TD error δ (rewardCircuit.ts signals). */
import type { CircuitTraceSignal } from '../plugin/circuitDefinition';
import { rewardSignalsName, Signal } from './rewardCircuit';

export const rewardTraceSignals = {
  value: { label: 'value V', unit: 'reward units', state: { name: rewardSignalsName, index: Signal.value } },
  delta: { label: 'reward-prediction error δ', unit: 'reward units per TD step', state: { name: rewardSignalsName, index: Signal.delta } },
} as const satisfies Record<string, CircuitTraceSignal>;
