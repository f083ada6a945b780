/**
 * A circuit's trace signals in the page's language: the circuit defines each label and unit in
 * English; the string files translate them under "scene.circuit.<kind>.trace.<signal>" (and ".unit"
 * when the unit is words, such as "reward units"; symbols like Hz stay). test/render/circuitWords
 * walks every signal of the registry.
 */
import { translatedOr } from '../i18n/definedWords';
import { t } from '../i18n/messages';
import type { KindTraceSignal } from '../circuits/registry';

/** A unit is words (needs a translation) when it holds a run of three or more lower-case letters. */
export function unitIsWords(unit: string): boolean {
  return /[a-z]{3,}/.test(unit);
}

export function traceSignalKey(signal: Pick<KindTraceSignal, 'circuitKind'>, name: string): string {
  return `scene.circuit.${signal.circuitKind}.trace.${name}`;
}

export function traceSignalLabel(signal: KindTraceSignal, name: string): string {
  return translatedOr(traceSignalKey(signal, name), signal.label);
}

export function traceSignalUnit(signal: KindTraceSignal, name: string): string {
  return unitIsWords(signal.unit) ? translatedOr(`${traceSignalKey(signal, name)}.unit`, signal.unit) : signal.unit;
}

/** "voltage (mV)": a quantity with its unit, as an axis names it. */
export function withUnitInBrackets(label: string, unit: string): string {
  return unit ? t('scene.plot.labelWithUnit', { label, unit }) : label;
}
