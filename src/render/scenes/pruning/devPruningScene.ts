/**
 * Developmental pruning's scene: the synapse count and the held-out accuracy over developmental
 * time on one time axis (Huttenlocher's curve with what it does to performance), and the network
 * as it is now, its connections thinning as pruning goes on. Words say what the axes and colours
 * mean, what one epoch stands for, and the numbers. Plot and network side by side on a wide screen,
 * one under the other on a phone. It only reads the circuit's registered arrays; returns null
 * unless the level has a developing network.
 */
import { devPruningCircuitsOf, type DevPruningCircuit } from '../../../circuits/devPruning/devPruningCircuit';
import { SCORE } from '../../../circuits/devPruning/development';
import type { Level } from '../../../levels/schema/level';
import type { SimWorld } from '../../../sim/world/world';
import { formatNumber, t } from '../../../i18n/messages';
import { plotColors, plotFont } from '../../palette';
import type { SceneFactory, SceneFrame } from '../levelScene';
import { DrawnScene } from '../drawnScene';
import { wrapped } from '../textPool';
import { drawNetwork, INFORMATIVE_COLOUR, NOISE_COLOUR } from './networkDrawing';
import { accuracyWords, stageWords, strategyWords, synapseWords, twinWords } from './pruningWords';

const MARGIN_PX = 14;
const AXIS_GUTTER_PX = 40;
/** Okabe-Ito vermillion: the synapse count. */
const COUNT_COLOUR = 0xd55e00;
/** Okabe-Ito sky blue: the accuracy. */
const ACCURACY_COLOUR = 0x56b4e9;
/** Okabe-Ito yellow: the accuracy of the twin that is never pruned (the goal's comparison). */
export const TWIN_COLOUR = 0xf0e442;
/** The pruning span's shading. */
const PRUNING_SHADE = 0x2a3340;

export const devPruningSceneFactory: SceneFactory = (level: Level, world: SimWorld) => {
  if (!level.circuits.some((c) => c.kind === 'devPruning')) return null;
  const circuit = devPruningCircuitsOf(world)[0];
  return circuit ? new DevPruningScene(circuit) : null;
};


class DevPruningScene extends DrawnScene {
  constructor(private readonly circuit: DevPruningCircuit) {
    super();
  }

  protected draw(_frame: SceneFrame): void {
    const narrow = this.width < 640;
    const inner = this.width - 2 * MARGIN_PX;
    const size = narrow ? plotFont.tickSize : plotFont.labelSize;
    // A phone gets the short forms of the title, the time axis and the key, and plot and network side by side.
    const form = narrow ? 'Short' : '';
    const title = wrapped(this.texts.text(t(`scene.devPruning.title${form}`), MARGIN_PX, MARGIN_PX, plotColors.label, 0, 0, narrow ? plotFont.labelSize : plotFont.titleSize, 'bold'), inner);
    let y = MARGIN_PX + title.height + 6;
    // The numbers in words, in the plots' colours, above the plots.
    // The twin's line is empty until pruning starts (the twin is the network itself until then).
    for (const [words, colour] of [[stageWords(this.circuit), plotColors.tickLabel], [synapseWords(this.circuit), COUNT_COLOUR], [accuracyWords(this.circuit), ACCURACY_COLOUR], [twinWords(this.circuit), TWIN_COLOUR], [strategyWords(this.circuit), plotColors.tickLabel]] as const) {
      if (!words) continue;
      const label = wrapped(this.texts.text(words, MARGIN_PX, y, colour, 0, 0, size), inner);
      y += label.height + 2;
    }
    y += 6;
    const bottom = this.height - MARGIN_PX;
    const plotWidth = inner * (narrow ? 0.58 : 0.6);
    const gap = narrow ? 10 : 20;
    const plotHeight = Math.max(50, bottom - y - 2 * size - 10);
    this.plot(MARGIN_PX, y, plotWidth, plotHeight, size, form, narrow ? 26 : AXIS_GUTTER_PX);
    this.network(MARGIN_PX + plotWidth + gap, y, inner - plotWidth - gap, Math.max(40, bottom - y - 2 * (size + 6) - 6), size, form);
  }

