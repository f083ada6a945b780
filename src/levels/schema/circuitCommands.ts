/**
 * Command types contributed by circuits (each definition's `commands` in src/circuits/<kind>/), plus
 * the shared `inactivate` command whose regions are every circuit's inactivationRegions. Kept apart
 * from commands.ts so the built-in set stays small and closed.
 */
import { z } from 'zod';
import { CIRCUIT_DEFINITIONS, circuitOwnCommandSchemas } from '../../circuits/registry';

const withRegions = CIRCUIT_DEFINITIONS.filter((d) => d.inactivationRegions !== undefined);
const regions = withRegions.map((d) => d.inactivationRegions!);

const inactivateCommand = z.strictObject({
  type: z.literal('inactivate').describe(`${withRegions.map((d) => d.title.replace(/^the /, '')).join(' or ').replace(/^./, (c) => c.toUpperCase())}: clamp a region's output (like a muscimol or TTX infusion).`),
  region: z.union(regions as [z.ZodEnum, ...z.ZodEnum[]]),
  restore: z.boolean().optional().describe('true: end the inactivation.'),
}).describe('Inactivate a region.');

export const circuitCommandSchemas = [...circuitOwnCommandSchemas, inactivateCommand] as const;
