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

/**
 * "Twin never pruned: 79% (this network: 7.4 points below)": the control the accuracy goal compares
 * with, once pruning has started ('' before, when the twin is the network itself).
 */
export function twinWords(circuit: DevPruningCircuit): string {
  const { scores } = circuit.development.state;
  if (scores[SCORE.epochs] <= circuit.config.pruneStartEpoch) return '';
  const gap = scores[SCORE.accuracyVsUnpruned];
  // Points to one decimal, as the accuracy goal reads them; the count picks "1 point" or "7.4 points".
  const count = Math.round(Math.abs(gap) * 10) / 10;
  const side = count === 0 ? 'same' : gap < 0 ? 'below' : 'above';
  return t(`scene.devPruning.twin.${side}`, { percent: whole(scores[SCORE.twinAccuracy]), count });
}

/** How removals are chosen: by blame and use, at random, or a mix (with the random share). */
export function strategyWords(circuit: DevPruningCircuit): string {
  const { targetedShare, pruneFraction } = circuit.config;
  if (pruneFraction === 0) return t('scene.devPruning.strategyNone');
  if (targetedShare >= 1) return t('scene.devPruning.strategyTargeted');
  if (targetedShare <= 0) return t('scene.devPruning.strategyRandom');
  return t('scene.devPruning.strategyMixed', { random: whole(100 * (1 - targetedShare)) });
}

/** One epoch stands for about a month (the built-in levels' axis and help say so): 12 make a year. */
const EPOCHS_PER_YEAR = 12;

/** Where development is: growing, waiting, pruning or grown up, with the epoch and the age in years. */
export function stageWords(circuit: DevPruningCircuit): string {
  const { scores } = circuit.development.state;
  const { config } = circuit;
  const epoch = scores[SCORE.epochs];
  const stage = epoch <= config.growthEpochs ? 'growing' : epoch <= config.pruneStartEpoch ? 'peak' : epoch <= config.pruneEndEpoch ? 'pruning' : 'adult';
  return t(`scene.devPruning.stage.${stage}`, { epoch: whole(epoch), epochs: whole(config.maxEpochs), age: whole(Math.floor(epoch / EPOCHS_PER_YEAR)) });
}
