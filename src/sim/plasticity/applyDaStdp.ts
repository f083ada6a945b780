/**
 * Phase: traces and plasticity. Dopamine-gated STDP (Izhikevich 2007): STDP pairings write an
 * eligibility trace c per synapse, and the weight follows dw/dt = c·d, d the dopamine pool's level.
 * Reads: this tick's spikes, rows and incoming CSR, synapses.active, modulators.level[pool],
 * projection.plasticityEnabled. Writes: projection.<name>.eligibility, .preTrace, .postTrace,
 * .daIntegral, synapses.weight.
 *
 * Exact integration: within a tick c decays as e^(−t/τc) and d relaxes to its baseline as
 * e^(−t/τd), so ∫c·d over the tick has a closed form (models/daStdp.ts). Weights are brought up to
 * date every `weightUpdateEveryMs` (default every tick). Between updates the eligibility is stored
 * referred to the start of the update period (ĉ = c·e^(k·dt/τc) for an event k ticks in), and the
 * period's integral K = Σ_k e^(−k·dt/τc)·(per-tick ∫d) accumulates once per projection, so one
 * pass over the synapses per period gives w += ĉ·K exactly; an event inside a period first
 * subtracts ĉ_event·K_so_far, the part of the period before it happened. Weights are clipped to
 * [wMin, wMax] at each update (with d ≥ 0 and one period the path is monotone, so this equals
 * clipping continuously when no pairing falls inside the period). With a 10 ms period, as in the
 * paper's code, propagation sees weights up to 10 ms old, and the pass costs a tenth.
 *
 * Pairing order within a tick depends on spec.timing. 'spike': traces decay; pre spikes depress by
 * the post trace (without this tick's post spikes); pre traces jump; post spikes potentiate by the
 * pre trace (with this tick's pre spikes, so Δt = 0 potentiates); post traces jump. 'arrival' (the
 * published Izhikevich 2007 code, where a spike reaches its targets one tick later): post spikes
 * potentiate by the pre trace as it stood at the end of the last tick (a pre spike one tick earlier
 * counts fully, one in this tick not at all); traces decay; post traces jump; pre spikes depress by
 * the post trace (with this tick's post spikes, so Δt = 0 depresses fully); pre traces jump.
 *
 * Inhibitory projections into current-mode cells store negative weights: the rule then works on the
 * magnitude (weightSign.ts), so |w| stays in [wMin, wMax] and the sign is kept.
 */
import { addRuleState, ruleStateKey, ruleStates } from '../world/ruleStateLists';
import type { SimWorld, Projection } from '../world/world';
import type { DaStdpSpec } from './plasticitySpec';
import { modulatorIndex } from '../components/modulators';
import { daIntegralFactors, daStepIntegral, type DaIntegralFactors } from '../models/daStdp';
import { bumpPostTraces, bumpPreTraces, createPairTraces, decayTraces, type PairTraces } from './pairTraces';
import { plasticWeightSign, signedBounds } from './weightSign';
import { createDaStdpWeightKernel, type DaStdpWeightKernel } from './daStdpWeightKernel';
import { projectionIncoming, type ProjectionIncoming } from './projectionIncoming';
import { depress, potentiate } from './daStdpPairings';

interface DaStdpState {
  readonly projection: Projection;
  readonly spec: DaStdpSpec;
  readonly traces: PairTraces;
  readonly eligibility: Float64Array;
  /** [0]: K, the period's accumulated integral per unit ĉ. */
  readonly integral: Float64Array;
  readonly pool: number;
  readonly periodTicks: number;
  readonly factors: DaIntegralFactors;
  /** e^(k·dt/τc) and e^(−k·dt/τc) for k = 0 .. period − 1; e^(−period·dt/τc). */
  readonly grow: Float64Array;
  readonly shrink: Float64Array;
  readonly periodDecay: number;
  /** +1, or −1 when weights are stored negative; the bounds of the stored weight. */
  readonly sign: number;
  readonly lo: number;
  readonly hi: number;
  readonly arrival: boolean;
  /** The period pass in WebAssembly SIMD (same numbers), where available. */
  readonly kernel: DaStdpWeightKernel | undefined;
  /** The projection's own incoming index when all its synapses are active (no structural plasticity). */
  readonly incoming: ProjectionIncoming | undefined;
}

const OWNER = ruleStateKey<DaStdpState>('daStdp');

