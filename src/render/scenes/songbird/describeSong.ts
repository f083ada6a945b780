/**
 * The songbird scene in words (sceneDescription.ts): whether the bird is singing, the LMAN neurons'
 * rate (its exploration noise) and what is switched off, the critic's verdict on the last rendition
 * (R − R̄ > 0: better than the critic expected, the dopamine-like signal that keeps LMAN's variation;
 * Fiete, Fee & Seung 2007), and learning progress as the similarity to the tutor.
 */
import { Summary } from '../../../circuits/songbird/songRecord';
import { Rendition, songbirdStateOf } from '../../../circuits/songbird/songbirdState';
import { formatNumber, formatWithUnit, t } from '../../../i18n/messages';
import type { SimWorld } from '../../../sim/world/world';
import { recentSpikeRateHz } from '../../../sim/monitors/recentSpikes';
import type { SceneDescriberFactory, SceneDescription, SceneErrorSignal } from '../sceneDescription';

const RATE_WINDOW_MS = 500;

export const songDescriber: SceneDescriberFactory = (_level, world: SimWorld) => {
  const state = songbirdStateOf(world);
  if (!state) return null;
  return {
    describe(tick): SceneDescription {
      const r = state.rendition;
      const renditions = state.record.summary[Summary.renditions];
      const lman = state.lman;
      const windowTicks = Math.max(1, Math.round(RATE_WINDOW_MS / world.dtMs));
      const lmanHz = recentSpikeRateHz(world.monitors.spikes, tick, windowTicks, lman.first - 1, lman.end - 1, world.dtMs);
      const now = [
        r[Rendition.singing] === 1 ? t('access.song.singing', { count: renditions + 1 }) : t('access.song.quiet'),
        t('access.song.lmanRate', { rate: formatWithUnit(lmanHz, 'Hz', { maximumFractionDigits: 0 }) }),
      ];
      if (r[Rendition.deafened] === 1) now.push(t('access.song.deafened'));
      if (state.whiteNoise && r[Rendition.whiteNoiseOn] === 1) now.push(t('access.song.whiteNoise'));
      const delta = r[Rendition.lastDelta];
      let error: SceneErrorSignal | null = null;
      if (renditions >= 1 && Number.isFinite(delta) && delta !== 0) {
        const size = formatNumber(Math.abs(delta), { maximumFractionDigits: 2 });
        error = delta > 0
          ? { state: 'better', text: t('access.song.criticBetter', { size }) }
          : { state: 'worse', text: t('access.song.criticWorse', { size }) };
      }
      const similarity = state.record.summary[Summary.similarity];
      const progress = renditions >= 1 && Number.isFinite(similarity)
        ? t('access.song.similarity', { similarity: formatNumber(similarity, { maximumFractionDigits: 0 }), count: renditions })
        : null;
      return { now, error, progress };
    },
  };
};
