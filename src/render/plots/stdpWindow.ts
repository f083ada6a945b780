/**
 * The STDP window of a pair-based rule: the weight change (or, for dopamine-gated STDP, the
 * eligibility change) caused by one pre/post pairing as a function of Δt = t(post) − t(pre)
 * (Bi & Poo 1998; Song, Miller & Abbott 2000): A₊·e^(−Δt/τ₊) for Δt ≥ 0, −|A₋|·e^(Δt/τ₋) for Δt < 0.
 */
import type { LinePlotSpec } from './LinePlotView';
import { t } from '../../i18n/messages';

export interface StdpWindowParams {
  readonly rule: 'stdp' | 'daStdp';
  readonly aPlus: number;
  /** Depression amplitude; its sign is ignored (the engine stores it negative, the schema as a magnitude). */
  readonly aMinus: number;
  readonly tauPlusMs: number;
  readonly tauMinusMs: number;
}

export interface StdpCurve {
  readonly deltaTMs: Float64Array;
  readonly deltaW: Float64Array;
}

export function stdpDeltaW(p: StdpWindowParams, deltaTMs: number): number {
  return deltaTMs >= 0
    ? p.aPlus * Math.exp(-deltaTMs / p.tauPlusMs)
    : -Math.abs(p.aMinus) * Math.exp(deltaTMs / p.tauMinusMs);
}

/** `points` samples evenly over [−spanMs, spanMs] (Δt = 0 included when points is odd). */
export function stdpCurve(p: StdpWindowParams, spanMs: number, points: number): StdpCurve {
  const n = Math.max(2, Math.floor(points));
  const deltaTMs = new Float64Array(n);
  const deltaW = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dt = -spanMs + (2 * spanMs * i) / (n - 1);
    deltaTMs[i] = dt;
    deltaW[i] = stdpDeltaW(p, dt);
  }
  return { deltaTMs, deltaW };
}

/** The first projection with a pair-based STDP rule, with its name, or null. */
export function findStdpRule(projections: ReadonlyArray<{ name: string; plasticity: unknown }>): { projection: string; params: StdpWindowParams } | null {
  for (const pr of projections) {
    const spec = pr.plasticity as Partial<StdpWindowParams> & { rule?: string };
    if ((spec.rule === 'stdp' || spec.rule === 'daStdp') && typeof spec.aPlus === 'number' && typeof spec.aMinus === 'number'
      && typeof spec.tauPlusMs === 'number' && typeof spec.tauMinusMs === 'number') {
      return { projection: pr.name, params: spec as StdpWindowParams };
    }
  }
  return null;
}

/** The STDP window plot of a projection (`projection`: how a player reads it, e.g. "pre → post"). */
export function stdpWindowSpec(curve: StdpCurve, rule: StdpWindowParams['rule'], projection: string): LinePlotSpec {
  return {
    title: t('scene.plot.stdp.title', { projection }),
    xLabel: 'Δt = t(post) − t(pre) (ms)',
    yLabel: rule === 'daStdp' ? t('scene.plot.stdp.yLabelEligibility') : t('scene.plot.stdp.yLabel'),
    series: [{ name: 'Δw', color: 0xe69f00, xs: curve.deltaTMs, ys: curve.deltaW }],
    yIncludesZero: true,
  };
}
