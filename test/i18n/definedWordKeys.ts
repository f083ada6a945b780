/**
 * Every key the page builds from ids at run time (t(`scene.circuit.${kind}…`), labelWord(…)), with the
 * English the code defines for it and the parameters it is filled with. The catalog test only sees
 * literal keys; test/i18n/definedWords.test.ts walks this list. Actions are collected by running each
 * circuit's playerActions on every built-in level with that circuit, plus a two-CS eyeblink level (the
 * only way to see the per-CS interval control).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { CIRCUIT_DEFINITIONS } from '../../src/circuits/registry';
import type { CircuitDefinition } from '../../src/circuits/plugin/circuitDefinition';
import { actionTextKey, type CircuitAction } from '../../src/circuits/plugin/playerAction';
import { loadLevel } from '../../src/levels';
import type { Level } from '../../src/levels/schema/level';
import { metricDisplay, metricLabelKey, NON_CIRCUIT_METRIC_NAMES, WORD_UNITS } from '../../src/levels/labels/metricLabels';
import { NON_CIRCUIT_GROUPS } from '../../src/levels/labels/catalogGroupLabel';
import { KNOWN_STIMULUS_IDS, stimulusWords } from '../../src/levels/labels/stimulusLabel';
import { unitIsWords } from '../../src/render/circuitWords';

export interface DefinedWord {
  readonly key: string;
  /** The English the code shows (params filled in). */
  readonly english: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

const LEVELS_DIR = new URL('../../levels/', import.meta.url);

function builtInLevels(): Level[] {
  return readdirSync(LEVELS_DIR).filter((name) => name.endsWith('.json') && name !== 'campaign.json' && !name.includes('schema'))
    .flatMap((name) => {
      const loaded = loadLevel(readFileSync(new URL(name, LEVELS_DIR), 'utf8'));
      return loaded.ok ? [loaded.level] : [];
    });
}

/** A level with this circuit whose config has two CSs, both paired with the puff (the first CS's trial types copied for the second). */
function withTwoConditionedStimuli(level: Level): Level | null {
  const copy = JSON.parse(JSON.stringify(level)) as { circuits: Array<{ kind: string; cs?: Array<{ id: string }> }>; timeline?: { sessions: Array<{ phases: Array<{ trialTypes: Array<{ events: Array<{ target: string }> }> }> }> } };
  const circuit = copy.circuits.find((c) => Array.isArray(c.cs) && c.cs.length === 1);
  if (!circuit?.cs || !copy.timeline) return null;
  const first = circuit.cs[0].id;
  circuit.cs.push({ id: 'light' });
  for (const session of copy.timeline.sessions) for (const phase of session.phases) {
    phase.trialTypes.push(...phase.trialTypes.map((type) => ({ ...type, events: type.events.map((e) => (e.target === first ? { ...e, target: 'light' } : e)) })));
  }
  return copy as unknown as Level;
}

function actionWords(definition: CircuitDefinition, levels: readonly Level[]): DefinedWord[] {
  const words = new Map<string, DefinedWord>();
  for (const level of levels) {
    for (const config of level.circuits.filter((c) => c.kind === definition.kind)) {
      for (const action of definition.playerActions?.(config as never, level) ?? []) {
        const key = `scene.circuit.${definition.kind}.action.${actionTextKey(action)}`;
        if (!words.has(key)) words.set(key, { key, english: action.label, ...paramsOf(action) });
      }
    }
  }
  return [...words.values()];
}

/** The parameters the page fills an action's label with; the English uses the stimulus's plain words. */
function paramsOf(action: CircuitAction): { params?: Readonly<Record<string, string | number>> } {
  const text = action.text;
  if (!text) return {};
  if (text.stimulus === undefined) return { params: { ...text.params } };
  const cs = stimulusWords(text.stimulus);
  return { params: { ...text.params, cs, Cs: cs.charAt(0).toUpperCase() + cs.slice(1) } };
}

export function definedWords(): DefinedWord[] {
  const levels = builtInLevels();
  const words: DefinedWord[] = [];
  for (const d of CIRCUIT_DEFINITIONS) {
    const own = levels.filter((level) => level.circuits.some((c) => c.kind === d.kind));
    const twoCs = own.map(withTwoConditionedStimuli).filter((level): level is Level => level !== null).slice(0, 1);
    words.push({ key: `scene.circuit.${d.kind}.catalogGroup`, english: d.catalogGroup });
    for (const [id, label] of Object.entries(d.populationLabels ?? {})) words.push({ key: `scene.circuit.${d.kind}.population.${id}`, english: label });
    for (const [name, metric] of Object.entries(d.metrics)) {
      words.push({ key: metricLabelKey(name), english: metric.display.label });
      if (metric.display.labelFor) {
        const args = { syllable: 1 };
        words.push({ key: `${metricLabelKey(name)}.of`, english: metric.display.labelFor(args), params: metric.display.labelParams?.(args) ?? {} });
      }
    }
    for (const [name, signal] of Object.entries(d.traceSignals ?? {})) {
      words.push({ key: `scene.circuit.${d.kind}.trace.${name}`, english: signal.label });
      if (unitIsWords(signal.unit)) words.push({ key: `scene.circuit.${d.kind}.trace.${name}.unit`, english: signal.unit });
    }
    words.push(...actionWords(d, [...own, ...twoCs]));
  }
  for (const name of NON_CIRCUIT_METRIC_NAMES) words.push({ key: metricLabelKey(name), english: metricDisplay(name).label });
  words.push({ key: 'scene.metric.difference.of', english: 'A minus B', params: { a: 'A', b: 'B' } });
  words.push({ key: 'scene.metric.ratio.of', english: 'A over B', params: { a: 'A', b: 'B' } });
  for (const unit of WORD_UNITS) words.push({ key: `scene.unit.${unit}`, english: unit });
  for (const id of KNOWN_STIMULUS_IDS) words.push({ key: `scene.stimulus.${id}`, english: stimulusWords(id) });
  for (const [group, key] of Object.entries(NON_CIRCUIT_GROUPS)) words.push({ key, english: group });
  return words;
}

/** Each name a trial goes by on axes ("trial", and each circuit's trialNoun), for the learning curve's keys. */
export function trialNouns(): string[] {
  return [...new Set(['trial', ...CIRCUIT_DEFINITIONS.flatMap((d) => (d.trialNoun ? [d.trialNoun] : []))])];
}
