/**
 * The circuit plug-in registries: src/circuits/registry.ts (levels side) and
 * src/render/scenes/sceneRegistry.ts (browser side). Every kind must bring every part — a config
 * schema on its kind, checks, spawn, the names it provides (which must be what its spawn builds),
 * a synapse estimate equal to the synapses its spawn builds,
 * a handler in the spawned world for every command type it adds, metrics that compile there, a
 * catalog group the menu shows, a folder with its definition and a scene entry — and no two kinds
 * may claim the same command type or metric name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CIRCUIT_DEFINITIONS as definitions } from '../../src/circuits/registry';
import { loadLevel, spawnLevel } from '../../src/levels';
import { readLevelAssets } from '../../src/cli/readLevelAssets';
import type { Level } from '../../src/levels/schema/level';
import { command } from '../../src/levels/schema/commands';
import { metricArgs } from '../../src/levels/schema/metrics';
import { compileMeasure } from '../../src/sim/timeline';
import { LEVEL_GROUPS, groupOf } from '../../src/app/levelCatalog';

// The scenes draw with pixi, which needs a browser; their factories are only called here for a level
// they do not draw (they return null before touching pixi), so any class will do.
vi.mock('pixi.js', () => new Proxy({}, { get: (_target, name) => (name === 'then' ? undefined : class {}) }));

const LEVEL_DIR = new URL('../../levels/', import.meta.url);

/** Every built-in level file's data, by file name. */
const levelFiles = readdirSync(LEVEL_DIR)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json') && name !== 'campaign.json')
  .map((name) => ({ name, data: JSON.parse(readFileSync(new URL(name, LEVEL_DIR), 'utf8')) as { circuits?: Array<{ kind?: string }> } }));

function builtInLevelWith(kind: string): { name: string; level: Level } {
  const file = levelFiles.find((f) => (f.data.circuits ?? []).some((c) => c.kind === kind));
  if (!file) throw new Error(`no built-in level uses the circuit kind "${kind}"`);
  const loaded = loadLevel(file.data);
  if (!loaded.ok) throw new Error(`${file.name}: ${JSON.stringify(loaded.errors)}`);
  return { name: file.name, level: loaded.level };
}

function assetsOf(name: string, level: Level): Map<string, Uint8Array> {
  const read = readLevelAssets(level, fileURLToPath(new URL(name, LEVEL_DIR)));
  if (read.errors.length > 0) throw new Error(`${name}: ${JSON.stringify(read.errors)}`);
  return read.assets;
}

