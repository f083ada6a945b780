/**
 * A live trace over a rolling window (a neuron's membrane voltage with its spike line, or an
 * animal's signal): each frame reads its probes' rings in place (probeWindow.ts) and redraws one
 * LinePlotView. The x axis is fixed (−window … now, in ms) and so is a voltage plot's y axis, so
 * the frame's labels are rendered once.
 */
import { plotColors } from '../palette';
import type { SpikeRing } from '../plotData';
import type { Series } from './learningCurve';
import type { LiveTraceSpec } from './liveTraces';
import { LinePlotView, type HorizontalLine } from './LinePlotView';
import { fillProbeWindow, windowBuffers, type WindowBuffers } from './probeWindow';
import { toCsv, type CsvCell } from './plotCsv';
import { t } from '../../i18n/messages';

const SPIKE_LINE_COLOR = 0xff7a59;
/** Spikes drawn per series and window (a cell firing at 500 Hz over 10 s; more are left out). */
const MAX_SPIKES = 5000;

export class LiveTracePlot {
  readonly view = new LinePlotView();
  private readonly buffers: WindowBuffers[];
  private readonly series: Series[];
  private readonly counts: number[];
  private readonly hLines: HorizontalLine[];
  // Made once: the plot is drawn every frame.
  private readonly xLabel = t('scene.plot.live.xLabel');
  private readonly emptyText = t('scene.plot.noSamples');

  constructor(readonly spec: LiveTraceSpec, private readonly dtMs: number) {
    this.buffers = spec.series.map((s) => windowBuffers(Math.ceil(spec.windowMs / (s.probe.everyTicks * dtMs)) + 2, s.spike ? MAX_SPIKES : 0));
    this.series = spec.series.map((s) => ({ name: s.name, color: s.color, xs: new Float64Array(0), ys: new Float64Array(0) }));
    this.counts = spec.series.map(() => 0);
    this.hLines = spec.lines.map((line) => ({ y: line.atMv, label: line.label, color: line.strong ? SPIKE_LINE_COLOR : plotColors.tickLabel, faint: !line.strong }));
  }

  get title(): string {
    return this.spec.title;
  }

  /** Reads the probes at `tick` and redraws. */
  update(tick: number, spikes: SpikeRing): void {
    const { spec, dtMs } = this;
    const windowTicks = Math.round(spec.windowMs / dtMs);
    spec.series.forEach((s, i) => {
      const out = this.buffers[i];
      const n = fillProbeWindow(s.probe, s.column, tick, windowTicks, dtMs, s.spike ? { ring: spikes, ...s.spike } : null, out);
      this.counts[i] = n;
      const series = this.series[i];
      // Views of the reused buffers: re-made only when the point count changes.
      if (series.xs.length !== n || series.xs.buffer !== out.xs.buffer) {
        this.series[i] = { ...series, xs: out.xs.subarray(0, n), ys: out.ys.subarray(0, n) };
      }
    });
    this.view.draw({
      title: spec.title,
      xLabel: this.xLabel,
      yLabel: spec.yLabel,
      series: this.series,
      xRange: [-spec.windowMs, 0],
      yRange: spec.yRange ?? undefined,
      hLines: this.hLines,
      emptyText: this.emptyText,
    });
  }

  /** The samples in the window as drawn (without the drawn spike tips), one row per sample. */
  csv(tick: number): string {
    const rows: CsvCell[][] = [];
    const windowTicks = Math.round(this.spec.windowMs / this.dtMs);
    this.spec.series.forEach((s, i) => {
      const out = windowBuffers(this.buffers[i].xs.length, 0);
      const n = fillProbeWindow(s.probe, s.column, tick, windowTicks, this.dtMs, null, out);
      for (let k = 0; k < n; k++) rows.push([s.probe.name, s.name, tick * this.dtMs + out.xs[k], out.ys[k]]);
    });
    return toCsv(['monitor', 'series', 'timeMs', 'value'], rows);
  }
}
