/**
 * The 'setParameter' engine command for levels: { type: 'setParameter', path, value } with the
 * level's parameter paths. Only the live parameters (src/levels/liveParameters.ts: stimulus gains,
 * neuron type constants, projection weights, circuits' live fields) change while the world runs;
 * others are rejected (code 'notLive') and need a restart of the level; a live learning rate outside
 * the range its rule allows is rejected (code 'outsideRange'). A stimulus gain is value /
 * level value, a, b, c, d move each neuron by the change, rateHz sets the rate, a weight is scaled.
 * Bound paths are the level's player parameters and the setParameter commands of its timeline;
 * their current values live in the registered array 'level.parameters'.
 */
import { commandHandler, defineCommand, reject, stateKey, type CommandHandler, type CommandRejection } from '../../sim';
import type { SimWorld } from '../../sim/world/world';
import { liveParameter } from '../liveParameters';
import { learningRateStateName } from '../../sim/plasticity/applyNormalizedHebbian';
import { proteinSynthesisStateName, tagTriggerBaseWeightName } from '../../sim/plasticity/applyTagTrigger';
import type { Level } from '../schema/level';

interface Binding {
  readonly path: string;
  readonly initial: number;
  apply(world: SimWorld, previous: number, value: number): CommandRejection | void;
}

interface ParameterTable {
  readonly bindings: Map<string, number>;
  readonly list: Binding[];
  readonly values: Float64Array;
}

const LEVEL_PARAMETERS = stateKey<ParameterTable>('levelParameters');

function bind(level: Level, path: string): Binding | undefined {
  const live = liveParameter(level, path);
  if (live === undefined) return undefined;
  const { initial } = live;
  switch (live.kind) {
    case 'stimulusGain': return {
      path, initial,
      apply(world, _previous, value) {
        const index = world.stimuli.list.findIndex((s) => s.spec.name === live.id);
        if (index < 0) return reject('unknownStimulus', { name: live.id });
        if (initial === 0) return reject('zeroInLevel', { parameter: path });
        world.stimuli.gain[index] = value / initial;
      },
    };
    case 'neuronType': return {
      path, initial,
      apply(world, previous, value) {
        const type = world.neuronTypes.byName(live.id);
        if (!type) return reject('unknownNeuronType', { name: live.id });
        const column = world.neurons[live.field];
        for (const population of world.populations) {
          if (population.typeId !== type.id) continue;
          for (let eid = population.firstEid; eid < population.firstEid + population.count; eid++) {
            column[eid] = live.field === 'rateHz' ? value : column[eid] + (value - previous);
          }
        }
      },
    };
    case 'circuitCommand': return {
      path, initial,
      apply(world, _previous, value) {
        const handler = commandHandler(world, live.command);
        if (!handler) return reject('circuitCommandMissing', { command: live.command });
        return handler(world, { type: live.command, value });
      },
    };
    case 'learningRate': return {
      path, initial,
      apply(world, _previous, value) {
        const rate = world.registry.get(learningRateStateName(live.id));
        if (!rate) return reject('noLiveLearningRate', { name: live.id });
        if (value < live.min || value > live.max) return reject('outsideRange', { parameter: path, min: live.min, max: live.max, got: value });
        rate[0] = value;
      },
    };
    case 'proteinSynthesis': return {
      path, initial,
      apply(world, _previous, value) {
        const synthesis = world.registry.get(proteinSynthesisStateName(live.population));
        if (!synthesis) return reject('unknownPopulation', { name: live.population });
        // A capacity: 1 normal, 0 fully blocked. Refused outside, as the loader refuses it in a timeline.
        if (value < 0 || value > 1) return reject('outsideRange', { parameter: path, min: 0, max: 1, got: value });
        synthesis[0] = value;
      },
    };
    case 'projectionWeight': return {
      path, initial,
      apply(world, previous, value) {
        const projection = world.projections.find((p) => p.name === live.id);
        if (!projection) return reject('unknownProjection', { name: live.id });
        if (previous === 0) return reject('zeroWeights', { parameter: path });
        const scale = value / previous;
        for (let s = projection.firstSynapse; s < projection.firstSynapse + projection.count; s++) world.synapses.weight[s] *= scale;
        // A rule that recomputes weights from their starting values (tagTrigger) keeps those scaled too.
        const base = world.registry.get(tagTriggerBaseWeightName(live.id));
        if (base) for (let i = 0; i < base.length; i++) base[i] *= scale;
      },
    };
  }
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

/**
 * The value a bound path holds in this world now (the level's, or what setParameter last set it to;
 * restored with snapshots), or null when the level did not bind the path.
 */
export function parameterValueNow(world: SimWorld, path: string): number | null {
  const table = world.state.get(LEVEL_PARAMETERS);
  const slot = table?.bindings.get(path);
  return table === undefined || slot === undefined ? null : table.values[slot];
}

/** Rejects paths the level did not bind (they need a restart), applies the others. */
const setParameter: CommandHandler = (world, command) => {
  const table = world.state.get(LEVEL_PARAMETERS);
  const path = typeof command.path === 'string' ? command.path : '';
  const value = command.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return reject('notFiniteNumber', { field: 'value' });
  const slot = table?.bindings.get(path);
  if (table === undefined || slot === undefined) return reject('notLive', { parameter: path });
  const reason = table.list[slot].apply(world, table.values[slot], value);
  if (reason) return reason;
  table.values[slot] = value;
};
