/**
 * What a voltage plot marks for a neuron model, read from its type's own parameters, and labelled
 * with what is true of that model:
 *
 * - LIF: the spike threshold vThreshMv (v reaching it is a spike; v then resets to vResetMv).
 *   Spikes are drawn up to the threshold, where the model registers them.
 * - Izhikevich (2003): no fixed threshold. A spike is counted when v reaches the cut-off vPeakMv
 *   (+30 mV), then v resets to c; that cut-off is the spike's drawn peak (as in Izhikevich's own
 *   figures; the 1 ms samples never catch it, since v is reset in the same step). A second, fainter
 *   line shows where the voltage runs away from rest when pushed quickly (the recovery variable u
 *   still at its resting value): the larger root of 0.04v² + 5v + 140 − u_rest = 0, with rest the
 *   lower root of 0.04v² + (5 − b)v + 140 = 0 (−70 and −55 mV for b = 0.2).
 * - Poisson sources have no membrane, so nothing.
 */
import type { NeuronType } from '../../levels/schema/neuronTypes';
import { t } from '../../i18n/messages';

export interface ReferenceLine {
  readonly atMv: number;
  readonly label: string;
  /** Draw strongly (the spike line) or faintly (a derived guide). */
  readonly strong: boolean;
}

export interface MembraneMarks {
  /** Where a spike is drawn to at its tick (the model's cut-off or threshold). */
  readonly spikeTipMv: number;
  readonly lines: readonly ReferenceLine[];
  /** A fixed y range that holds rest, reset and the spike tip (fixed, so the axis never jumps). */
  readonly yRangeMv: readonly [number, number];
}

/** Signed millivolts as a player reads them: "+30 mV", "−55 mV" (a true minus sign). */
export function formatMv(mv: number): string {
  const rounded = Math.round(mv);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded)} mV`; // whole millivolts below 1000 read the same in every locale
}

/** Rest and the quick-push runaway voltage of an Izhikevich (2003) cell, or null when it has no resting state. */
export function izhikevichRestAndRunawayMv(b: number): { restMv: number; runawayMv: number } | null {
  const restDisc = (5 - b) ** 2 - 4 * 0.04 * 140;
  if (restDisc < 0) return null;
  const restMv = (-(5 - b) - Math.sqrt(restDisc)) / 0.08;
  const uRest = b * restMv;
  const runDisc = 25 - 4 * 0.04 * (140 - uRest);
  if (runDisc < 0) return null;
  return { restMv, runawayMv: (-5 + Math.sqrt(runDisc)) / 0.08 };
}

export function membraneMarks(type: NeuronType): MembraneMarks | null {
  if (type.model === 'lif') {
    const low = Math.min(type.vRestMv, type.vResetMv);
    return {
      spikeTipMv: type.vThreshMv,
      lines: [{ atMv: type.vThreshMv, label: t('scene.plot.voltage.threshold', { value: formatMv(type.vThreshMv) }), strong: true }],
      yRangeMv: [Math.floor((low - 10) / 10) * 10, Math.ceil((type.vThreshMv + 10) / 10) * 10],
    };
  }
  if (type.model === 'izhikevich') {
    const lines: ReferenceLine[] = [{ atMv: type.vPeakMv, label: t('scene.plot.voltage.peak', { peak: formatMv(type.vPeakMv), reset: formatMv(type.c) }), strong: true }];
    const guide = izhikevichRestAndRunawayMv(type.b);
    if (guide && guide.runawayMv < type.vPeakMv) {
      lines.push({ atMv: guide.runawayMv, label: t('scene.plot.voltage.runaway', { value: formatMv(guide.runawayMv) }), strong: false });
    }
    const low = Math.min(type.c, guide?.restMv ?? type.c, -70);
    return { spikeTipMv: type.vPeakMv, lines, yRangeMv: [Math.floor((low - 10) / 10) * 10, Math.ceil((type.vPeakMv + 10) / 10) * 10] };
  }
  return null;
}
