/**
 * The plot panel: live traces (a monitored neuron's membrane voltage with its model's spike line, an
 * animal's signal), learning curve (one level metric per trial), modulator traces, STDP window,
 * spike raster and weight histogram, laid out in a grid (the first plot takes the grid's spare
 * cells), each exportable as a print-size PNG (plotPrint.ts) and as CSV.
 * Wiring (src/app):
 *
 *   const plots = new PlotPanel(level, world);          // after spawning; a new one per level
 *   app.stage.addChild(plots.root); plots.resize(w, h);  // beside or below the scene
 *   plots.update(frame);                                 // every frame, with the scene's SceneFrame
 *   plots.plots                                          // [{ id, title }] this level has, for buttons
 *   await plots.exportPng('learning', app.renderer);     // downloads <level>-learning.png (2000×1200)
 *   plots.exportCsv('learning');                         // downloads <level>-learning.csv
 *   plots.csv('learning')                                // the CSV text itself (tests)
 *   plots.setMetric(id) / plots.shownMetric             // which recorded quantity the learning curve shows
 *                                                        // (the page's "Learning curve shows" menu: app/plotControls.ts)
 *
 * The modulator traces come from a ring this panel fills once per frame (the sim keeps no pool
 * history), so they start when the panel is made; live traces read their probes' registered rings,
 * so they are right after a step back. Plots that need slow passes over all synapses (histogram)
 * refresh 4 times a second; the raster and traces every frame. Titles and axes say what a player
 * reads (levels/labels: objectiveDisplay), never an id; the CSV headers keep the ids.
 */
import { Container, Graphics, type Renderer } from 'pixi.js';
import type { Level } from '../../levels/schema/level';
import type { SimWorld } from '../../sim/world/world';
import { binValues } from '../histogram';
import { plotColors } from '../palette';
import type { PlotRect, SynapseRange } from '../plotData';
import type { SceneFrame } from '../scenes/levelScene';
import { SpikeRasterView } from '../SpikeRasterView';
import { histogramBinCount, WeightHistogramView } from '../WeightHistogramView';
import { learningCurveSpec, metricIdsOf } from './learningCurve';
import { LinePlotView } from './LinePlotView';
import { LiveTracePlot } from './LiveTracePlot';
import { liveTracesOf } from './liveTraces';
import { ModulatorTraceRing } from './modulatorTraceRing';
import { histogramCsv, learningCurveCsv, modulatorTracesCsv, rasterCsv, stdpWindowCsv } from './plotCsv';
import { downloadHref, downloadText } from './plotExport';
import { gridCellsWithLead } from './plotGrid';
import { printPlotPng, type PrintablePlot } from './plotPrint';
import { projectionLabel } from './projectionLabel';
import { populationLabel } from '../../levels/labels/populationLabels';
import { visibleTextBoxes } from './textBoxes';
import { findStdpRule, stdpCurve, stdpWindowSpec, type StdpCurve, type StdpWindowParams } from './stdpWindow';
import { t } from '../../i18n/messages';

/** 'voltage' and 'trace-<monitor id>' are the live traces a level's monitors ask for. */
export type PlotId = 'learning' | 'modulators' | 'stdp' | 'raster' | 'weights' | 'voltage' | `trace-${string}`;

export interface PlotPanelOptions {
  /** Seconds of modulator history shown (default 10). */
  traceSeconds?: number;
  /** Raster window in ms (default 1000). */
  rasterWindowMs?: number;
}

const slowRefreshMs = 250;
const modulatorColors = [0xffc94a, 0x5fe3a1, 0xff7ab8, 0x56b4e9];

