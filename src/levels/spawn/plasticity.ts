/**
 * Level plasticity → engine PlasticitySpec. Level depression amplitudes are magnitudes; the
 * engine's aMinus is negative. A rule the engine has no installer for is an error naming the path.
 */
import type { PlasticitySpec } from '../../sim/plasticity/plasticitySpec';
import { ruleInstallers } from '../../sim/plasticity/ruleInstallers';
import type { PathSegment } from '../errors';
import type { Plasticity } from '../schema/plasticity';
import type { SpawnContext } from './spawnContext';

/** Rules the engine runs (has an installer for); 'none' needs none. */
export function engineImplementsRule(rule: string): boolean {
  return rule === 'none' || Object.prototype.hasOwnProperty.call(ruleInstallers, rule);
}

export function toPlasticitySpec(ctx: SpawnContext, plasticity: Plasticity, path: readonly PathSegment[]): PlasticitySpec | undefined {
  if (!engineImplementsRule(plasticity.rule)) {
    ctx.report([...path, 'rule'], `"${plasticity.rule}" is not implemented by the engine yet`);
    return undefined;
  }
  switch (plasticity.rule) {
    case 'none': return undefined;
    case 'stdp': {
      const spec: PlasticitySpec = {
        rule: 'stdp', aPlus: plasticity.aPlus, aMinus: -plasticity.aMinus, tauPlusMs: plasticity.tauPlusMs, tauMinusMs: plasticity.tauMinusMs,
        wMax: plasticity.wMax, wMin: plasticity.wMin, form: plasticity.form, pairing: plasticity.pairing,
      };
      if (plasticity.modulation) spec.modulation = plasticity.modulation.map((m) => ({ ...m }));
      return spec;
    }
    case 'daStdp':
      return {
        rule: 'daStdp', aPlus: plasticity.aPlus, aMinus: -plasticity.aMinus, tauPlusMs: plasticity.tauPlusMs, tauMinusMs: plasticity.tauMinusMs,
        tauEligibilityMs: plasticity.tauEligibilityMs, wMax: plasticity.wMax, wMin: plasticity.wMin, modulator: plasticity.modulator,
        pairing: plasticity.pairing, timing: plasticity.timing,
        ...(plasticity.weightUpdateEveryMs !== undefined ? { weightUpdateEveryMs: plasticity.weightUpdateEveryMs } : {}),
      };
    case 'calcium':
      return toCalciumSpec(plasticity);
    case 'homeostaticScaling': {
      const spec: PlasticitySpec = {
        rule: 'homeostaticScaling', targetRateHz: plasticity.targetRateHz, tauRateMs: plasticity.tauRateMs, scalingRatePerMs: plasticity.scalingRatePerMs,
      };
      if (plasticity.wMax !== undefined) spec.wMax = plasticity.wMax;
      return spec;
    }
    case 'inhibitoryStdp':
      return { rule: 'inhibitoryStdp', learningRate: plasticity.learningRate, tauMs: plasticity.tauMs, targetRateHz: plasticity.targetRateHz, wMax: plasticity.wMax };
    case 'teacherDelta':
      return { rule: 'teacherDelta', teacher: plasticity.teacher, learningRate: plasticity.learningRate, tauMs: plasticity.tauMs, wMax: plasticity.wMax, wMin: plasticity.wMin };
    case 'normalizedHebbian':
      return { rule: 'normalizedHebbian', learningRate: plasticity.learningRate, tauMs: plasticity.tauMs, totalWeight: plasticity.totalWeight };
    case 'tagTrigger': {
      const { rule: _rule, ...parameters } = plasticity;
      return { rule: 'tagTrigger', ...parameters };
    }
  }
}

function toCalciumSpec(p: Extract<Plasticity, { rule: 'calcium' }>): PlasticitySpec {
  const { rule: _rule, ...parameters } = p;
  return { rule: 'calcium', ...parameters };
}
