/**
 * The distal-reward contingency of Izhikevich (2007), Fig. 1, as an experiment driver: every
 * firing of the post neuron within windowMs after a firing of the pre neuron earns one dopamine
 * pulse, delivered minDelayMs + ⌈U·(maxDelayMs − minDelayMs)⌉ ms later (U from a named stream,
 * 'exploration' by default) through the 'releaseModulator' command. It reads only world state
 * (spike flags and the clock) and acts only through commands, like a lesson or the player would.
 * Its own state (last pre spike, due rewards) is registered, so snapshots capture it.
 * Call observe(world) once after every stepSim.
 */
import type { SimWorld } from '../../world/world';

export interface DistalRewardOptions {
  /** Neuron eids of the rewarded pair (pre fires, then post within windowMs). */
  preEid: number;
  postEid: number;
  modulator: string;
  amount: number;
  windowMs?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  stream?: string;
  /** Most rewards that can be due at once. */
  capacity?: number;
}

export class DistalRewardContingency {
  /** [0]: tick of the last pre spike (−1 before any); [1]: rewards earned so far. */
  private readonly status: Float64Array;
  /** Due ticks of the pending rewards (−1 marks a free slot). */
  private readonly due: Float64Array;
  private readonly windowTicks: number;
  private readonly minDelayMs: number;
  private readonly spanMs: number;

  constructor(world: SimWorld, private readonly options: DistalRewardOptions) {
    this.status = world.registry.register('experiment.distalReward.status', new Float64Array([-1, 0]));
    this.due = world.registry.register('experiment.distalReward.due', new Float64Array(options.capacity ?? 256).fill(-1));
    this.windowTicks = Math.round((options.windowMs ?? 20) / world.dtMs);
    this.minDelayMs = options.minDelayMs ?? 1000;
    this.spanMs = (options.maxDelayMs ?? 3000) - this.minDelayMs;
  }

  get rewardsEarned(): number {
    return this.status[1];
  }

  /** Looks at the tick just simulated; queues the rewards that fall due on the next tick. */
  observe(world: SimWorld): void {
    const tick = world.clock[0] - 1;
    const spiked = world.neurons.spiked;
    const { preEid, postEid } = this.options;
    const lastPre = this.status[0];
    if (spiked[postEid] === 1 && lastPre >= 0 && lastPre < tick && tick - lastPre < this.windowTicks) {
      const u = world.rng.stream(this.options.stream ?? 'exploration').uniform();
      const delayMs = this.minDelayMs + Math.ceil(u * this.spanMs);
      const slot = this.due.indexOf(-1);
      if (slot >= 0) this.due[slot] = tick + Math.round(delayMs / world.dtMs);
      this.status[1] += 1;
    }
    if (spiked[preEid] === 1) this.status[0] = tick;
    const next = world.clock[0];
    for (let i = 0; i < this.due.length; i++) {
      if (this.due[i] !== next) continue;
      world.commands.send({ type: 'releaseModulator', modulator: this.options.modulator, amount: this.options.amount });
      this.due[i] = -1;
    }
  }
}
