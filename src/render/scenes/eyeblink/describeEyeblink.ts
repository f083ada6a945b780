/**
 * The eyeblink scene in words (sceneDescription.ts): how closed the eye is now, the Purkinje cells'
 * simple-spike rate (their learned pause before the puff), the climbing-fibre error signal of the
 * last trial (complex spikes after the puff, Medina & Mauk 2000), and learning progress as the %CR
 * of the last 10 trials.
 */
import { cerebellumStateOf } from '../../../circuits/cerebellum/cerebellumState';
import { Summary } from '../../../circuits/cerebellum/eyeblinkRecord';
import { EYEBLINK_RECORD } from '../../../circuits/cerebellum/recordEyeblinkTrials';
import { formatNumber, formatWithUnit, t } from '../../../i18n/messages';
import type { SimWorld } from '../../../sim/world/world';
import { recentSpikeRateHz } from '../../../sim/monitors/recentSpikes';
import type { SceneDescriberFactory, SceneDescription, SceneErrorSignal } from '../sceneDescription';

const RATE_WINDOW_MS = 250;

export const eyeblinkDescriber: SceneDescriberFactory = (_level, world: SimWorld) => {
  const state = cerebellumStateOf(world);
  const record = world.state.get(EYEBLINK_RECORD);
  if (!state || !record) return null;
  return {
    describe(tick): SceneDescription {
      const percent = (fraction: number): string => formatNumber(fraction, { style: 'percent', maximumFractionDigits: 0 });
      const windowTicks = Math.max(1, Math.round(RATE_WINDOW_MS / world.dtMs));
      const pk = state.purkinje;
      const pkHz = recentSpikeRateHz(world.monitors.spikes, tick, windowTicks, pk.first - 1, pk.end - 1, world.dtMs);
      const now = [
        t('access.eyeblink.closure', { closure: percent(Math.max(0, Math.min(1, state.eyelid[0]))) }),
        t('access.eyeblink.purkinje', { rate: formatWithUnit(pkHz, 'Hz', { maximumFractionDigits: 0 }) }),
      ];
      const trials = record.summary[Summary.trialsRecorded];
      const complex = record.summary[Summary.lastComplexSpikes];
      let error: SceneErrorSignal | null = null;
      if (trials >= 1 && Number.isFinite(complex)) {
        error = complex > 0
          ? { state: 'fired', text: t('access.eyeblink.climbingFired', { count: complex }) }
          : { state: 'silent', text: t('access.eyeblink.climbingSilent') };
      }
      const cr = record.summary[Summary.crPercent];
      const progress = trials >= 1 && Number.isFinite(cr) ? t('access.eyeblink.crPercent', { percent: percent(cr / 100), count: trials }) : null;
      return { now, error, progress };
    },
  };
};
