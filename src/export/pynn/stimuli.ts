/**
 * Stimuli → PyNN current sources and Poisson spike sources, in nA (our currents are pA; for an
 * Izhikevich cell our I is the paper's dimensionless I, which PyNN's Izhikevich reads as nA/pF ×1000).
 *   constant / step current → DCSource;  pulses → StepCurrentSource
 *   Gaussian noise drawn every tick → NoisyCurrentSource with dt = the level's tick (a new value per
 *     tick and neuron, as in Izhikevich 2003's per-ms thalamic input)
 *   uniform noise → NoisyCurrentSource with the same mean and variance (listed: the shape differs)
 *   Poisson input → a SpikeSourcePoisson population, one source per target neuron, one-to-one
 * What only the timeline switches, and modulator pulses, is listed and left out.
 */
import type { Level } from '../../levels/schema/level';
import type { StimulusSpec } from '../../sim/stimuli/stimulusSpec';
import { stimulusIndex } from '../../sim/stimuli/stimulusTable';
import type { SimWorld } from '../../sim/world/world';
import type { PynnCurrentSource, PynnPopulation, PynnProjection } from './pynnNetwork';
import { weightScaleFor } from './synapseUnits';
import type { UnsupportedList } from './unsupportedList';

export interface TranslatedStimuli {
  currentSources: PynnCurrentSource[];
  sourcePopulations: PynnPopulation[];
  sourceProjections: PynnProjection[];
}

export function translateStimuli(world: SimWorld, level: Level, specs: readonly StimulusSpec[], durationMs: number, unsupported: UnsupportedList): TranslatedStimuli {
  const out: TranslatedStimuli = { currentSources: [], sourcePopulations: [], sourceProjections: [] };
  for (const spec of specs) {
    const index = level.stimuli.findIndex((s) => s.id === spec.name);
    const stimulus = index >= 0 ? level.stimuli[index] : undefined;
    // A stimulus the level does not list was made by a circuit (its always-on drive) or by the timeline.
    const path = index >= 0 ? `stimuli[${index}]` : level.circuits.length === 1 ? 'circuits[0]' : level.circuits.length > 1 ? 'circuits' : 'timeline';
    if (spec.kind === 'modulatorPulse') {
      unsupported.add(path, `stimulus "${spec.name}": modulator pulses (PyNN has no neuromodulator pools)`);
      continue;
    }
    const onAtStart = world.stimuli.enabled[stimulusIndex(world.stimuli, spec.name)] === 1;
    const switched = stimulus ? stimulus.kind === 'modulatorPulse' || !stimulus.initiallyActive : !onAtStart;
    if (switched) {
      unsupported.add(path, `stimulus "${spec.name}": switched on and off during the run (trial timeline or circuit); not exported`);
      continue;
    }
    const population = world.populations.find((p) => p.name === spec.target)!;
    const count = spec.neurons?.length ?? population.count;
    const target = { name: spec.name, target: spec.target, ...(spec.neurons ? { neurons: [...spec.neurons] } : {}) };
    const startMs = stimulus && stimulus.kind !== 'modulatorPulse' ? stimulus.startMs ?? 0 : 0;
    const stopMs = stimulus && stimulus.kind !== 'modulatorPulse' ? stimulus.endMs : undefined;
    switch (spec.kind) {
      case 'constantCurrent':
        out.currentSources.push({ kind: 'dc', ...target, amplitudeNa: spec.amplitude / 1000, startMs: spec.startMs ?? 0, ...(spec.endMs !== undefined ? { stopMs: spec.endMs } : {}) });
        break;
      case 'gaussianNoise':
        out.currentSources.push({ kind: 'noise', ...target, meanNa: (spec.mean ?? 0) / 1000, stdevNa: spec.sd / 1000, dtMs: world.dtMs, startMs, ...(stopMs !== undefined ? { stopMs } : {}) });
        break;
      case 'uniformNoise':
        unsupported.add(path, `stimulus "${spec.name}": uniform noise; exported as Gaussian noise with the same mean and variance`);
        out.currentSources.push({
          kind: 'noise', ...target, meanNa: (spec.min + spec.max) / 2000, stdevNa: (spec.max - spec.min) / Math.sqrt(12) / 1000, dtMs: world.dtMs, startMs, ...(stopMs !== undefined ? { stopMs } : {}),
        });
        break;
      case 'pulses': {
        const timesMs: number[] = [];
        const amplitudesNa: number[] = [];
        for (const t of [...spec.timesMs].sort((x, y) => x - y)) {
          timesMs.push(t, t + spec.widthMs);
          amplitudesNa.push(spec.amplitude / 1000, 0);
        }
        out.currentSources.push({ kind: 'steps', ...target, timesMs, amplitudesNa });
        break;
      }
      case 'poisson': {
        const type = world.neuronTypes.entries[population.typeId];
        const units = weightScaleFor(type, spec.receptor, world.dtMs);
        if (units.scale === null) { unsupported.add(path, `stimulus "${spec.name}": ${units.reason}`); break; }
        if (units.approximation) unsupported.add(path, `stimulus "${spec.name}": ${units.approximation}`);
        const name = `${spec.name}_sources`;
        out.sourcePopulations.push({
          name, label: `${spec.name} (Poisson input)`, size: count, cellType: 'SpikeSourcePoisson',
          parameters: { rate: spec.rateHz, start: startMs, duration: Math.min(stopMs ?? durationMs, durationMs) - startMs }, initialValues: {},
        });
        const postIndex = Int32Array.from(spec.neurons ?? Array.from({ length: count }, (_, i) => i));
        out.sourceProjections.push({
          name: `${spec.name}_input`, pre: name, post: spec.target,
          preIndex: Int32Array.from({ length: count }, (_, i) => i), postIndex,
          weight: new Float64Array(count).fill(spec.weight * units.scale),
          delayMs: new Float64Array(count).fill(world.dtMs),
          weightScale: units.scale,
          receptor: spec.receptor, recordWeights: false,
        });
        break;
      }
    }
  }
  return out;
}
