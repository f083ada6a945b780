/**
 * The loader refuses pruning configs its schema cannot catch: a task that cannot be drawn (more
 * categories than ±1 prototypes on the informative inputs), growth with no peak (start above the
 * peak), and a network the page cannot run smoothly (too much work per epoch or per ms of level time,
 * epochWork.ts); the built-in level and the sandbox at its largest sliders load.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorsOf } from '../../levels/helpers';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function levelWith(change: Record<string, number>): Raw {
  const raw = JSON.parse(readFileSync(new URL('../../../levels/developmental-pruning.json', import.meta.url), 'utf8')) as Raw;
  raw.circuits[0] = { ...raw.circuits[0], ...change };
  return raw;
}

const messages = (change: Record<string, number>): string[] => errorsOf(levelWith(change)).map((e) => `${e.path}: ${e.message}`);

describe('developmental pruning configs the loader refuses', () => {
  it('loads the built-in level, and the sandbox network at its largest sliders', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ inputs: 40, hiddenUnits: 24, peakFraction: 0.5 })).toEqual([]);
  });

  it('refuses more categories than the informative inputs have distinct prototypes', () => {
    expect(messages({ informativeInputs: 1, categories: 8 })).toEqual(['circuits[0].categories: 8 categories need distinct prototypes, and 1 informative inputs give at most 2']);
    expect(messages({ informativeInputs: 2, categories: 4 })).toEqual([]);
    expect(messages({ informativeInputs: 2, categories: 5 })).toHaveLength(1);
  });

  it('refuses a start above the peak (no peak to fall from)', () => {
    expect(messages({ startFraction: 0.95, peakFraction: 0.9 })).toEqual(['circuits[0].startFraction: the synapses at the start (0.95) must not exceed the peak (peakFraction 0.9): there would be no peak']);
    expect(messages({ startFraction: 0.9, peakFraction: 0.9 })).toEqual([]);
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
  });
});
