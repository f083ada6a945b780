/** What the songbird offers to level trace monitors: the syrinx commands, one sample per song frame as sung (songFrameProbe.ts). */
import type { CircuitTraceSignal } from '../plugin/circuitDefinition';
import { songFrameProbe } from './songFrameProbe';

export const songbirdTraceSignals = {
  pitch: {
    label: 'song pitch per frame', unit: 'Hz',
    probe: (world, name, capacityFor) => songFrameProbe(world, name, 'pitchCommandHz', capacityFor),
  },
  loudness: {
    label: 'song loudness per frame', unit: '0 silent – 1 loudest',
    probe: (world, name, capacityFor) => songFrameProbe(world, name, 'amplitudeCommand', capacityFor),
  },
} as const satisfies Record<string, CircuitTraceSignal>;
