/** The credit-assignment arena in words (screen readers): each rule's progress, and how many have learned the task. */
import { RULE_COUNT } from '../../../circuits/creditArena/arena';
import { creditArenasOf } from '../../../circuits/creditArena/arenaCircuit';
import { formatNumber, t } from '../../../i18n/messages';
import type { SceneDescriberFactory } from '../sceneDescription';
import { ruleStatus } from './arenaScene';

export const arenaDescriber: SceneDescriberFactory = (_level, world) => {
  const arena = creditArenasOf(world)[0];
  if (!arena) return null;
  return {
    describe() {
      const now: string[] = [];
      for (let r = 0; r < RULE_COUNT; r++) now.push(ruleStatus(arena, r));
      const { scores } = arena.arena.state;
      return { now, error: null, progress: t('scene.arena.progress', { epochs: formatNumber(scores[0]), solved: formatNumber(scores[3]) }) };
    },
  };
};