export class PlotPanel {
  readonly root = new Container();
  readonly learning = new LinePlotView();
  readonly modulatorTraces = new LinePlotView();
  readonly stdpWindow = new LinePlotView();
  readonly raster = new SpikeRasterView();
  readonly weights = new WeightHistogramView();
  readonly traces: ModulatorTraceRing;
  /** The live traces (voltage first), in panel order. */
  readonly liveTraces: LiveTracePlot[];
  private readonly cells = new Map<PlotId, { box: Container; back: Graphics; view: PrintablePlot; bounds: PlotRect }>();
  private readonly order: PlotId[];
  // Made once (the modulator plot is drawn every frame), after the page chose its language.
  private readonly modulatorWords = { title: t('scene.plot.modulators.title'), xLabel: t('scene.plot.modulators.xLabel'), yLabel: t('scene.plot.modulators.yLabel') };
  private readonly stdp: { projection: string; rule: StdpWindowParams['rule']; curve: StdpCurve } | null;
  private readonly weightRange: SynapseRange;
  private readonly traceSeconds: number;
  private readonly rasterWindowMs: number;
  private metricId: string | null = null;
  private trialsSeen = -1;
  private sinceSlowMs = Infinity;
  private lastTick = 0;
  private lastTrials: SceneFrame['trials'] = [];

  constructor(private readonly level: Level | null, private readonly world: SimWorld, options: PlotPanelOptions = {}) {
    this.traceSeconds = options.traceSeconds ?? 10;
    this.rasterWindowMs = options.rasterWindowMs ?? 1000;
    this.traces = new ModulatorTraceRing(world.modulators.names, 4096);
    const rule = findStdpRule(world.projections);
    this.stdp = rule ? { projection: rule.projection, rule: rule.params.rule, curve: stdpCurve(rule.params, Math.ceil((4 * Math.max(rule.params.tauPlusMs, rule.params.tauMinusMs)) / 10) * 10, 161) } : null;
    // The histogram shows the first learning projection (or every synapse when none learns).
    const learner = world.projections.find((p) => (p.plasticity as { rule?: string }).rule !== 'none' && p.count > 0);
    this.weightRange = learner
      ? { name: projectionLabel(world, learner.name, (id) => populationLabel(level, id)), firstSynapse: learner.firstSynapse, count: learner.count }
      : { name: 'all projections', firstSynapse: 0, count: world.synapses.count };
    this.liveTraces = liveTracesOf(level, world).map((spec) => new LiveTracePlot(spec, world.dtMs));
    const live = this.liveTraces.map((plot) => plot.spec.id as PlotId);
    // A learning curve is one point per trial: a level without a trial timeline has none to show.
    const hasTrials = level?.timeline !== undefined;
    this.order = [...live, ...(hasTrials ? ['learning' as const] : []), ...(world.modulators.count > 0 ? ['modulators' as const] : []), ...(this.stdp ? ['stdp' as const] : []), ...(world.neurons.count > 0 ? ['raster' as const] : []), ...(world.synapses.count > 0 ? ['weights' as const] : [])];
    const views = new Map<PlotId, PrintablePlot>([
      ['learning', this.learning], ['modulators', this.modulatorTraces], ['stdp', this.stdpWindow], ['raster', this.raster], ['weights', this.weights],
      ...this.liveTraces.map((plot) => [plot.spec.id as PlotId, plot.view] as const),
    ]);
    for (const id of this.order) {
      const box = new Container();
      const back = new Graphics();
      const view = views.get(id)!;
      box.addChild(back, view.container);
      this.root.addChild(box);
      this.cells.set(id, { box, back, view, bounds: { x: 0, y: 0, width: 0, height: 0 } });
    }
    this.raster.setPopulations(world.populations.map((p) => ({ name: populationLabel(level, p.name), firstIndex: p.firstIndex, count: p.count })), world.neurons.count);
    if (this.stdp) this.drawStdp();
  }

