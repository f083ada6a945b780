/**
 * The loader refuses pruning configs its schema cannot catch: a task that cannot be drawn (more
 * categories than ±1 prototypes on the informative inputs), growth with no peak (start above the
 * peak), and a network the page cannot run smoothly (too much work per epoch or per ms of level time,
 * epochWork.ts); the built-in level and the sandbox at its largest sliders load. Each refusal carries a
 * code, so a Spanish page words it too (codedReason).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { codedReason } from '../../../src/editor/levelErrorWords';
import { setLocale } from '../../../src/i18n/messages';
import { errorsOf } from '../../levels/helpers';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function levelWith(change: Record<string, number>): Raw {
  const raw = JSON.parse(readFileSync(new URL('../../../levels/developmental-pruning.json', import.meta.url), 'utf8')) as Raw;
  raw.circuits[0] = { ...raw.circuits[0], ...change };
  return raw;
}

afterEach(() => setLocale('en'));

/** The reasons as a Spanish page words them. */
function spanish(change: Record<string, number>): string[] {
  setLocale('es');
  return errorsOf(levelWith(change)).map((e) => `${e.path}: ${codedReason(e)}`);
}

const messages = (change: Record<string, number>): string[] => errorsOf(levelWith(change)).map((e) => `${e.path}: ${e.message}`);

describe('developmental pruning configs the loader refuses', () => {
  it('loads the built-in level, and the sandbox network at its largest sliders', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ inputs: 40, hiddenUnits: 24, peakFraction: 0.5 })).toEqual([]);
  });

  it('refuses more categories than the informative inputs have distinct prototypes', () => {
    expect(messages({ informativeInputs: 1, categories: 8 })).toEqual(['circuits[0].categories: must be at most 2, got 8: each category needs a prototype of its own, and 1 informative input gives only 2']);
    expect(spanish({ informativeInputs: 1, categories: 8 })).toEqual(['circuits[0].categories: debe ser como máximo 2 (valor dado: 8)']);
    expect(messages({ informativeInputs: 2, categories: 4 })).toEqual([]);
    expect(messages({ informativeInputs: 2, categories: 5 })).toHaveLength(1);
  });

  it('refuses more informative inputs than inputs, naming the inputs in Spanish too', () => {
    expect(messages({ inputs: 8, informativeInputs: 9, categories: 4 })).toEqual(['circuits[0].informativeInputs: must be at most 8, the number of inputs, got 9: informative inputs are some of the inputs']);
    expect(spanish({ inputs: 8, informativeInputs: 9, categories: 4 })).toEqual([expect.stringMatching(/^circuits\[0\]\.informativeInputs: debe ser como máximo 8 \(valor dado: 9\); 8 es el valor de «[^»]+»$/)]);
  });

  it('refuses a start above the peak (no peak to fall from)', () => {
    expect(messages({ startFraction: 0.95, peakFraction: 0.9 })).toEqual(['circuits[0].startFraction: must be at most 0.9, the peak (peakFraction), got 0.95: otherwise there is no peak']);
    expect(spanish({ startFraction: 0.95, peakFraction: 0.9 })).toEqual([expect.stringMatching(/^circuits\[0\]\.startFraction: debe ser como máximo 0[.,]9 \(valor dado: 0[.,]95\); 0[.,]9 es el valor de «[^»]+»$/)]);
    expect(messages({ startFraction: 0.9, peakFraction: 0.9 })).toEqual([]);
  });

  it('refuses a schedule out of order: pruning ending before it starts, or starting before growth ends', () => {
    expect(messages({ growthEpochs: 20, pruneStartEpoch: 30, pruneEndEpoch: 30 })).toEqual(['circuits[0].pruneEndEpoch: must be more than 30, the epoch pruning starts (pruneStartEpoch), got 30']);
    expect(messages({ growthEpochs: 20, pruneStartEpoch: 19, pruneEndEpoch: 60 })).toEqual(['circuits[0].pruneStartEpoch: must be at least 20, the epoch growth ends (growthEpochs), got 19']);
    expect(spanish({ growthEpochs: 20, pruneStartEpoch: 19, pruneEndEpoch: 60 })).toEqual([expect.stringMatching(/^circuits\[0\]\.pruneStartEpoch: debe ser como mínimo 20 \(valor dado: 19\); 20 es el valor de «[^»]+»$/)]);
    expect(messages({ growthEpochs: 20, pruneStartEpoch: 20, pruneEndEpoch: 21 })).toEqual([]);
  });

  it('refuses a network whose epochs cost more than a frame, or too much per ms of level time', () => {
    const big = { inputs: 64, hiddenUnits: 32, testExamples: 2000, examplesPerEpoch: 256, epochEveryMs: 1 };
    const [tooBig, ...rest] = messages(big);
    expect(rest).toEqual([]);
    expect(tooBig).toMatch(/^circuits\[0\]\.testExamples: one epoch would pass 12046336 example-synapse units .* more than the 3000000 a frame can hold/);
    // A network that fits in a frame but comes every ms of level time: too much per ms, and the message says how far apart to space epochs.
    const often = messages({ inputs: 64, hiddenUnits: 32, testExamples: 400, epochEveryMs: 1 });
    expect(often).toHaveLength(1);
    expect(often[0]).toMatch(/^circuits\[0\]\.epochEveryMs: an epoch every 1 ms would cost 2158592 example-synapse units per ms .* make epochs at least 22 ms apart/);
    expect(messages({ inputs: 64, hiddenUnits: 32, testExamples: 400, epochEveryMs: 22 })).toEqual([]);
    expect(spanish(big)[0]).toMatch(/^circuits\[0\]\.testExamples: una época procesaría 12[.\s]?046[.\s]?336 unidades ejemplo-sinapsis, más de las 3[.\s]?000[.\s]?000 que caben en un fotograma/);
    expect(spanish({ inputs: 64, hiddenUnits: 32, testExamples: 400, epochEveryMs: 1 })[0]).toMatch(/deja al menos 22 ms entre épocas/);
  });
});
