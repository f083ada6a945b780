/**
 * Monitors → PyNN recordings. Spike rasters and population rates both record spikes (the script
 * computes rates from them); neuron probes record v, u, gsyn_exc or gsyn_inh at their sampling
 * interval; weight probes make the script save the projection's final weights. What PyNN cannot
 * record (circuit signals, modulator levels, traces inside a rule) is listed.
 */
import type { Level } from '../../levels/schema/level';
import { InputMode, NeuronModel } from '../../sim/params/neuronTypes';
import type { SimWorld } from '../../sim/world/world';
import type { PynnRecording } from './pynnNetwork';
import type { UnsupportedList } from './unsupportedList';

export interface TranslatedMonitors {
  recordings: PynnRecording[];
  /** Projections whose weights a probe watches (the script saves their final weights). */
  probedProjections: Set<string>;
}

const NEURON_VARIABLES = { v: 'v', u: 'u', gExc: 'gsyn_exc', gInh: 'gsyn_inh' } as const;

export function translateMonitors(world: SimWorld, level: Level, unsupported: UnsupportedList): TranslatedMonitors {
  const out: TranslatedMonitors = { recordings: [], probedProjections: new Set() };
  const spikingPopulations = new Set<string>();
  const modelOf = (name: string) => {
    const population = world.populations.find((p) => p.name === name)!;
    return world.neuronTypes.entries[population.typeId];
  };
  level.monitors.forEach((monitor, i) => {
    const path = `monitors[${i}]`;
    switch (monitor.kind) {
      case 'spikes':
        for (const p of world.populations) if (monitor.population === undefined || monitor.population === p.name) spikingPopulations.add(p.name);
        return;
      case 'rate':
        spikingPopulations.add(monitor.population);
        return;
      case 'trace':
        unsupported.add(path, `monitor "${monitor.id}": the behaving animal's ${monitor.signal} belongs to a circuit; not recorded`);
        return;
      case 'probe':
        if (monitor.target === 'neuron' && monitor.population !== undefined && monitor.field in NEURON_VARIABLES) {
          const variable = NEURON_VARIABLES[monitor.field as keyof typeof NEURON_VARIABLES];
          const type = modelOf(monitor.population);
          const izhikevich = type.model === NeuronModel.izhikevichNetwork || type.model === NeuronModel.izhikevichEuler;
          const conductance = type.model === NeuronModel.lif && type.inputMode === InputMode.conductance;
          const recordable = variable === 'v' ? type.model !== NeuronModel.poisson : variable === 'u' ? izhikevich : conductance;
          if (recordable) {
            out.recordings.push({
              population: monitor.population, variable, samplingIntervalMs: monitor.everyMs,
              ...(monitor.indices ? { neurons: [...monitor.indices] } : {}),
            });
            return;
          }
        }
        if (monitor.target === 'synapse' && monitor.field === 'weight' && monitor.projection !== undefined) {
          out.probedProjections.add(monitor.projection);
          unsupported.add(path, `monitor "${monitor.id}": the weight time course every ${monitor.everyMs} ms; the script saves the final weights of "${monitor.projection}"`);
          return;
        }
        unsupported.add(path, `monitor "${monitor.id}": ${monitor.target} ${monitor.field} has no PyNN recordable; not recorded`);
        return;
    }
  });
  for (const population of spikingPopulations) out.recordings.unshift({ population, variable: 'spikes' });
  return out;
}