  /** The plots this level has, in panel order. */
  get plots(): Array<{ id: PlotId; title: string }> {
    const titles: Record<PlotId, string> = {
      voltage: t('scene.plot.voltage.title'), learning: t('scene.plot.learning.title'), modulators: t('scene.plot.modulators.title'),
      stdp: t('scene.plot.stdp.name'), raster: t('scene.plot.raster.name'), weights: t('scene.plot.weights.name'),
    };
    for (const plot of this.liveTraces) if (plot.spec.id !== 'voltage') titles[plot.spec.id as PlotId] = plot.title;
    return this.order.map((id) => ({ id, title: titles[id] }));
  }

  /** True when the panel holds a live trace, which needs the height to be read (the canvas gives it more room). */
  get wantsRoom(): boolean {
    return this.liveTraces.length > 0;
  }

  /** Boxes of the visible labels (titles, axis and tick labels, legends) in canvas pixels, for tests. */
  labelRects(): PlotRect[] {
    return visibleTextBoxes(this.root);
  }

  /** A plot's outer rectangle in the panel's coordinates (for tests), or null. */
  plotBounds(id: PlotId): Readonly<PlotRect> | null {
    return this.cells.get(id)?.bounds ?? null;
  }

  setMetric(id: string): void {
    this.metricId = id;
    this.trialsSeen = -1;
  }

  /** The quantity the player chose for the learning curve (null: the first recorded one). */
  get shownMetric(): string | null {
    return this.metricId;
  }

  /**
   * Lays the plots out (plotGrid.ts): the live traces in a row of their own on top, the others in a
   * grid of 3 columns from 900 px wide, 2 from 560 px, else 1.
   */
  resize(width: number, height: number): void {
    const rects = gridCellsWithLead(this.order.length, this.liveTraces.length, width, height);
    this.order.forEach((id, i) => {
      const cell = this.cells.get(id)!;
      const { x, y, width: w, height: h } = rects[i];
      cell.back.clear().rect(x, y, w, h).fill(plotColors.background);
      cell.bounds = { x: x + 4, y: y + 4, width: w - 8, height: h - 8 };
      cell.view.setBounds(cell.bounds);
    });
    if (this.stdp) this.drawStdp();
    this.trialsSeen = -1;
    this.sinceSlowMs = Infinity;
  }

  /**
   * Modulator samples taken elsewhere (the fast-forward worker, which steps far more often than the
   * page draws): `levels[k * pools + p]` is pool p at `timesMs[k]`. Drawn with the next update.
   */
  addTraceSamples(timesMs: ArrayLike<number>, levels: ArrayLike<number>): void {
    const pools = this.traces.names.length;
    for (let k = 0; k < timesMs.length; k++) {
      this.traces.push(timesMs[k], Array.prototype.slice.call(levels, k * pools, k * pools + pools) as number[]);
    }
  }

  update(frame: SceneFrame): void {
    const { world } = this;
    this.lastTick = frame.tick;
    this.lastTrials = frame.trials;
    const timeMs = frame.tick * world.dtMs;
    if (world.modulators.count > 0) {
      this.traces.push(timeMs, world.modulators.level);
      this.drawTraces(timeMs);
    }
    this.raster.update(world.monitors.spikes, frame.tick, world.dtMs, this.rasterWindowMs);
    for (const plot of this.liveTraces) plot.update(frame.tick, world.monitors.spikes);
    if (frame.trials.length !== this.trialsSeen && this.cells.has('learning')) {
      this.trialsSeen = frame.trials.length;
      this.drawLearning(frame.trials);
    }
    this.sinceSlowMs += frame.deltaMs;
    if (this.sinceSlowMs >= slowRefreshMs && this.cells.has('weights')) {
      this.sinceSlowMs = 0;
      this.weights.update(world.synapses.weight, this.weightRange, world.synapses.active);
    }
  }

