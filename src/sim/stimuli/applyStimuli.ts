/**
 * Phase: stimuli. Reads: the stimulus table (enabled, gain), the clock. Writes: neurons.iExt
 * (currents and noise), this tick's row of the synaptic input ring (external Poisson trains),
 * modulators.pendingRelease (modulator pulses). Streams: 'noise' for noise currents, 'stimulus'
 * for Poisson trains.
 */
import type { SimWorld } from '../world/world';
import { sharedZiggurat } from '../rng/gaussianZiggurat';
import { addUniformsInKernel } from '../rng/uniformKernel';
import { addUniforms } from '../rng/xoshiro128';
import type { CompiledStimulus } from './stimulusTable';

export function applyStimuli(world: SimWorld): void {
  const { stimuli } = world;
  // External current is rebuilt each tick. Cleared here rather than after integration, so that a
  // probe of 'neurons.iExt' in the monitors phase sees the current this tick actually received.
  world.neurons.iExt.fill(0);
  const tick = world.clock[0];
  const timeMs = tick * world.dtMs;
  for (let i = 0; i < stimuli.list.length; i++) {
    if (stimuli.enabled[i] === 0) continue;
    const stimulus = stimuli.list[i];
    const gain = stimuli.gain[i];
    const spec = stimulus.spec;
    switch (spec.kind) {
      case 'constantCurrent':
        if (timeMs >= (spec.startMs ?? 0) && timeMs < (spec.endMs ?? Infinity)) addToTargets(world.neurons.iExt, stimulus, spec.amplitude * gain);
        break;
      case 'pulses':
        if (spec.timesMs.some((start) => timeMs >= start && timeMs < start + spec.widthMs)) {
          addToTargets(world.neurons.iExt, stimulus, spec.amplitude * gain);
        }
        break;
      case 'gaussianNoise':
        addGaussianNoise(world, stimulus, (spec.mean ?? 0) * gain, spec.sd * gain);
        break;
      case 'uniformNoise':
        addUniformNoise(world, stimulus, gain, spec.min, spec.max - spec.min, spec.neurons === undefined);
        break;
      case 'poisson':
        applyPoissonTrain(world, stimulus, spec.rateHz, spec.weight * gain, spec.receptor === 'inhibitory');
        break;
      case 'modulatorPulse':
        for (const at of spec.timesMs) {
          if (Math.round(at / world.dtMs) === tick) world.modulators.pendingRelease[stimulus.modulator] += spec.amount * gain;
        }
        break;
    }
  }
}

function addToTargets(target: Float64Array, stimulus: CompiledStimulus, amount: number): void {
  const targets = stimulus.targets;
  for (let k = 0; k < targets.length; k++) target[targets[k]] += amount;
}

/** Noise current drawn afresh each tick; contiguous targets take the inlined batch path. */
function addGaussianNoise(world: SimWorld, stimulus: CompiledStimulus, mean: number, sd: number): void {
  const stream = world.rng.stream('noise');
  const targets = stimulus.targets;
  const iExt = world.neurons.iExt;
  const first = targets[0];
  if (targets.length > 0 && targets[targets.length - 1] === first + targets.length - 1) {
    const memory = world.neurons.kernelMemory;
    if (memory && sharedZiggurat.addGaussiansInKernel(memory, stream.state, stream.offset, iExt, mean, sd, first, first + targets.length)) return;
    sharedZiggurat.addGaussians(stream.state, stream.offset, iExt, mean, sd, first, first + targets.length);
    return;
  }
  for (let k = 0; k < targets.length; k++) iExt[targets[k]] += mean + sd * stream.gaussian();
}

/**
 * Uniform noise current drawn afresh each tick. A whole population (no neuron subset: targets are
 * its eids in order) takes the inlined batch path, which gives the same draws and sums.
 */
function addUniformNoise(world: SimWorld, stimulus: CompiledStimulus, gain: number, min: number, span: number, wholePopulation: boolean): void {
  const stream = world.rng.stream('noise');
  const targets = stimulus.targets;
  const iExt = world.neurons.iExt;
  if (wholePopulation && targets.length > 0) {
    const memory = world.neurons.kernelMemory;
    if (memory && addUniformsInKernel(memory, stream.state, stream.offset, iExt, gain, min, span, targets[0], targets[0] + targets.length)) return;
    addUniforms(stream.state, stream.offset, iExt, gain, min, span, targets[0], targets[0] + targets.length);
    return;
  }
  for (let k = 0; k < targets.length; k++) iExt[targets[k]] += gain * (min + span * stream.uniform());
}

/**
 * Independent Poisson trains, one per target, generated event-wise: each target keeps the time of
 * its next input spike (perTarget, ms) and draws the following interval from Exp(1/rate).
 * Events go into this tick's row of the synaptic input ring, exactly like a synaptic spike arriving
 * now, so deliverSynapticInput (which runs next) adds them after the decay: a one-tick pulse for
 * τ = 0 types and an undecayed jump for τ > 0. (Adding to gExc directly would be overwritten by the
 * τ = 0 copy, or decayed once before it is ever felt.)
 * While a train is off its clock stands still; when it comes back on, targets whose next event
 * fell in the off time restart (no burst of missed events at switch-on).
 */
function applyPoissonTrain(world: SimWorld, stimulus: CompiledStimulus, rateHz: number, weight: number, inhibitory: boolean): void {
  if (rateHz <= 0) return;
  const stream = world.rng.stream('stimulus');
  const meanIntervalMs = 1000 / rateHz;
  const tick = world.clock[0];
  const tickStartMs = tick * world.dtMs;
  const tickEndMs = (tick + 1) * world.dtMs; // the next tick's start, computed the same way (no ulp gap)
  const { input } = world;
  const ring = inhibitory ? input.inhibitory : input.excitatory;
  const rowStart = (tick % input.slots) * input.stride;
  const next = stimulus.perTarget;
  const targets = stimulus.targets;
  for (let k = 0; k < targets.length; k++) {
    // A train that was off (disabled, or rate 0) kept the time of an event it never delivered.
    // Catching up would pour every missed event into this one tick; a Poisson process has no
    // memory, so the exact restart is a fresh interval from now.
    if (next[k] < tickStartMs) next[k] = tickStartMs + stream.exponential(meanIntervalMs);
    while (next[k] < tickEndMs) {
      ring[rowStart + targets[k]] += weight;
      next[k] += stream.exponential(meanIntervalMs);
    }
  }
}
