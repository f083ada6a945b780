// Keys built from ids at run time (a circuit's metric, population, trace and action words, the level
// menu's groups, the words for a trial): the catalog test cannot see them, so this walks every id of
// the circuit registry and the label tables and fails on a key missing in a real locale, or an English
// message that no longer says what the code says.
import { afterEach, describe, expect, it } from 'vitest';
import { REAL_LOCALES } from '../../src/i18n/locales';
import { CATALOGS, setLocale, t } from '../../src/i18n/messages';
import { translatedOr } from '../../src/i18n/definedWords';
import { setLabelTranslator } from '../../src/levels/labels/labelWords';
import { metricLabel } from '../../src/levels/labels/metricLabels';
import { populationLabel } from '../../src/levels/labels/populationLabels';
import { catalogGroupLabel } from '../../src/levels/labels/catalogGroupLabel';
import { circuitPlayerActions } from '../../src/levels/circuitPlayerActions';
import { builtInLevel } from '../levels/helpers';
import { definedWords, trialNouns } from './definedWordKeys';

const words = definedWords();

afterEach(() => {
  setLabelTranslator(null);
  setLocale('en');
});

describe('words the code defines in English have a key in every real locale', () => {
  it('the walk finds every kind of word (circuit groups, populations, metrics, traces, actions)', () => {
    for (const part of ['catalogGroup', 'population.', 'metric.', 'trace.', 'action.', 'action.setIsiMsOfCs']) {
      expect(words.some((w) => w.key.startsWith('scene.circuit.') && w.key.includes(part)), part).toBe(true);
    }
    expect(new Set(words.map((w) => w.key)).size).toBe(words.length);
  });

  for (const locale of REAL_LOCALES) {
    it(`${locale}: every defined word has its key`, () => {
      expect(words.map((w) => w.key).filter((key) => !(key in CATALOGS[locale]))).toEqual([]);
    });

    it(`${locale}: every trial noun has the learning curve's and the status line's words`, () => {
      const keys = trialNouns().flatMap((noun) => ['axis', 'count', 'done', 'noneYet', 'notMeasured', 'noValue'].map((part) => `scene.noun.${noun}.${part}`));
      expect(keys.filter((key) => !(key in CATALOGS[locale]))).toEqual([]);
    });
  }

  it('each English message says what the code says (filled with the same values)', () => {
    const differing = words.filter((w) => t(w.key, w.params, 'en') !== w.english).map((w) => `${w.key}: "${t(w.key, w.params, 'en')}" ≠ "${w.english}"`);
    expect(differing).toEqual([]);
  });

  it('Spanish is not English left untranslated (names and abbreviations aside)', () => {
    const same = new Set(['HVC', 'RA', 'LMAN']);
    const untranslated = words.filter((w) => !same.has(w.english) && t(w.key, w.params, 'es') === w.english).map((w) => w.key);
    expect(untranslated).toEqual([]);
  });
});

describe('the page shows the translations where the labels are made', () => {
  it('English pages keep the code\'s English even with the translator installed', () => {
    setLabelTranslator(translatedOr);
    expect(metricLabel('syllablePitchHz', { syllable: 1 })).toBe('Pitch of syllable 2');
    expect(metricLabel('arenaError', { rule: 'feedbackAlignment' })).toBe('Mean error: Feedback alignment');
    expect(catalogGroupLabel('Cerebellum')).toBe('Cerebellum');
  });

  it('Spanish: metric, population, group and action labels (with their values placed) come from the string files', () => {
    setLocale('es');
    expect(metricLabel('crPercent')).toBe('CRs'); // no translator yet: English, as in Node and the CLI
    setLabelTranslator(translatedOr);
    expect(metricLabel('crPercent')).toBe('RC');
    expect(metricLabel('syllablePitchHz', { syllable: 1 })).toBe('Tono de la sílaba 2');
    // A word inside a label (the arena's rule name) is translated too, not printed in English.
    expect(metricLabel('arenaError', { rule: 'feedbackAlignment' })).toBe('Error medio: Alineamiento por retroalimentación');
    expect(populationLabel({ circuits: [{ kind: 'cerebellum' }] }, 'purkinje')).toBe('Células de Purkinje');
    expect(populationLabel({ populations: [{ id: 'purkinje', label: 'My cells' }] }, 'purkinje')).toBe('My cells');
    expect(catalogGroupLabel('Cerebellum')).toBe('Cerebelo');
    expect(catalogGroupLabel('Plasticity')).toBe('Plasticidad');
    expect(catalogGroupLabel('Something else')).toBe('Something else');
    const labels = circuitPlayerActions(builtInLevel('eyeblink-acquisition')).map((a) => a.label);
    expect(labels).toContain('Tono–soplo: intervalo (ISI) de los próximos ensayos');
    expect(labels).toContain('Inactivar la oliva inferior');
  });
});