describe('the circuit registry', () => {
  it('lists each kind once, each in its own folder with a definition.ts', () => {
    const kinds = definitions.map((d) => d.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const kind of kinds) {
      expect(existsSync(new URL(`../../src/circuits/${kind}/definition.ts`, import.meta.url)), `src/circuits/${kind}/definition.ts`).toBe(true);
    }
  });

  it('gives no two kinds (nor a kind and the engine) the same command type or metric name', () => {
    const circuitTypes = definitions.flatMap((d) => d.commands.map((c) => c.shape.type.value));
    expect(new Set(circuitTypes).size).toBe(circuitTypes.length);
    const allTypes = command.options.map((o) => (o as unknown as { shape: { type: { value: string } } }).shape.type.value);
    expect(new Set(allTypes).size).toBe(allTypes.length);
    for (const type of circuitTypes) expect(allTypes).toContain(type);
    const circuitMetrics = definitions.flatMap((d) => Object.keys(d.metrics));
    expect(new Set(circuitMetrics).size).toBe(circuitMetrics.length);
    for (const name of circuitMetrics) expect(Object.keys(metricArgs)).toContain(name);
  });

  for (const definition of definitions) {
    describe(definition.kind, () => {
      it('has a config schema on its kind with a defaulted id, a title and a catalog group the menu shows', () => {
        const shape = definition.schema.shape as Record<string, z.ZodType>;
        expect(shape.kind).toBeInstanceOf(z.ZodLiteral);
        expect((shape.kind as z.ZodLiteral<string>).value).toBe(definition.kind);
        expect(shape.id).toBeInstanceOf(z.ZodDefault);
        expect(definition.schema.description ?? '').not.toBe('');
        expect(definition.title).toMatch(/^the /);
        expect(LEVEL_GROUPS).toContain(definition.catalogGroup);
        expect(groupOf({ circuits: [{ kind: definition.kind }] })).toBe(definition.catalogGroup);
      });

      it('has checks, spawn and provided names, and command and metric schemas with help text', () => {
        expect(typeof definition.check).toBe('function');
        expect(typeof definition.install).toBe('function');
        expect(typeof definition.provides).toBe('function');
        if (definition.prepare !== undefined) expect(typeof definition.prepare).toBe('function');
        for (const schema of definition.commands) {
          expect(schema.shape.type).toBeInstanceOf(z.ZodLiteral);
          expect(schema.description ?? '').not.toBe('');
        }
        for (const [name, metric] of Object.entries(definition.metrics)) {
          expect(metric.args, name).toBeInstanceOf(z.ZodObject);
          expect(metric.args.description ?? '', name).not.toBe('');
          expect(typeof metric.measure, name).toBe('function');
        }
      });

      it('spawns in a built-in level with the names it provides, handlers for its commands, and metrics that compile there', () => {
        const { name, level } = builtInLevelWith(definition.kind);
        const spawned = spawnLevel(level, { assets: assetsOf(name, level) });
        if (!spawned.ok) throw new Error(`${name}: ${JSON.stringify(spawned.errors)}`);
        const { world } = spawned;
        const config = level.circuits.find((c) => c.kind === definition.kind)!;
        const provided = definition.provides(config);
        for (const p of provided.populations) {
          const built = world.populations.find((q) => q.name === p.id);
          expect(built?.count, `population ${p.id}`).toBe(p.count);
        }
        for (const id of provided.projections) expect(world.projections.some((q) => q.name === id), `projection ${id}`).toBe(true);
        // Its synapse estimate (counted toward the level's synapse limit) is what its projections built.
        const builtSynapses = world.projections.filter((q) => provided.projections.includes(q.name)).reduce((sum, q) => sum + q.count, 0);
        expect(definition.synapseEstimate(config), 'synapseEstimate').toBe(builtSynapses);
        for (const id of provided.stimuli) expect(world.stimuli.list.some((s) => s.spec.name === id), `stimulus ${id}`).toBe(true);
        for (const id of provided.modulators) expect(world.modulators.names.includes(id), `modulator ${id}`).toBe(true);
        // Every command type it adds to the format has a handler in the world it spawned (and so does inactivate, if it has regions).
        const accepted = world.commandHandlers.types();
        for (const schema of definition.commands) expect(accepted, schema.shape.type.value).toContain(schema.shape.type.value);
        if (definition.inactivationRegions) expect(accepted).toContain('inactivate');
        let compiled = 0;
        for (const [metricName, metric] of Object.entries(definition.metrics)) {
          const shape = metric.args.shape as Record<string, z.ZodType>;
          // Fill the args a metric needs: the circuit's own id, the first syllable / index.
          const raw: Record<string, unknown> = 'circuit' in shape ? { circuit: config.id } : {};
          for (const [key, field] of Object.entries(shape)) if (!(key in raw) && !field.safeParse(undefined).success) raw[key] = 0;
          const args = metric.args.parse(raw) as Record<string, unknown>;
          expect(() => compileMeasure(world, metric.measure(args)), metricName).not.toThrow();
          compiled++;
        }
        expect(compiled).toBe(Object.keys(definition.metrics).length);
      });
    });
  }
});

describe('the scene registry', () => {
  it('has one entry per kind, each with a name and a factory that draws only its own levels', async () => {
    const { SCENES } = await import('../../src/render/scenes/sceneRegistry');
    expect(Object.keys(SCENES).sort()).toEqual(definitions.map((d) => d.kind).sort());
    const plain = loadLevel(JSON.parse(readFileSync(new URL('izhikevich-2003.json', LEVEL_DIR), 'utf8')));
    if (!plain.ok) throw new Error('izhikevich-2003 does not load');
    const spawned = spawnLevel(plain.level);
    if (!spawned.ok) throw new Error('izhikevich-2003 does not spawn');
    for (const [kind, entry] of Object.entries(SCENES)) {
      expect(entry.name, kind).toMatch(/^[a-z]+$/);
      expect(existsSync(new URL(`../../src/render/scenes/${entry.name}/`, import.meta.url)), `src/render/scenes/${entry.name}/`).toBe(true);
      expect(entry.create(plain.level, spawned.world), kind).toBeNull();
    }
  });
});
