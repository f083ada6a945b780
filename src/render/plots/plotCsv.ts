/**
 * CSV text for every exportable plot: pure functions of the plotted data (RFC 4180: comma
 * separated, CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled).
 * Numbers are written in full precision (String(n)); missing values are empty fields.
 */
import type { TrialRecord } from '../../levels/metrics/levelRecorder';
import type { HistogramBins } from '../histogram';
import type { SpikeRing } from '../plotData';
import type { StdpCurve } from './stdpWindow';
import type { ModulatorTraceRing } from './modulatorTraceRing';

export type CsvCell = string | number | null | undefined;

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One row per completed trial: its index, phase, type and every objective metric. */
export function learningCurveCsv(trials: readonly TrialRecord[], metricIds: readonly string[]): string {
  return toCsv(
    ['trial', 'session', 'phase', 'trialInPhase', 'trialType', 'startTick', 'endTick', ...metricIds],
    trials.map((t) => [t.index, t.session, t.phase, t.trialInPhase, t.trialType, t.startTick, t.endTick, ...metricIds.map((id) => t.metrics[id] ?? null)]),
  );
}

export function stdpWindowCsv(curve: StdpCurve): string {
  return toCsv(['deltaTMs', 'deltaW'], Array.from(curve.deltaTMs, (dt, i) => [dt, curve.deltaW[i]]));
}

/** One row per stored sample, oldest first: time (ms) and each pool's level. */
export function modulatorTracesCsv(ring: ModulatorTraceRing): string {
  const rows: CsvCell[][] = [];
  ring.forEach((timeMs, levels) => rows.push([timeMs, ...Array.from(levels)]));
  return toCsv(['timeMs', ...ring.names], rows);
}

/** Spikes of the last `windowTicks` ticks, oldest first: time (ms), neuron index and population. */
export function rasterCsv(ring: SpikeRing, currentTick: number, windowTicks: number, dtMs: number, populationOf: (neuronIndex: number) => string): string {
  const rows: CsvCell[][] = [];
  const oldest = Math.max(0, ring.written - ring.capacity);
  for (let k = oldest; k < ring.written; k++) {
    const slot = k % ring.capacity;
    const tick = ring.ticks[slot];
    if (tick <= currentTick - windowTicks) continue;
    rows.push([tick * dtMs, ring.neurons[slot], populationOf(ring.neurons[slot])]);
  }
  return toCsv(['timeMs', 'neuronIndex', 'population'], rows);
}

/** One row per bin: its lower and upper edge and the number of synapses in it. */
export function histogramCsv(bins: HistogramBins): string {
  const n = bins.counts.length;
  const width = (bins.hi - bins.lo) / n;
  return toCsv(['binLow', 'binHigh', 'synapses'], Array.from(bins.counts, (c, i) => [bins.lo + i * width, bins.lo + (i + 1) * width, c]));
}
