/**
 * The level: the one schema that gives the TypeScript types (z.infer), runtime validation and
 * levels/level.schema.json. Cross-references (ids, sizes, paths) are checked after parsing by
 * src/levels/checks, because JSON Schema cannot express them.
 */
import { z } from 'zod';
import { id, int, num, text, MAX_DURATION_MS } from './common';
import { neuronType } from './neuronTypes';
import { population } from './populations';
import { projection } from './projections';
import { modulator } from './modulators';
import { stimulus } from './stimuli';
import { timeline } from './timeline';
import { playerParameter } from './playerParameters';
import { playerCommand } from './playerCommands';
import { objective } from './objectives';
import { measure } from './measures';
import { monitor } from './monitors';
import { lesson } from './lesson';
import { rewardContingency } from './contingencies';
import { circuitConfig } from './circuits';
import { CIRCUITS } from '../../circuits/registry';

/** The schema version this build writes and reads natively. */
export const CURRENT_SCHEMA_VERSION = 3;

export const levelSchema = z.strictObject({
  $schema: z.string().max(500).optional().describe('Path or URL of level.schema.json, for editors.'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION).describe('Version of the level format. Older files are migrated on load.'),
  id: id('Id of the level.'),
  title: text(200, 'Title shown to the player.').regex(/\S/, 'A level needs a title: the level menu and the player see it.'),
  description: text(2000, 'One-paragraph summary for level lists.').optional(),
  seed: int(0, 4_294_967_295, 'Seed (uint32) from which every random stream of the run is derived.'),
  dtMs: num(0.01, 10, 'Simulation time step in ms.'),
  durationMs: z.number().gt(0).max(MAX_DURATION_MS).describe('Run length in ms when there is no timeline.'),
  circuits: z.array(circuitConfig).max(8).default([]).describe(`Built-in circuits (${CIRCUITS.map((d) => d.kind).join(', ')}) that add their own systems.`),
  neuronTypes: z.array(neuronType).max(100).describe('Neuron models and their parameters (a circuit may bring its own).'),
  populations: z.array(population).max(200).describe('Groups of neurons (a circuit may bring its own).'),
  projections: z.array(projection).max(1000).default([]).describe('Synapses between populations.'),
  modulators: z.array(modulator).max(16).default([]).describe('Neuromodulator pools.'),
  stimuli: z.array(stimulus).max(500).default([]).describe('External inputs.'),
  timeline: timeline.optional(),
  rewardContingencies: z.array(rewardContingency).max(100).default([]).describe('Reward rules the engine applies every tick (e.g. distal reward).'),
  playerParameters: z.array(playerParameter).max(100).default([]).describe('What the player may change.'),
  playerCommands: z.array(playerCommand).max(32).default([]).describe('Experiment buttons and switches offered to the player (lesions, clamps, rewards).'),
  objectives: z.array(objective).max(100).default([]).describe('Goals.'),
  measures: z.array(measure).max(100).default([]).describe('Quantities recorded per trial and over a span, without a goal.'),
  monitors: z.array(monitor).max(200).default([]).describe('Recordings.'),
  lesson: lesson.optional(),
}).describe('A Synaptica level (schema version 1).');

/** A validated level, with defaults filled in. */
export type Level = z.output<typeof levelSchema>;
/** A level as written in a file (defaults may be omitted). */
export type LevelInput = z.input<typeof levelSchema>;

/** The JSON Schema for level files, generated from levelSchema. */
export function levelJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(levelSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: 'https://synaptica.invalid/level.schema.json', title: 'Synaptica level', ...rest };
}
