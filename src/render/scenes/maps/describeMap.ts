/** The cortical map in words (screen readers): how many units answer each input group, and how much of a lost group's territory the others took. */
import { corticalMapsOf, MapReadout } from '../../../circuits/corticalMap/mapCircuit';
import { formatNumber, t } from '../../../i18n/messages';
import type { SceneDescriberFactory } from '../sceneDescription';

export const mapDescriber: SceneDescriberFactory = (level, world) => {
  const map = corticalMapsOf(world)[0];
  if (!map) return null;
  const labels = map.config.inputs.map((input) => level.populations.find((p) => p.id === input.population)?.label ?? input.population);
  return {
    describe() {
      const counts = labels.map(() => 0);
      let none = 0;
      for (let i = 0; i < map.units; i++) {
        const p = map.preferred[i];
        if (p < 0) none++;
        else counts[p]++;
      }
      const now = labels.map((name, g) => t('scene.map.describe.group', { name, count: counts[g] }));
      now.push(t('scene.map.describe.none', { count: none }));
      const lossSeen = map.flags[0] === 1;
      const percent = formatNumber(100 * map.readout[MapReadout.recruited], { maximumFractionDigits: 0 });
      return { now, error: null, progress: lossSeen ? t('scene.map.takenOver', { percent }) : null };
    },
  };
};
