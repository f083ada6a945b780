/** What the eyeblink circuit offers to level trace monitors: the eyelid closure (moveEyelid.ts writes cerebellum.eyelid[0]). */
import type { CircuitTraceSignal } from '../plugin/circuitDefinition';

export const cerebellumTraceSignals = {
  eyelid: { label: 'eyelid closure', unit: '0 open – 1 shut', state: { name: (): string => 'cerebellum.eyelid', index: 0 } },
} as const satisfies Record<string, CircuitTraceSignal>;
