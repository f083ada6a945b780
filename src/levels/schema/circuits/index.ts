/**
 * Circuit configs: the config schema of every kind in src/circuits/registry.ts, joined into one
 * union on `kind`. To add a circuit, add its definition to the registry (nothing here changes).
 */
import { z } from 'zod';
import { circuitConfigSchemas } from '../../../circuits/registry';

export const circuitConfig = z.discriminatedUnion('kind', circuitConfigSchemas)
  .meta({ id: 'CircuitConfig', description: 'A built-in circuit that adds its own systems, and the parts of the level it plays roles in.' });

export type CircuitConfig = z.output<typeof circuitConfig>;
export type CircuitKind = CircuitConfig['kind'];
/** The config of one kind of circuit. */
export type CircuitConfigOf<K extends CircuitKind> = Extract<CircuitConfig, { kind: K }>;
