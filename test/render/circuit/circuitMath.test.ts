import { describe, expect, it } from 'vitest';
import { fitBounds, toLayout, toScreen, zoomAt } from '../../../src/render/circuit/viewTransform';
import { NeuronHitIndex } from '../../../src/render/circuit/neuronHitIndex';
import { excitatoryColor, inhibitoryColor, isInhibitory, lineWidthPx, maxLinePx, minLinePx, mixColor, relativeStrength, scaleColor, synapseColor } from '../../../src/render/circuit/synapseStyle';
import { sampleSynapses } from '../../../src/render/circuit/synapseSample';
import { excursion, glowStyle, nextReference, referenceHalfLifeMs } from '../../../src/render/circuit/modulatorGlow';

// Pure view maths: no simulation runs here (no dt or seed involved).
describe('view transform', () => {
  it('fits bounds centred with the margin on the limiting axis', () => {
    const t = fitBounds({ minX: 0, minY: 0, maxX: 100, maxY: 50 }, 1000, 1000, 50);
    expect(t.scale).toBeCloseTo(9);
    expect(toScreen(t, 50, 25)).toEqual({ x: 500, y: 500 });
    expect(toScreen(t, 0, 0).x).toBeCloseTo(50);
  });

  it('zoom keeps the point under the cursor fixed and clamps the scale', () => {
    const t = { scale: 2, offsetX: 10, offsetY: -5 };
    const before = toLayout(t, 300, 200);
    const z = zoomAt(t, 1.5, 300, 200, 2);
    expect(z.scale).toBeCloseTo(3);
    const after = toLayout(z, 300, 200);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
    expect(zoomAt(t, 1e9, 0, 0, 2).scale).toBeCloseTo(120);
    expect(zoomAt(t, 1e-9, 0, 0, 2).scale).toBeCloseTo(0.5);
  });
});

describe('neuron hit index', () => {
  it('finds the nearest neuron within its radius, or none', () => {
    const n = 10_000;
    const x = new Float32Array(n);
    const y = new Float32Array(n);
    for (let i = 0; i < n; i++) { x[i] = i % 100; y[i] = Math.floor(i / 100); }
    const index = new NeuronHitIndex(x, y, new Float32Array(n).fill(0.3));
    expect(index.nearest(37.1, 42.2)).toBe(42 * 100 + 37);
    expect(index.nearest(37.5, 42.5)).toBe(-1);
    expect(index.nearest(37.5, 42.5, 0.5)).toBe(42 * 100 + 37); // tie → lower index
    expect(index.nearest(-5, -5)).toBe(-1);
    expect(index.nearest(99.2, 99)).toBe(9999);
  });

  it('matches a brute-force search on scattered points', () => {
    const n = 500;
    const x = new Float32Array(n);
    const y = new Float32Array(n);
    const r = new Float32Array(n);
    // A fixed low-discrepancy scatter (no randomness needed).
    for (let i = 0; i < n; i++) { x[i] = (i * 0.618034) % 1 * 50; y[i] = (i * 0.754878) % 1 * 30; r[i] = 0.2 + (i % 5) * 0.1; }
    const index = new NeuronHitIndex(x, y, r);
    for (let q = 0; q < 300; q++) {
      const px = (q * 0.377) % 1 * 52 - 1;
      const py = (q * 0.529) % 1 * 32 - 1;
      let best = -1;
      let bestD = Infinity;
      for (let i = 0; i < n; i++) {
        const d = Math.hypot(x[i] - px, y[i] - py);
        if (d <= r[i] && d < bestD) { best = i; bestD = d; }
      }
      expect(index.nearest(px, py)).toBe(best);
    }
  });
});

describe('synapse style', () => {
  it('maps weight to strength, width and colour monotonically', () => {
    expect(relativeStrength(0.25, 0.5)).toBeCloseTo(0.5);
    expect(relativeStrength(-2, 1)).toBe(1);
    expect(relativeStrength(1, 0)).toBe(0);
    expect(relativeStrength(Number.NaN, 1)).toBe(0);
    expect(lineWidthPx(0)).toBe(minLinePx);
    expect(lineWidthPx(1)).toBe(maxLinePx);
    expect(lineWidthPx(0.5)).toBeGreaterThan(lineWidthPx(0.25));
    expect(synapseColor(false, 1)).toBe(excitatoryColor);
    expect(synapseColor(true, 1)).toBe(inhibitoryColor);
    expect(synapseColor(false, 0)).toBe(scaleColor(excitatoryColor, 0.3));
    expect(isInhibitory(1, 0.5)).toBe(true);
    expect(isInhibitory(0, -0.5)).toBe(true);
    expect(isInhibitory(0, 0.5)).toBe(false);
  });

  it('mixes and scales colours per channel', () => {
    expect(mixColor(0x000000, 0xffffff, 0.5)).toBe(0x808080);
    expect(mixColor(0x102030, 0xffffff, 0)).toBe(0x102030);
    expect(mixColor(0x102030, 0xffffff, 1)).toBe(0xffffff);
    expect(scaleColor(0xff8040, 0.5)).toBe(0x804020);
  });
});

describe('synapse sample', () => {
  it('keeps to the budget, draws small projections whole and strides through big ones', () => {
    const ids = sampleSynapses([{ firstSynapse: 0, count: 640_000 }, { firstSynapse: 640_000, count: 10 }, { firstSynapse: 640_010, count: 0 }], 1000);
    expect(ids.length).toBe(1000);
    const small = Array.from(ids).filter((s) => s >= 640_000);
    expect(small).toEqual([640_000, 640_001, 640_002, 640_003, 640_004, 640_005, 640_006, 640_007, 640_008, 640_009]);
    const big = Array.from(ids).filter((s) => s < 640_000);
    expect(new Set(big).size).toBe(big.length);
    expect(big[big.length - 1]).toBeGreaterThan(600_000);
    expect(sampleSynapses([{ firstSynapse: 0, count: 5 }], 1000)).toEqual(Int32Array.from([0, 1, 2, 3, 4]));
  });
});

describe('modulator glow', () => {
  it('scales bursts and dips against the baseline or the largest recent excursion', () => {
    expect(excursion(0.004, 0.002, 0.002)).toBeCloseTo(1);
    expect(excursion(0.001, 0.002, 0.002)).toBeCloseTo(-0.5);
    expect(excursion(5, 0, 0)).toBe(0);
    let ref = nextReference(0, 0, 0, 16);
    ref = nextReference(ref, 0.3, 0, 16);
    expect(ref).toBeCloseTo(0.3);
    expect(nextReference(0.3, 0, 0, referenceHalfLifeMs)).toBeCloseTo(0.15);
    expect(glowStyle(1).alpha).toBeGreaterThan(glowStyle(0).alpha);
    expect(glowStyle(-1).alpha).toBeLessThan(glowStyle(0).alpha);
    expect(glowStyle(1).scale).toBeGreaterThan(glowStyle(-1).scale);
  });
});
