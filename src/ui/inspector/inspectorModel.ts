/**
 * What the inspector says about a neuron or a synapse, as plain data (no DOM): its name, role,
 * live values with units, the equations that govern it with this cell's numbers plugged in, and
 * its synapses. Everything is read from the world in place; nothing here changes it.
 */
import { InputMode, NeuronModel, type NeuronTypeEntry } from '../../sim/params/neuronTypes';
import { ClampMode, NEVER_SPIKED_TICK } from '../../sim/components/neurons';
import { projectionIndexOfSynapse, type SimWorld } from '../../sim/world/world';
import { formatNumber, formatWithUnit, t } from '../../i18n/messages';

/** The same shape as the circuit view's selection (src/render/circuit), kept structural across layers. */
export type InspectorSelection = { kind: 'neuron'; eid: number } | { kind: 'synapse'; synapseId: number };

export interface LiveValue {
  readonly label: string;
  readonly value: string;
  readonly unit: string;
}

export interface SynapseRow {
  readonly synapseId: number;
  /** The neuron at the other end, as "population #index". */
  readonly other: string;
  readonly projection: string;
  readonly weight: string;
  readonly receptor: 'excitatory' | 'inhibitory';
  readonly active: boolean;
}

export interface NeuronDescription {
  readonly kind: 'neuron';
  readonly title: string;
  readonly population: string;
  readonly indexInPopulation: number;
  readonly role: string;
  readonly model: string;
  readonly values: LiveValue[];
  readonly equations: string[];
  readonly incomingCount: number;
  readonly outgoingCount: number;
}

/** Window over which the inspector's firing rate is counted. */
export const rateWindowMs = 1000;

export function neuronName(world: SimWorld, eid: number): string {
  const p = world.populations[world.neurons.populationId[eid]];
  return p ? `${p.name} #${eid - p.firstEid}` : t('game.inspector.neuronFallback', { eid: String(eid) });
}

export function describeNeuron(world: SimWorld, eid: number): NeuronDescription {
  const { neurons, synapses } = world;
  const population = world.populations[neurons.populationId[eid]];
  const type = world.neuronTypes.entries[neurons.typeId[eid]];
  const tags = population.tags.filter((t) => t !== 'Neuron');
  const values: LiveValue[] = [];
  const modelName = modelLabel(type);
  if (type.model !== NeuronModel.poisson) {
    values.push({ label: t('game.inspector.value.membranePotential'), value: fmt(neurons.vMv[eid], 2), unit: 'mV' });
    if (type.model !== NeuronModel.lif) values.push({ label: t('game.inspector.value.recovery'), value: fmt(neurons.u[eid], 3), unit: '' });
    const synUnit = type.inputMode === InputMode.conductance ? t('game.inspector.unit.leakConductance') : t('game.inspector.unit.currentUnits');
    values.push({ label: t('game.inspector.value.gExc'), value: fmt(neurons.gExc[eid], 4), unit: synUnit });
    values.push({ label: t('game.inspector.value.gInh'), value: fmt(neurons.gInh[eid], 4), unit: synUnit });
  } else {
    values.push({ label: t('game.inspector.value.setRate'), value: fmt(neurons.rateHz[eid] || type.rateHz, 1), unit: 'Hz' });
  }
  values.push({ label: t('game.inspector.value.firingRate', { window: formatWithUnit(rateWindowMs / 1000, 's') }), value: fmt(recentRateHz(world, eid), 1), unit: 'Hz' });
  values.push(lastSpikeValue(world, eid));
  if (neurons.lesioned[eid]) values.push({ label: t('game.inspector.value.state'), value: t('game.inspector.state.lesioned'), unit: '' });
  else if (neurons.clampMode[eid] === ClampMode.voltage) values.push({ label: t('game.inspector.value.state'), value: t('game.inspector.state.voltageClamped', { value: fmt(neurons.clampValue[eid], 1) }), unit: '' });
  else if (neurons.clampMode[eid] === ClampMode.rate) values.push({ label: t('game.inspector.value.state'), value: t('game.inspector.state.rateClamped', { value: fmt(neurons.clampValue[eid], 1) }), unit: '' });
  return {
    kind: 'neuron',
    title: neuronName(world, eid),
    population: population.name,
    indexInPopulation: eid - population.firstEid,
    role: tags.length > 0 ? `${tags.join(', ')} · ${modelName}` : modelName,
    model: modelName,
    values,
    equations: neuronEquations(type, {
      a: neurons.a[eid], b: neurons.b[eid], c: neurons.c[eid], d: neurons.d[eid],
      v: neurons.vMv[eid], u: neurons.u[eid], gExc: neurons.gExc[eid], gInh: neurons.gInh[eid],
      rateHz: neurons.rateHz[eid] || type.rateHz,
    }),
    incomingCount: synapses.inStart[eid + 1] - synapses.inStart[eid],
    outgoingCount: synapses.outStart[eid + 1] - synapses.outStart[eid],
  };
}

