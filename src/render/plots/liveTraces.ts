/**
 * Which live traces a level's plots show, from its monitors: one "Membrane voltage" plot for every
 * probe of a neuron's v (each probed neuron a series, in its population's raster colour, with the
 * model's spike line: membraneMarks.ts), and one plot per trace monitor (a behaving animal's signal,
 * labelled with the circuit's own label and unit). Window: one trial of the level's first phase.
 */
import { circuitTraceSignal } from '../../circuits/registry';
import type { Level } from '../../levels/schema/level';
import { populationLabel } from '../../levels/labels/populationLabels';
import type { StateProbe } from '../../sim/monitors/stateProbe';
import type { SimWorld } from '../../sim/world/world';
import { populationColor } from '../palette';
import { membraneMarks, type ReferenceLine } from './membraneMarks';
import { t } from '../../i18n/messages';
import { traceSignalLabel, traceSignalUnit, withUnitInBrackets } from '../circuitWords';

export interface LiveTraceSeries {
  readonly probe: StateProbe;
  readonly column: number;
  readonly name: string;
  readonly color: number;
  /** For a neuron: its index in the spike ring and where its spikes are drawn to. */
  readonly spike: { readonly neuronIndex: number; readonly tipValue: number } | null;
}

export interface LiveTraceSpec {
  /** 'voltage', or 'trace-<monitor id>'. */
  readonly id: string;
  readonly title: string;
  readonly yLabel: string;
  readonly series: readonly LiveTraceSeries[];
  readonly lines: readonly ReferenceLine[];
  readonly yRange: readonly [number, number] | null;
  readonly windowMs: number;
}

/** Most neurons drawn on one voltage plot (more would be a tangle; the raster shows them all). */
const MAX_VOLTAGE_SERIES = 4;
const TRACE_COLOR = 0x5fe3a1;

export function liveTraceWindowMs(level: Level | null): number {
  const trialMs = level?.timeline?.sessions[0]?.phases[0]?.trialMs;
  return Math.min(10_000, Math.max(500, trialMs ?? 1000));
}

export function liveTracesOf(level: Level | null, world: SimWorld): LiveTraceSpec[] {
  if (!level) return [];
  const windowMs = liveTraceWindowMs(level);
  const probes = new Map(world.monitors.probes.map((p) => [p.name, p]));
  const series: LiveTraceSeries[] = [];
  const lines: ReferenceLine[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  const traces: LiveTraceSpec[] = [];
  for (const monitor of level.monitors) {
    const probe = probes.get(monitor.id);
    if (!probe) continue;
    if (monitor.kind === 'probe' && monitor.target === 'neuron' && monitor.field === 'v') {
      const population = world.populations.find((p) => p.name === monitor.population);
      const typeId = level.populations.find((p) => p.id === monitor.population)?.type;
      const type = level.neuronTypes.find((t) => t.id === typeId);
      if (!population || !type) continue;
      const marks = membraneMarks(type);
      for (let column = 0; column < probe.width && series.length < MAX_VOLTAGE_SERIES; column++) {
        const neuronIndex = probe.indices[column] - 1;
        series.push({
          probe, column, color: populationColor(population.index),
          // The level's label (in the page's language), never the population's id.
          name: population.count > 1 ? `${populationLabel(level, population.name)} #${neuronIndex - population.firstIndex}` : populationLabel(level, population.name),
          spike: marks ? { neuronIndex, tipValue: marks.spikeTipMv } : null,
        });
      }
      if (marks) {
        for (const line of marks.lines) if (!lines.some((l) => l.atMv === line.atMv)) lines.push(line);
        lo = Math.min(lo, marks.yRangeMv[0]);
        hi = Math.max(hi, marks.yRangeMv[1]);
      }
    } else if (monitor.kind === 'trace') {
      const signal = circuitTraceSignal(monitor.signal);
      if (!signal) continue;
      const label = traceSignalLabel(signal, monitor.signal);
      traces.push({
        id: `trace-${monitor.id}`, title: label, yLabel: withUnitInBrackets(label, traceSignalUnit(signal, monitor.signal)),
        series: [{ probe, column: 0, name: label, color: TRACE_COLOR, spike: null }], lines: [], yRange: null, windowMs,
      });
    }
  }
  const voltage: LiveTraceSpec[] = series.length === 0 ? [] : [{
    id: 'voltage', title: series.length === 1 ? t('scene.plot.voltage.titleOf', { name: series[0].name }) : t('scene.plot.voltage.title'),
    yLabel: t('scene.plot.voltage.yLabel'), series, lines, yRange: Number.isFinite(lo) ? [lo, hi] : null, windowMs,
  }];
  return [...voltage, ...traces];
}