  /** Count (left axis) and accuracy (right axis) against developmental time in [x, x + w] × [y, y + h]. */
  private plot(x: number, y: number, w: number, h: number, size: number, form: string, gutter: number): void {
    const g = this.g;
    const { development, config } = this.circuit;
    const { state } = development;
    const left = x + gutter;
    const width = Math.max(10, w - 2 * gutter);
    const height = h;
    const xOf = (e: number): number => left + (width * e) / config.maxEpochs;
    g.rect(left, y, width, height).fill(plotColors.plotArea);
    g.rect(xOf(config.pruneStartEpoch), y, xOf(Math.min(config.pruneEndEpoch, config.maxEpochs)) - xOf(config.pruneStartEpoch), height).fill(PRUNING_SHADE);
    for (let k = 1; k < 4; k++) g.moveTo(left, y + (height * k) / 4).lineTo(left + width, y + (height * k) / 4);
    g.stroke({ width: 1, color: plotColors.grid });
    g.moveTo(left, y).lineTo(left, y + height).lineTo(left + width, y + height).lineTo(left + width, y).stroke({ width: 1, color: plotColors.axis });
    const possible = state.scores[SCORE.possible];
    const tick = plotFont.tickSize;
    this.texts.text(formatNumber(possible), left - 4, y, COUNT_COLOUR, 1, 0, tick);
    this.texts.text(formatNumber(0), left - 4, y + height, COUNT_COLOUR, 1, 1, tick);
    this.texts.text('100%', left + width + 4, y, ACCURACY_COLOUR, 0, 0, tick);
    this.texts.text('0%', left + width + 4, y + height, ACCURACY_COLOUR, 0, 1, tick);
    this.texts.text(t('scene.devPruning.pruningSpan'), xOf(config.pruneStartEpoch) + 4, y + 4, plotColors.tickLabel, 0, 0, tick);
    const epochs = state.scores[SCORE.epochs];
    const stride = Math.max(1, Math.ceil(config.maxEpochs / width));
    const curve = (values: Float64Array, top: number, colour: number, from: number, lineWidth: number): void => {
      for (let e = from; e <= epochs; e += stride) {
        const py = y + height * (1 - Math.min(1, values[e] / top));
        if (e === from) g.moveTo(xOf(e), py);
        else g.lineTo(xOf(e), py);
      }
      g.stroke({ width: lineWidth, color: colour });
    };
    curve(state.accuracyCurve, 100, ACCURACY_COLOUR, 0, 3);
    // The twin is the network itself until pruning starts; drawn thinner on top from then on, so the
    // gap the accuracy goal measures is visible between the two accuracy lines.
    if (epochs > config.pruneStartEpoch) curve(state.twinAccuracyCurve, 100, TWIN_COLOUR, config.pruneStartEpoch, 1.5);
    curve(state.countCurve, possible, COUNT_COLOUR, 0, 3);
    const axis = wrapped(this.texts.text(t(`scene.devPruning.axisTime${form}`), left, y + height + 4, plotColors.tickLabel, 0, 0, size), width);
    axis.x = left;
  }

  /** The network now, with a key to its colours under it. */
  private network(x: number, y: number, w: number, h: number, size: number, form: string): void {
    drawNetwork(this.g, this.circuit, x, y, w, h);
    const key = (words: string, colour: number, row: number): void => {
      const ky = y + h + 6 + row * (size + 6);
      this.g.circle(x + 6, ky + size / 2, 5).fill(colour);
      wrapped(this.texts.text(words, x + 16, ky, plotColors.tickLabel, 0, 0, size), w - 16);
    };
    key(t(`scene.devPruning.keyInformative${form}`), INFORMATIVE_COLOUR, 0);
    key(t(`scene.devPruning.keyNoise${form}`), NOISE_COLOUR, 1);
  }
}
