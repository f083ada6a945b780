/**
 * The inspector's equation lines and rule names in Spanish: symbols and units stay, every word is
 * keyed (pure text, no simulation). Walks every model, input mode and named plasticity rule.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { REAL_LOCALES } from '../../src/i18n/locales';
import { CATALOGS, setLocale } from '../../src/i18n/messages';
import { InputMode, NeuronModel, NeuronTypeTable } from '../../src/sim/params/neuronTypes';
import { neuronEquations } from '../../src/ui/inspector/inspectorModel';
import { NAMED_RULES, plasticityRuleLabel, synapseEquations } from '../../src/ui/inspector/synapseDescription';

const ENGLISH_WORDS = /\b(without|stimulus|per|spike|silent|for|random|rate|mean|interval|synaptic|current|decays?|with|lasts|tick|each|adds|cell|input|later|eligibility|dopamine|kept|within|target|inputs|scaled|together|toward|above|none|engine|plasticity|if)\b/;

afterEach(() => setLocale('en'));

function allLines(): string[] {
  const table = new NeuronTypeTable(0.1);
  const numbers = { a: 0.02, b: 0.2, c: -65, d: 8, v: -70.5, u: -14, gExc: 2, gInh: -0.5, rateHz: 8 };
  const izhikevich = table.add({ name: 'RS', model: NeuronModel.izhikevichNetwork });
  const lifConductance = table.add({ name: 'c', model: NeuronModel.lif, inputMode: InputMode.conductance, tauExcMs: 5, tauInhMs: 5 });
  const lifCurrentOneTick = table.add({ name: 'o', model: NeuronModel.lif, inputMode: InputMode.current, tauExcMs: 0 });
  const poisson = table.add({ name: 'p', model: NeuronModel.poisson, rateHz: 8 });
  const spec = { aPlus: 0.01, aMinus: 0.0105, tauPlusMs: 16.8, tauMinusMs: 33.7, wMax: 1, tauEligibilityMs: 1000, learningRate: 1e-3, tauMs: 20, targetRateHz: 5, tauRateMs: 1000, thetaDepression: 0.35, thetaPotentiation: 0.55 };
  return [
    ...[izhikevich, lifConductance, lifCurrentOneTick, poisson].flatMap((type) => neuronEquations(type, numbers)),
    ...[...NAMED_RULES, 'none'].flatMap((rule) => [...synapseEquations(rule, spec, 0.25, 1.5), plasticityRuleLabel(rule)]),
  ];
}

describe('inspector words', () => {
  it('every named rule has a name in every real locale', () => {
    for (const locale of REAL_LOCALES) {
      expect(NAMED_RULES.filter((rule) => !(`game.inspector.rule.${rule}` in CATALOGS[locale])), locale).toEqual([]);
    }
  });

  it('in Spanish, no equation line or rule name keeps an English word, and numbers use the decimal comma', () => {
    setLocale('es');
    const lines = allLines();
    expect(lines.filter((line) => ENGLISH_WORDS.test(line))).toEqual([]);
    expect(lines.join('\n')).toContain('(I sin estímulo)');
    expect(lines.join('\n')).toMatch(/−70,50/);
    expect(lines.join('\n')).toContain('plasticidad dependiente del momento de las espigas (STDP) [stdp]');
  });

  it('in English the same lines are English (the check above can fail)', () => {
    expect(allLines().filter((line) => ENGLISH_WORDS.test(line)).length).toBeGreaterThan(10);
  });
});
