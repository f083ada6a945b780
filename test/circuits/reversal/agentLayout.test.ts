/**
 * The reversal agent's index tables: each one's indices are exactly 0…n−1 (no gap, no two fields on
 * one slot), so a table's length can be its key count.
 */
import { describe, expect, it } from 'vitest';
import { LIVE, LOG, SCORE, SUMMARY, TRIAL, UNIT } from '../../../src/circuits/reversal/agentLayout';

describe('reversal agent layout', () => {
  it.each(Object.entries({ UNIT, TRIAL, SCORE, SUMMARY, LOG, LIVE }))('%s indices run 0…n−1', (_name, table) => {
    const indices = Object.values(table).sort((a, b) => a - b);
    expect(indices).toEqual(indices.map((_v, i) => i));
  });
});
