/**
 * Developmental pruning in words, for the scene's legend and for screen readers: the synapse count
 * with its peak and how far it has fallen, the held-out accuracy, and how synapses are being chosen
 * for removal. Numbers in the page's language.
 */
import type { DevPruningCircuit } from '../../../circuits/devPruning/devPruningCircuit';
import { SCORE } from '../../../circuits/devPruning/development';
import { formatNumber, t } from '../../../i18n/messages';

const whole = (x: number): string => formatNumber(x, { maximumFractionDigits: 0 });

/** "Synapses: 150 (peak 202; 26% lost since the peak)". */
export function synapseWords(circuit: DevPruningCircuit): string {
  const { scores } = circuit.development.state;
  return t('scene.devPruning.synapses', { count: whole(scores[SCORE.synapses]), peak: whole(scores[SCORE.peakSynapses]), fall: whole(scores[SCORE.fallFromPeak]) });
}

/** "Accuracy on new examples: 84% (before pruning: 80%)". */
export function accuracyWords(circuit: DevPruningCircuit): string {
  const { scores } = circuit.development.state;
  const { config } = circuit;
  const now = whole(scores[SCORE.accuracy]);
  if (scores[SCORE.epochs] <= config.pruneStartEpoch) return t('scene.devPruning.accuracy', { percent: now });
  return t('scene.devPruning.accuracyBefore', { percent: now, before: whole(scores[SCORE.accuracyBefore]) });
}

/** How removals are chosen: by blame and use, at random, or a mix (with the random share). */
export function strategyWords(circuit: DevPruningCircuit): string {
  const { targetedShare, pruneFraction } = circuit.config;
  if (pruneFraction === 0) return t('scene.devPruning.strategyNone');
  if (targetedShare >= 1) return t('scene.devPruning.strategyTargeted');
  if (targetedShare <= 0) return t('scene.devPruning.strategyRandom');
  return t('scene.devPruning.strategyMixed', { random: whole(100 * (1 - targetedShare)) });
}

/** Where development is: growing, waiting, pruning or grown up, with the epoch. */
export function stageWords(circuit: DevPruningCircuit): string {
  const { scores } = circuit.development.state;
  const { config } = circuit;
  const epoch = scores[SCORE.epochs];
  const stage = epoch <= config.growthEpochs ? 'growing' : epoch <= config.pruneStartEpoch ? 'peak' : epoch <= config.pruneEndEpoch ? 'pruning' : 'adult';
  return t(`scene.devPruning.stage.${stage}`, { epoch: whole(epoch), epochs: whole(config.maxEpochs) });
}
