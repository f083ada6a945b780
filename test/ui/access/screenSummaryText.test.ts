// The screen summary's sentences (screenSummaryText.ts) in English and Spanish: the run's state and
// trials, the rates busiest first with the rest counted, the objectives; every dynamic key exists.
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS, setLocale } from '../../../src/i18n/messages';
import { RATES_LISTED, ratesSentence, screenSummarySentences, type RunState, type ScreenFacts } from '../../../src/ui/access/screenSummaryText';

const base: ScreenFacts = {
  levelTitle: 'Tone, then juice',
  runState: 'running',
  trialsDone: 3,
  timeMs: 9500,
  rates: [{ label: 'Time cells', rateHz: 2.5 }, { label: 'Dopamine neurons', rateHz: 12 }, { label: 'Value', rateHz: 0 }],
  scene: ['No cue is on.'],
  objectives: [{ description: 'Burst at the cue', value: '20\u00a0Hz (goal ≥ 15\u00a0Hz)', met: true }],
};

afterEach(() => setLocale('en'));

describe('screen summary sentences', () => {
  it('says the level, the run, the rates busiest first (silent populations left out), the scene and the goals', () => {
    expect(screenSummarySentences(base)).toEqual([
      'Level: Tone, then juice.',
      'Running: 3 trials done.',
      'Firing rates over the last second: Dopamine neurons 12\u00a0Hz and Time cells 2.5\u00a0Hz.',
      'No cue is on.',
      'Goal met: Burst at the cue (20\u00a0Hz (goal ≥ 15\u00a0Hz)).',
    ]);
  });

  it('says the time for a level without trials, and each run state', () => {
    for (const state of ['running', 'paused', 'finished'] as RunState[]) {
      const [, line] = screenSummarySentences({ ...base, runState: state, trialsDone: null });
      expect(line).toMatch(/9\.5\u00a0s/);
      expect(line).not.toMatch(/\[access/);
      const [, trials] = screenSummarySentences({ ...base, runState: state, trialsDone: 1 });
      expect(trials).toMatch(/1 trial\b/);
    }
  });

  it(`lists at most ${RATES_LISTED} populations and counts the rest`, () => {
    const rates = Array.from({ length: 7 }, (_, i) => ({ label: `P${i}`, rateHz: i + 1 }));
    expect(ratesSentence(rates)).toBe('Firing rates over the last second: P6 7\u00a0Hz, P5 6\u00a0Hz, P4 5\u00a0Hz, and P3 4\u00a0Hz, and 3 more populations.');
    expect(ratesSentence([{ label: 'A', rateHz: 0 }])).toBe('No neuron fired in the last second.');
  });

  it('speaks Spanish with Spanish numbers and lists', () => {
    setLocale('es');
    const lines = screenSummarySentences({ ...base, runState: 'paused' });
    expect(lines[1]).toBe('En pausa tras 3 ensayos.');
    expect(lines[2]).toBe('Frecuencias de disparo en el último segundo: Dopamine neurons 12\u00a0Hz y Time cells 2,5\u00a0Hz.');
    expect(lines[4]).toMatch(/^Objetivo cumplido/);
  });

  it('has every key the summary and the scene describers build at run time, in English and Spanish', () => {
    const dynamic = [
      ...['running', 'paused', 'finished'].flatMap((s) => [`access.summary.trials.${s}`, `access.summary.time.${s}`]),
      ...['burst', 'dip'].flatMap((sign) => ['reward', 'cue', 'other'].map((where) => `access.dopamine.${sign}.${where}`)),
    ];
    for (const locale of ['en', 'es']) expect(dynamic.filter((key) => !(key in CATALOGS[locale])), locale).toEqual([]);
  });
});
