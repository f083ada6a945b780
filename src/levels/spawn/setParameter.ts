/**
 * The 'setParameter' engine command for levels: { type: 'setParameter', path, value } with the
 * level's parameter paths. Only parameters that map onto registered state can change while the
 * world runs (others are rejected with a reason, and need a restart of the level):
 *   stimuli.<id>.amplitudePa | sdPa | weight | amount  → the stimulus gain (value / level value)
 *   neuronTypes.<id>.a | b | c | d                     → each neuron of that type moves by the change
 *   neuronTypes.<id>.rateHz                            → rate of every neuron of that Poisson type
 *   projections.<id>.weight (a number)                 → every weight scaled by value / current
 *   circuits.<id>.<field>                              → the circuit's command for a live field
 *                                                        (CircuitDefinition.liveParameters)
 * Bound paths are the level's player parameters and the setParameter commands of its timeline;
 * their current values live in the registered array 'level.parameters'.
 */
import { commandHandler, defineCommand, stateKey, type CommandHandler } from '../../sim';
import { circuitDefinitionOf } from '../../circuits/registry';
import type { SimWorld } from '../../sim/world/world';
import { lookupNumber, lookupPath } from '../paths';
import type { Level } from '../schema/level';


interface Binding {
  readonly path: string;
  readonly initial: number;
  apply(world: SimWorld, previous: number, value: number): string | void;
}

interface ParameterTable {
  readonly bindings: Map<string, number>;
  readonly list: Binding[];
  readonly values: Float64Array;
}

const LEVEL_PARAMETERS = stateKey<ParameterTable>('levelParameters');

const GAIN_FIELDS = new Set(['amplitudePa', 'sdPa', 'weight', 'amount']);

function bind(level: Level, path: string): Binding | undefined {
  const found = lookupNumber(level, path);
  if (!found.ok) return undefined;
  const initial = found.value;
  const [root, id, field, ...rest] = path.split('.');
  if (rest.length > 0) return undefined;
  if (root === 'stimuli' && GAIN_FIELDS.has(field)) {
    return {
      path, initial,
      apply(world, _previous, value) {
        const index = world.stimuli.list.findIndex((s) => s.spec.name === id);
        if (index < 0) return `unknown stimulus "${id}"`;
        if (initial === 0) return `${path} is 0 in the level, so it cannot be scaled`;
        world.stimuli.gain[index] = value / initial;
      },
    };
  }
  if (root === 'neuronTypes' && ['a', 'b', 'c', 'd', 'rateHz'].includes(field)) {
    return {
      path, initial,
      apply(world, previous, value) {
        const type = world.neuronTypes.byName(id);
        if (!type) return `unknown neuron type "${id}"`;
        const column = world.neurons[field as 'a' | 'b' | 'c' | 'd' | 'rateHz'];
        for (const population of world.populations) {
          if (population.typeId !== type.id) continue;
          for (let eid = population.firstEid; eid < population.firstEid + population.count; eid++) {
            column[eid] = field === 'rateHz' ? value : column[eid] + (value - previous);
          }
        }
      },
    };
  }
  if (root === 'circuits') {
    const config = lookupPath(level, `circuits.${id}`);
    const command = config.ok ? circuitDefinitionOf((config.value as Level['circuits'][number]).kind).liveParameters?.[field] : undefined;
    if (command === undefined) return undefined;
    return {
      path, initial,
      apply(world, _previous, value) {
        const handler = commandHandler(world, command);
        if (!handler) return `the circuit's command "${command}" is not installed`;
        return handler(world, { type: command, value });
      },
    };
  }
  if (root === 'projections' && field === 'weight') {
    return {
      path, initial,
      apply(world, previous, value) {
        const projection = world.projections.find((p) => p.name === id);
        if (!projection) return `unknown projection "${id}"`;
        if (previous === 0) return `${path} is 0, so the weights cannot be scaled`;
        const scale = value / previous;
        for (let s = projection.firstSynapse; s < projection.firstSynapse + projection.count; s++) world.synapses.weight[s] *= scale;
      },
    };
  }
  return undefined;
}

/** Registers the level's adjustable parameters and the setParameter command in a fresh world (before its first tick). */
export function installLevelParameters(world: SimWorld, level: Level, paths: readonly string[]): void {
  const list: Binding[] = [];
  const bindings = new Map<string, number>();
  for (const path of paths) {
    if (bindings.has(path)) continue;
    const binding = bind(level, path);
    if (!binding) continue;
    bindings.set(path, list.length);
    list.push(binding);
  }
  const values = world.registry.register('level.parameters', Float64Array.from(list.map((b) => b.initial)));
  world.state.set(LEVEL_PARAMETERS, { bindings, list, values } satisfies ParameterTable);
  defineCommand(world, 'setParameter', setParameter);
}

/** Rejects paths the level did not bind (they need a restart), applies the others. */
const setParameter: CommandHandler = (world, command) => {
  const table = world.state.get(LEVEL_PARAMETERS);
  const path = typeof command.path === 'string' ? command.path : '';
  const value = command.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'value must be a finite number';
  const slot = table?.bindings.get(path);
  if (table === undefined || slot === undefined) return `"${path}" cannot be changed while the level runs (restart the level to apply it)`;
  const reason = table.list[slot].apply(world, table.values[slot], value);
  if (typeof reason === 'string') return reason;
  table.values[slot] = value;
};