export interface CellNumbers {
  a: number; b: number; c: number; d: number;
  v: number; u: number; gExc: number; gInh: number; rateHz: number;
}

/**
 * The governing equations with this cell's numbers plugged in. Izhikevich (2003):
 * v′ = 0.04v² + 5v + 140 − u + I, u′ = a(bv − u), reset v ← c, u ← u + d at v ≥ vPeak.
 * LIF: τm dv/dt = (vRest − v) + R·I, reset at threshold. Poisson: a spike with probability λ·dt.
 */
export function neuronEquations(type: NeuronTypeEntry, n: CellNumbers): string[] {
  const input = inputEquation(type, n);
  switch (type.model) {
    case NeuronModel.izhikevichNetwork:
    case NeuronModel.izhikevichEuler: {
      const iSyn = synapticCurrent(type, n);
      const dv = 0.04 * n.v * n.v + 5 * n.v + 140 - n.u + iSyn;
      const du = n.a * (n.b * n.v - n.u);
      return [
        'dv/dt = 0.04v² + 5v + 140 − u + I',
        t('game.inspector.eq.izhikevichDv', { terms: `0.04·(${fmt(n.v, 2)})² + 5·(${fmt(n.v, 2)}) + 140 − (${fmt(n.u, 3)}) + ${paren(iSyn)}`, dv: fmt(dv, 3) }),
        t('game.inspector.eq.izhikevichDu', { terms: `${fmt(n.a, 4)}·(${fmt(n.b, 4)}·(${fmt(n.v, 2)}) − (${fmt(n.u, 3)}))`, du: fmt(du, 4) }),
        t('game.inspector.eq.izhikevichReset', { peak: fmt(type.vPeakMv, 1), c: fmt(n.c, 2), d: fmt(n.d, 3) }),
        input,
      ];
    }
    case NeuronModel.lif: {
      const iSyn = type.inputMode === InputMode.current ? n.gExc + n.gInh : 0;
      const gTerms = type.inputMode === InputMode.conductance
        ? ` + ${fmt(n.gExc, 4)}·(${fmt(type.eExcMv, 1)} − v) + ${fmt(n.gInh, 4)}·(${fmt(type.eInhMv, 1)} − v)`
        : '';
      const drive = type.inputMode === InputMode.conductance
        ? n.gExc * (type.eExcMv - n.v) + n.gInh * (type.eInhMv - n.v)
        : type.resistanceMOhm * iSyn;
      const dv = ((type.vRestMv - n.v) + drive) / type.tauMMs;
      return [
        type.inputMode === InputMode.conductance
          ? 'τm dv/dt = (vRest − v) + gExc(eExc − v) + gInh(eInh − v) + R·I'
          : 'τm dv/dt = (vRest − v) + R·I',
        `${fmt(type.tauMMs, 1)} ms · dv/dt = (${fmt(type.vRestMv, 1)} − (${fmt(n.v, 2)}))${gTerms} + ${fmt(type.resistanceMOhm, 2)} MΩ · ${paren(iSyn)}`,
        t('game.inspector.eq.lifDv', { dv: fmt(dv, 3) }),
        t('game.inspector.eq.lifReset', { threshold: fmt(type.vThreshMv, 1), reset: fmt(type.vResetMv, 1), refractory: fmt(type.refractoryMs, 1) }),
        input,
      ];
    }
    default:
      return [
        t('game.inspector.eq.poissonRate', { rate: fmt(n.rateHz, 1) }),
        t('game.inspector.eq.poissonInterval', { interval: n.rateHz > 0 ? fmt(1000 / n.rateHz, 1) : '∞' }),
      ];
  }
}

function inputEquation(type: NeuronTypeEntry, n: CellNumbers): string {
  if (type.inputMode === InputMode.conductance) {
    return t('game.inspector.eq.conductanceInput', { eExc: fmt(type.eExcMv, 1), eInh: fmt(type.eInhMv, 1), tauExc: fmt(type.tauExcMs, 1), tauInh: fmt(type.tauInhMs, 1) });
  }
  const sum = paren(n.gExc + n.gInh);
  return type.tauExcMs > 0
    ? t('game.inspector.eq.currentInputDecays', { sum, tau: fmt(type.tauExcMs, 1) })
    : t('game.inspector.eq.currentInputOneTick', { sum });
}

