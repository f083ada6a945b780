/** Picking a synapse line: distance to a segment, nearest active candidate within reach. */
import { describe, expect, it } from 'vitest';
import { distanceToSegmentSq, nearestSynapse } from '../../../src/render/circuit/synapseHit';

describe('distanceToSegmentSq', () => {
  it('is the perpendicular distance inside the segment and the distance to an end outside it', () => {
    expect(distanceToSegmentSq(2, 1, 0, 0, 4, 0)).toBe(1);
    expect(distanceToSegmentSq(-3, 4, 0, 0, 4, 0)).toBe(25);
    expect(distanceToSegmentSq(7, 0, 0, 0, 4, 0)).toBe(9);
    // A zero-length segment is its point.
    expect(distanceToSegmentSq(3, 4, 0, 0, 0, 0)).toBe(25);
  });
});

describe('nearestSynapse', () => {
  // Neurons (index = eid − 1): 0 at (0, 0), 1 at (4, 0), 2 at (0, 4). Synapses: 0: 1→2 (along y = 0),
  // 1: 1→3 (along x = 0), 2: 2→2 (self, no line), 3: 2→3 (diagonal), inactive.
  const ends = {
    pre: [1, 1, 2, 2],
    post: [2, 3, 2, 3],
    x: [0, 4, 0],
    y: [0, 0, 4],
    active: [1, 1, 1, 0],
  };

  it('picks the line under the point, and nothing beyond reach', () => {
    expect(nearestSynapse([0, 1, 2, 3], ends, 2, 0.3, 0.5)).toBe(0);
    expect(nearestSynapse([0, 1, 2, 3], ends, 0.2, 3, 0.5)).toBe(1);
    expect(nearestSynapse([0, 1, 2, 3], ends, 2, 0.6, 0.5)).toBe(-1);
  });

  it('prefers the nearer of two lines', () => {
    // (0.3, 0.4): 0.4 from line 0, 0.3 from line 1.
    expect(nearestSynapse([0, 1], ends, 0.3, 0.4, 1)).toBe(1);
    expect(nearestSynapse([0, 1], ends, 0.4, 0.3, 1)).toBe(0);
  });

  it('never picks an inactive synapse, a self-synapse, or one not among the candidates', () => {
    // (2, 2) is on the diagonal 2→3, which is inactive.
    expect(nearestSynapse([3], ends, 2, 2, 0.5)).toBe(-1);
    expect(nearestSynapse([2], ends, 4, 0, 0.5)).toBe(-1);
    expect(nearestSynapse([1], ends, 2, 0, 0.5)).toBe(-1);
  });
});