export function installDaStdp(world: SimWorld, projection: Projection): void {
  const spec = projection.plasticity as DaStdpSpec;
  const pool = modulatorIndex(world.modulators, spec.modulator);
  const periodTicks = Math.max(1, Math.round((spec.weightUpdateEveryMs ?? world.dtMs) / world.dtMs));
  const tauC = spec.tauEligibilityMs;
  const grow = new Float64Array(periodTicks);
  const shrink = new Float64Array(periodTicks);
  for (let k = 0; k < periodTicks; k++) {
    grow[k] = Math.exp((k * world.dtMs) / tauC);
    shrink[k] = Math.exp((-k * world.dtMs) / tauC);
  }
  const sign = plasticWeightSign(world, projection);
  const { lo, hi } = signedBounds(sign, spec.wMin ?? 0, spec.wMax);
  const kernel = projection.allActive ? createDaStdpWeightKernel(world.synapses, projection) : undefined;
  const from = world.populations[projection.from];
  const to = world.populations[projection.to];
  const incoming = projection.allActive ? projectionIncoming(world.synapses, projection, from.firstEid, to.firstEid, to.count) : undefined;
  const state: DaStdpState = {
    projection,
    spec,
    traces: createPairTraces(world, projection, spec.tauPlusMs, spec.tauMinusMs, spec.pairing === 'nearest'),
    eligibility: world.registry.register(`projection.${projection.name}.eligibility`, kernel?.eligibility ?? new Float64Array(projection.count)),
    integral: world.registry.register(`projection.${projection.name}.daIntegral`, new Float64Array(1)),
    pool,
    periodTicks,
    factors: daIntegralFactors(world.dtMs, tauC, world.modulators.tauMs[pool]),
    grow,
    shrink,
    periodDecay: Math.exp((-periodTicks * world.dtMs) / tauC),
    sign,
    lo,
    hi,
    arrival: spec.timing === 'arrival',
    kernel,
    incoming,
  };
  addRuleState(world, OWNER, state);
}

export function applyDaStdp(world: SimWorld): void {
  const list = ruleStates(world, OWNER);
  for (let i = 0; i < list.length; i++) applyToProjection(world, list[i]);
}

function applyToProjection(world: SimWorld, state: DaStdpState): void {
  const { traces, projection, spec, integral } = state;
  const k = world.clock[0] % state.periodTicks;
  const grow = state.grow[k];
  const before = integral[0];
  // An eligibility change dc referred to the period start: ĉ += dc·grow, and w −= sign·ĉ·K_so_far.
  const aPlus = spec.aPlus * grow;
  const aMinus = spec.aMinus * grow;
  const undo = state.sign * before;
  if (state.arrival) {
    potentiate(world, state, aPlus, undo);
    decayTraces(traces);
    bumpPostTraces(world, traces);
    depress(world, state, aMinus, undo);
    bumpPreTraces(world, traces);
  } else {
    decayTraces(traces);
    depress(world, state, aMinus, undo);
    bumpPreTraces(world, traces);
    potentiate(world, state, aPlus, undo);
    bumpPostTraces(world, traces);
  }
  // Dopamine over this tick, referred to the period start.
  const modulators = world.modulators;
  const learning = projection.plasticityEnabled[0] === 1;
  const perTick = learning ? daStepIntegral(modulators.level[state.pool], modulators.baseline[state.pool], state.factors) : 0;
  integral[0] = before + state.shrink[k] * perTick;
  if (k === state.periodTicks - 1) updateWeights(world, state);
}

/** Every this many periods the eligibilities are flushed of values too small to matter. */
const FLUSH_EVERY_PERIODS = 1024;
const ELIGIBILITY_FLOOR = 1e-30;

/**
 * End of a period: w += sign·ĉ·K, clipped; ĉ decays to the next period's start; K restarts. The loop
 * has no data-dependent branch but clipping: with eligibilities of random sign, a sign-dependent
 * test costs more than the arithmetic (measured 10 ns against 1 ns per synapse). Decayed
 * eligibilities are flushed to 0 once in a while instead, before they could become subnormal
 * numbers (slow arithmetic). Projections without structural plasticity skip the active flag.
 * (Math.min/max differ from the ternary only for NaN weights, which never occur.)
 */
function updateWeights(world: SimWorld, state: DaStdpState): void {
  const { eligibility, integral, periodDecay, lo, hi } = state;
  const { weight, active } = world.synapses;
  const first = state.projection.firstSynapse;
  const big = state.sign * integral[0];
  const n = eligibility.length;
  if (state.kernel) {
    state.kernel.pass(big, periodDecay, lo, hi);
  } else if (state.projection.allActive) {
    // A view starting at the projection's first synapse: one index for both arrays. Math.min/max
    // compile to branch-free instructions (many weights sit at a bound, so a branch mispredicts).
    const w = weight.subarray(first, first + n);
    for (let i = 0; i < n; i++) {
      const c = eligibility[i];
      w[i] = Math.min(hi, Math.max(lo, w[i] + c * big));
      eligibility[i] = c * periodDecay;
    }
  } else {
    for (let i = 0, s = first; i < n; i++, s++) {
      if (active[s] === 0) continue;
      const c = eligibility[i];
      const w = weight[s] + c * big;
      weight[s] = w > hi ? hi : w < lo ? lo : w;
      eligibility[i] = c * periodDecay;
    }
  }
  if (Math.floor(world.clock[0] / state.periodTicks) % FLUSH_EVERY_PERIODS === 0) {
    for (let i = 0; i < n; i++) if (Math.abs(eligibility[i]) < ELIGIBILITY_FLOOR) eligibility[i] = 0;
  }
  integral[0] = 0;
}
