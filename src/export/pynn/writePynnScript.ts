/**
 * PynnNetwork → the text of a runnable PyNN script: a header that names the level and lists, one
 * line each with its level path, everything PyNN cannot express; the network as data tables in
 * PyNN's units; then the fixed Python (pythonRuntime.ts, pythonBrian2.ts) that builds, runs, reports.
 */
import type { PynnCurrentSource, PynnNetwork, PynnPopulation, PynnProjection, PynnRecording } from './pynnNetwork';
import { PYTHON_MAIN, PYTHON_PRELUDE } from './pythonRuntime';
import { pyCommentText, pyFloat32Array, pyInt32Array, pyIntList, pyNumber, pyNumberList, pyPerNeuron, pyString } from './pythonValues';

function header(network: PynnNetwork): string {
  const lines = [
    '#!/usr/bin/env python3',
    `"""A Synaptica level as a PyNN 0.10 script (its title and id are in the comment below).`,
    '',
    'Exported by `npm run export -- <level> --pynn <script>`; see docs/scaling.md.',
    '  python3 this.py --backend brian2 [--duration-ms T] [--results out.json]',
    '  mpirun -np N python3 this.py --backend nest',
    '"""',
    // Level text goes only into comments, each made one line (pyCommentText), never into code or a docstring.
    `# Level: ${pyCommentText(network.levelTitle)} (id "${pyCommentText(network.levelId)}")`,
    '# NOT EXPRESSIBLE IN PyNN (path in the level file: what is left out or approximated).',
  ];
  if (network.unsupported.length === 0) lines.push('#   (nothing: the whole level is a plain network)');
  for (const part of network.unsupported) lines.push(`#   ${pyCommentText(part.path)}: ${pyCommentText(part.what)}`);
  lines.push(`# Seed ${network.seed}; level time step ${network.levelDtMs} ms, script time step ${network.timestepMs} ms.`);
  lines.push('# Synapse weights and delays are our built network\'s, rounded to float32.');
  return lines.join('\n');
}

function dict(entries: Record<string, string>, indent = '    '): string {
  const body = Object.entries(entries).map(([key, value]) => `${indent}    ${pyString(key)}: ${value},`).join('\n');
  return `{\n${body}\n${indent}}`;
}

function population(p: PynnPopulation): string {
  const parameters = Object.fromEntries(Object.entries(p.parameters).map(([k, v]) => [k, pyPerNeuron(v)]));
  const initial = Object.fromEntries(Object.entries(p.initialValues).map(([k, v]) => [k, pyPerNeuron(v)]));
  return dict({
    name: pyString(p.name), label: pyString(p.label), size: String(p.size), cell_type: pyString(p.cellType),
    scheme: p.scheme ? pyString(p.scheme) : 'None',
    parameters: dict(parameters, '        '), initial_values: dict(initial, '        '),
  });
}

function projection(p: PynnProjection): string {
  const stdp = p.stdp
    ? dict({
      tau_plus: pyNumber(p.stdp.tauPlusMs), tau_minus: pyNumber(p.stdp.tauMinusMs),
      A_plus: pyNumber(p.stdp.aPlusRelative), A_minus: pyNumber(p.stdp.aMinusRelative),
      weight_dependence: pyString(p.stdp.weightDependence), w_min: pyNumber(p.stdp.wMin), w_max: pyNumber(p.stdp.wMax),
    }, '        ')
    : 'None';
  return dict({
    name: pyString(p.name), pre: pyString(p.pre), post: pyString(p.post), receptor: pyString(p.receptor),
    pre_index: pyInt32Array(p.preIndex), post_index: pyInt32Array(p.postIndex),
    weight: pyFloat32Array(p.weight), delay_ms: pyFloat32Array(p.delayMs),
    weight_scale: pyNumber(p.weightScale), stdp, record_weights: p.recordWeights ? 'True' : 'False',
  });
}

function currentSource(s: PynnCurrentSource): string {
  const common = { kind: pyString(s.kind), name: pyString(s.name), target: pyString(s.target), neurons: s.neurons ? pyIntList(s.neurons) : 'None' };
  switch (s.kind) {
    case 'dc': return dict({ ...common, amplitude: pyNumber(s.amplitudeNa), start: pyNumber(s.startMs), stop: s.stopMs === undefined ? 'None' : pyNumber(s.stopMs) });
    case 'noise': return dict({ ...common, mean: pyNumber(s.meanNa), stdev: pyNumber(s.stdevNa), dt: pyNumber(s.dtMs), start: pyNumber(s.startMs), stop: s.stopMs === undefined ? 'None' : pyNumber(s.stopMs) });
    case 'steps': return dict({ ...common, times: pyNumberList(s.timesMs), amplitudes: pyNumberList(s.amplitudesNa) });
  }
}

function recording(r: PynnRecording): string {
  return dict({
    population: pyString(r.population), variable: pyString(r.variable),
    neurons: r.neurons ? pyIntList(r.neurons) : 'None',
    sampling_interval: r.samplingIntervalMs === undefined ? 'None' : pyNumber(r.samplingIntervalMs),
  });
}

function list(name: string, items: string[], comment: string): string {
  return `# ${comment}\n${name} = [\n${items.map((item) => `    ${item},`).join('\n')}\n]`;
}

export function writePynnScript(network: PynnNetwork): string {
  return [
    header(network),
    PYTHON_PRELUDE.trim(),
    `LEVEL_ID = ${pyString(network.levelId)}`,
    `SEED = ${network.seed}`,
    `TIMESTEP_MS = ${pyNumber(network.timestepMs)}`,
    `DURATION_MS = ${pyNumber(network.durationMs)}`,
    list('POPULATIONS', network.populations.map(population), 'Populations: PyNN cell types and parameters (ms, mV, nA, nF, µS, Hz); per-neuron values as arrays.'),
    list('PROJECTIONS', network.projections.map(projection), 'Projections: every synapse (pre, post, weight, delay); weights in mV (Izhikevich), nA (current) or µS (conductance); weight_scale = PyNN weight per level weight unit.'),
    list('CURRENT_SOURCES', network.currentSources.map(currentSource), 'Current sources in nA.'),
    list('RECORDINGS', network.recordings.map(recording), 'What is recorded.'),
    `\n${PYTHON_MAIN.trim()}`,
    '',
  ].join('\n\n');
}
