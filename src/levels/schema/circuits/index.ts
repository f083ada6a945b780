/**
 * Circuit configs: one file per circuit, joined here into one union on `kind`. To add a circuit,
 * write src/levels/schema/circuits/<kind>.ts and add its schema to the list below (and an installer
 * in src/levels/spawn/circuits/index.ts, a checker in src/levels/checks/circuits/index.ts).
 */
import { z } from 'zod';
import { rewardCircuit } from './reward';
import { cerebellumCircuit } from './cerebellum';
import { songbirdCircuit } from './songbird';

export const circuitConfig = z.discriminatedUnion('kind', [
  rewardCircuit,
  cerebellumCircuit,
  songbirdCircuit,
]).meta({ id: 'CircuitConfig', description: 'A built-in circuit that adds its own systems, and the parts of the level it plays roles in.' });

export type CircuitConfig = z.output<typeof circuitConfig>;
export type CircuitKind = CircuitConfig['kind'];
/** The config of one kind of circuit. */
export type CircuitConfigOf<K extends CircuitKind> = Extract<CircuitConfig, { kind: K }>;

export { rewardCircuit, type RewardCircuitConfig } from './reward';
export { cerebellumCircuit, type CerebellumCircuitConfig } from './cerebellum';
export { songbirdCircuit, type SongbirdCircuitConfig } from './songbird';
