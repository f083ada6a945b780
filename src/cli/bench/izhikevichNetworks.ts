import type { NetworkSpec } from '../../sim';

/**
 * Izhikevich (2003) random networks: 80% excitatory RS-to-CH cells (c = −65 + 15r², d = 8 − 6r²),
 * 20% inhibitory FS-to-LTS cells (a = 0.02 + 0.08r, b = 0.25 − 0.05r), the paper's 1 ms scheme,
 * thalamic noise 5·N(0,1) (exc) and 2·N(0,1) (inh) each ms, same-step delivery (delay 1 tick).
 */
export function izhikevichNetworkSpec(options: {
  excitatory: number;
  inhibitory: number;
  seed: number;
  /** Targets per neuron; all-to-all (the paper's 1000-neuron network) when absent. */
  outDegree?: number;
  excWeightMax: number;
  inhWeightMin: number;
}): NetworkSpec {
  const connect = options.outDegree === undefined
    ? { rule: 'allToAll' as const, allowSelf: true }
    : { rule: 'fixedOutDegree' as const, k: options.outDegree, allowSelf: false };
  const targets = ['exc', 'inh'];
  // fixedOutDegree over the whole network: one combined 'all' population would mix types, so each
  // source population projects into each target population with its share of the degree.
  const total = options.excitatory + options.inhibitory;
  const projections = (['exc', 'inh'] as const).flatMap((from) => targets.map((to) => {
    const toCount = to === 'exc' ? options.excitatory : options.inhibitory;
    const share = options.outDegree === undefined ? connect : { ...connect, k: Math.round((options.outDegree * toCount) / total) };
    return {
      name: `${from}-${to}`,
      from,
      to,
      connect: share,
      weight: from === 'exc' ? { dist: 'uniform' as const, min: 0, max: options.excWeightMax } : { dist: 'uniform' as const, min: options.inhWeightMin, max: 0 },
      delayMs: 1,
      receptor: from === 'exc' ? ('excitatory' as const) : ('inhibitory' as const),
    };
  }));
  return {
    seed: options.seed,
    dtMs: 1,
    neuronTypes: [
      { name: 'excitatory', a: 0.02, b: 0.2, c: -65, d: 8 },
      { name: 'inhibitory', a: 0.02, b: 0.25, c: -65, d: 2 },
    ],
    populations: [
      { name: 'exc', type: 'excitatory', count: options.excitatory, initialVMv: -65, variation: { c: { scale: 15, power: 2 }, d: { scale: -6, power: 2 } } },
      { name: 'inh', type: 'inhibitory', count: options.inhibitory, initialVMv: -65, variation: { a: { scale: 0.08, power: 1 }, b: { scale: -0.05, power: 1 } } },
    ],
    projections,
    stimuli: [
      { kind: 'gaussianNoise', name: 'thalamicExc', target: 'exc', sd: 5 },
      { kind: 'gaussianNoise', name: 'thalamicInh', target: 'inh', sd: 2 },
    ],
  };
}