  /** The CSV text of a plot's data as drawn now. */
  csv(id: PlotId): string {
    const { world } = this;
    const live = this.liveTraces.find((plot) => plot.spec.id === id);
    if (live) return live.csv(this.lastTick);
    switch (id) {
      case 'learning': return learningCurveCsv(this.lastTrials, metricIdsOf(this.lastTrials));
      case 'modulators': return modulatorTracesCsv(this.traces);
      case 'stdp': return this.stdp ? stdpWindowCsv(this.stdp.curve) : 'deltaTMs,deltaW\r\n';
      case 'raster': {
        const popOf = (index: number) => world.populations[world.neurons.populationId[index + 1]]?.name ?? '';
        return rasterCsv(world.monitors.spikes, this.lastTick, this.rasterWindowMs / world.dtMs, world.dtMs, popOf);
      }
      case 'weights': {
        const r = this.weightRange;
        return histogramCsv(binValues(world.synapses.weight, r.firstSynapse, r.count, histogramBinCount, world.synapses.active));
      }
      default: return '';
    }
  }

  exportCsv(id: PlotId): void {
    downloadText(this.csv(id), `${this.fileStem()}-${id}.csv`);
  }

  /** Downloads the plot as a print-size PNG (PRINT_SIZE at 2×, whatever its size on screen). */
  async exportPng(id: PlotId, renderer: Renderer): Promise<void> {
    const url = this.pngDataUrl(id, renderer);
    if (url) downloadHref(await url, `${this.fileStem()}-${id}.png`);
  }

  /**
   * The plot drawn alone at print size, as a PNG data URL (null for a plot this level lacks). The
   * view is laid out at PRINT_SIZE with 2× text, rendered, and put back before the next frame.
   */
  pngDataUrl(id: PlotId, renderer: Renderer): Promise<string> | null {
    const cell = this.cells.get(id);
    if (!cell) return null;
    return printPlotPng(renderer, cell.view, cell.bounds, () => this.redrawLive(id));
  }

  /** Redraws a plot whose drawing follows the world each frame (after its bounds changed). */
  private redrawLive(id: PlotId): void {
    const { world } = this;
    if (id === 'raster') this.raster.update(world.monitors.spikes, this.lastTick, world.dtMs, this.rasterWindowMs);
    for (const plot of this.liveTraces) if (plot.spec.id === id) plot.update(this.lastTick, world.monitors.spikes);
  }

  /** The container of one plot (for tests and custom export). */
  plotContainer(id: PlotId): Container | null {
    return this.cells.get(id)?.box ?? null;
  }

  destroy(): void {
    // context: each Graphics owns its context, which Pixi 8 keeps in the renderer unless destroyed with it.
    this.root.destroy({ children: true, context: true });
  }

  private fileStem(): string {
    return (this.level?.id ?? 'synaptica').replace(/[^A-Za-z0-9_-]+/g, '_');
  }

  private drawLearning(trials: SceneFrame['trials']): void {
    this.learning.draw(learningCurveSpec(this.level, trials, this.metricId));
  }

  private drawTraces(nowMs: number): void {
    const { names } = this.traces;
    const fromMs = nowMs - this.traceSeconds * 1000;
    const count = this.traces.size;
    const xs = new Float64Array(count);
    const ys = names.map(() => new Float64Array(count));
    let k = 0;
    this.traces.forEach((t, levels) => {
      if (t < fromMs) return;
      xs[k] = (t - nowMs) / 1000;
      for (let p = 0; p < names.length; p++) ys[p][k] = levels[p];
      k++;
    });
    this.modulatorTraces.draw({
      ...this.modulatorWords,
      xRange: [-this.traceSeconds, 0],
      series: names.map((name, p) => ({ name, color: modulatorColors[this.world.modulators.kind[p]] ?? modulatorColors[3], xs: xs.subarray(0, k), ys: ys[p].subarray(0, k) })),
      yIncludesZero: true,
    });
  }

  private drawStdp(): void {
    const s = this.stdp!;
    this.stdpWindow.draw(stdpWindowSpec(s.curve, s.rule, projectionLabel(this.world, s.projection, (id) => populationLabel(this.level, id))));
  }
}
