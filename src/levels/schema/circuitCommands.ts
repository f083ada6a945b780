/**
 * Command types contributed by circuits (each definition's `commands` in src/circuits/<kind>/), plus
 * the shared `inactivate` command whose regions are every circuit's inactivationRegions. Kept apart
 * from commands.ts so the built-in set stays small and closed. `inactivate` takes the generic subset
 * and restore fields of the manipulations (manipulations.ts).
 */
import { z } from 'zod';
import { CIRCUIT_DEFINITIONS, circuitOwnCommandSchemas } from '../../circuits/registry';
import { restoreField, subsetField } from './manipulations';

const withRegions = CIRCUIT_DEFINITIONS.filter((d) => d.inactivationRegions !== undefined);
const regions = withRegions.map((d) => d.inactivationRegions!);

const inactivateCommand = z.strictObject({
  type: z.literal('inactivate').describe(`${withRegions.map((d) => d.title.replace(/^the /, '')).join(' or ').replace(/^./, (c) => c.toUpperCase())}: clamp a region's output (like a muscimol or TTX infusion).`),
  region: z.union(regions as [z.ZodEnum, ...z.ZodEnum[]]),
  neurons: subsetField,
  restore: restoreField,
}).describe('Inactivate a region (or a subset of it), or restore it.');

export const circuitCommandSchemas = [...circuitOwnCommandSchemas, inactivateCommand] as const;