function synapticCurrent(type: NeuronTypeEntry, n: CellNumbers): number {
  return type.inputMode === InputMode.conductance
    ? n.gExc * (type.eExcMv - n.v) + n.gInh * (type.eInhMv - n.v)
    : n.gExc + n.gInh;
}

/** Incoming or outgoing synapses of a neuron, the first `max` of them (plus how many there are in all). */
export function listSynapses(world: SimWorld, eid: number, direction: 'in' | 'out', max: number): { rows: SynapseRow[]; total: number } {
  const { synapses } = world;
  const start = direction === 'in' ? synapses.inStart : synapses.outStart;
  const ids = direction === 'in' ? synapses.inIds : synapses.outIds;
  const total = start[eid + 1] - start[eid];
  const rows: SynapseRow[] = [];
  for (let k = start[eid]; k < start[eid + 1] && rows.length < max; k++) {
    const s = ids[k];
    rows.push({
      synapseId: s,
      other: neuronName(world, direction === 'in' ? synapses.pre[s] : synapses.post[s]),
      projection: world.projections[projectionIndexOfSynapse(world, s)].name,
      weight: fmt(synapses.weight[s], 4),
      receptor: synapses.receptor[s] === 1 ? 'inhibitory' : 'excitatory',
      active: synapses.active[s] === 1,
    });
  }
  return { rows, total };
}

/**
 * Spikes of this neuron over the last rateWindowMs, from the spike ring (newest first, stops at the
 * window). When the ring holds less than the window (a large, busy network overwrites it sooner),
 * the rate is over the span it still holds.
 */
export function recentRateHz(world: SimWorld, eid: number): number {
  const ring = world.monitors.spikes;
  const now = world.clock[0];
  const windowTicks = rateWindowMs / world.dtMs;
  let spanMs = Math.min(rateWindowMs, now * world.dtMs);
  if (spanMs <= 0) return 0;
  const index = eid - 1;
  let count = 0;
  const oldest = Math.max(0, ring.written - ring.capacity);
  for (let k = ring.written - 1; k >= oldest; k--) {
    const slot = k % ring.capacity;
    if (ring.ticks[slot] < now - windowTicks) break;
    if (ring.neurons[slot] === index) count++;
  }
  if (oldest > 0) {
    const oldestTick = ring.ticks[oldest % ring.capacity];
    if (oldestTick >= now - windowTicks) spanMs = Math.max(world.dtMs, (now - oldestTick) * world.dtMs);
  }
  return count / (spanMs / 1000);
}

function lastSpikeValue(world: SimWorld, eid: number): LiveValue {
  const tick = world.neurons.lastSpikeTick[eid];
  if (tick <= NEVER_SPIKED_TICK) return { label: t('game.inspector.value.lastSpike'), value: t('game.inspector.never'), unit: '' };
  const atMs = tick * world.dtMs;
  const agoMs = (world.clock[0] - tick) * world.dtMs;
  return { label: t('game.inspector.value.lastSpike'), value: t('game.inspector.spikeAgo', { ago: fmt(agoMs, 1), at: fmt(atMs, 1) }), unit: '' };
}

function modelLabel(type: NeuronTypeEntry): string {
  switch (type.model) {
    case NeuronModel.izhikevichNetwork: return t('game.inspector.model.izhikevichNetwork', { type: type.name });
    case NeuronModel.izhikevichEuler: return t('game.inspector.model.izhikevichEuler', { type: type.name, step: formatWithUnit(type.eulerStepMs, 'ms') });
    case NeuronModel.lif: return t('game.inspector.model.lif', { type: type.name });
    default: return t('game.inspector.model.poisson', { type: type.name });
  }
}

/** A number for reading: fixed decimals, a real minus sign, exponent form for very large or small. */
export function fmt(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const text = abs !== 0 && (abs >= 1e6 || abs < Math.pow(10, -decimals)) ? value.toExponential(2) : value.toFixed(decimals);
  // The page's decimal mark (a comma in Spanish); fixed digits and no grouping either way.
  return text.replace(/^-/, '−').replace('.', decimalMark());
}

function paren(value: number): string {
  const text = fmt(value, 3);
  return value < 0 ? `(${text})` : text;
}

/** The decimal mark of the page's language ("." or ","). */
function decimalMark(): string {
  return formatNumber(1.5).charAt(1);
}

/** A synapse's receptor in words. */
export function receptorWord(receptor: 'excitatory' | 'inhibitory'): string {
  return receptor === 'inhibitory' ? t('game.inspector.receptor.inhibitory') : t('game.inspector.receptor.excitatory');
}
