/** The reversal agent in words (screen readers): the option that pays, the choice and outcome, the rule held, and the error unit's state. */
import { LIVE, SUMMARY, TRIAL, UNIT } from '../../../circuits/reversal/agentLayout';
import { reversalAgentsOf } from '../../../circuits/reversal/reversalCircuit';
import { formatNumber, t } from '../../../i18n/messages';
import type { SceneDescriberFactory } from '../sceneDescription';
import { optionName } from './reversalScene';

/** Error unit output above which it is said to be answering (a tenth of a full response). */
const ANSWERING = 0.1;

export const reversalDescriber: SceneDescriberFactory = (_level, world) => {
  const agent = reversalAgentsOf(world)[0];
  if (!agent) return null;
  return {
    describe() {
      const { trial, units, live, summary } = agent.state;
      const now = [
        t('scene.reversal.sayPays', { option: optionName(trial[TRIAL.rewarded]) }),
        t('scene.reversal.sayRule', { option: optionName(units[UNIT.rule1] > units[UNIT.rule0] ? 1 : 0) }),
      ];
      if (trial[TRIAL.choice] >= 0) now.push(t('scene.reversal.sayChoice', { option: optionName(trial[TRIAL.choice]) }));
      if (live[LIVE.lesioned] === 1) now.push(t('scene.reversal.lesioned'));
      const answering = units[UNIT.error] >= ANSWERING;
      const error = live[LIVE.lesioned] === 1 ? null : { state: answering ? 'error' : 'quiet', text: t(answering ? 'scene.reversal.sayError' : 'scene.reversal.sayQuiet') };
      const persev = summary[SUMMARY.perseverativeErrors];
      const progress = t('scene.reversal.progress', {
        trials: formatNumber(summary[SUMMARY.trials]), reversals: formatNumber(summary[SUMMARY.reversals]),
        errors: Number.isFinite(persev) ? formatNumber(persev, { maximumFractionDigits: 1 }) : '–',
      });
      return { now, error, progress };
    },
  };
};
