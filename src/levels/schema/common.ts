/**
 * The level schema's shared building blocks (ids, bounded numbers, weight and delay distributions).
 * They live with the circuit plug-in contract (src/circuits/plugin/schemaParts.ts) because circuit
 * definitions build their config schemas from them and circuits may import only sim and zod.
 */
export * from '../../circuits/plugin/schemaParts';
