/** Level metrics of the cortical map: its readout (mapCircuit.ts MapReadout), at the end of the span. */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { registeredSlot, type CircuitMetric } from '../plugin/circuitDefinition';
import { MapReadout, mapReadoutName } from './mapCircuit';

const circuit = id('Id of a cortical map in circuits[].').default('map');
const readoutOf = registeredSlot(mapReadoutName, 'map');

export const mapMetrics = {
  mapRecruited: {
    display: { label: 'Territory taken over', unit: '' },
    args: z.strictObject({ circuit }).describe('Cortical map: the fraction (0-1) of the units that preferred a silenced input group before the loss that now respond best to a group that still sends input (0 before any loss).'),
    measure: readoutOf(MapReadout.recruited),
  },
  mapRecruitedByNeighbours: {
    display: { label: 'Territory taken by neighbours', unit: '' },
    args: z.strictObject({ circuit }).describe('Cortical map: the fraction (0-1) of a silenced group\'s former units that now respond best to a group next to it in the inputs list (a neighbouring digit).'),
    measure: readoutOf(MapReadout.byNeighbours),
  },
  mapOrder: {
    display: { label: 'Map order', unit: '' },
    args: z.strictObject({ circuit }).describe('Cortical map: the fraction (0-1) of neighbouring responsive units whose preferred groups follow the inputs\' order (1: the map is ordered along the sheet).'),
    measure: readoutOf(MapReadout.monotonic),
  },
  mapExtraPatches: {
    display: { label: 'Interleaved patches', unit: '', integer: true },
    args: z.strictObject({ circuit }).describe('Cortical map: patches beyond one per input group along the sheet (0: each group holds one unbroken stretch, no interleaving).'),
    measure: readoutOf(MapReadout.extraPatches),
  },
} as const satisfies Record<string, CircuitMetric>;
