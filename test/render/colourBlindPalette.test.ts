// The colours that carry meaning stay apart for the common colour-vision deficiencies: every pair of
// population colours (Okabe–Ito), excitatory against inhibitory synapses, a selected neuron's incoming
// against outgoing synapses, after simulating protanopia, deuteranopia and tritanopia (Machado et al.
// 2009, severity 1.0), by at least ΔE76 = 15 (about six just-noticeable differences); and every data
// colour keeps WCAG's 3:1 non-text contrast against the plot backgrounds. The simulation itself is
// checked against known answers first, so the palette test cannot pass by a broken simulation.
import { describe, expect, it } from 'vitest';
import { excitatoryColor, incomingColor, inhibitoryColor, outgoingColor } from '../../src/render/circuit/synapseStyle';
import { contrastRatio, deltaE, lab, linearRgb, simulateDeficiency, type Deficiency } from './colourVision';
import { plotColors, populationColors } from '../../src/render/palette';

const KINDS: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];
const MIN_DELTA_E = 15;

function closestPair(colors: readonly number[], kind: Deficiency): { delta: number; pair: string } {
  let best = { delta: Infinity, pair: '' };
  for (let i = 0; i < colors.length; i++) {
    for (let j = i + 1; j < colors.length; j++) {
      const delta = deltaE(simulateDeficiency(linearRgb(colors[i]), kind), simulateDeficiency(linearRgb(colors[j]), kind));
      if (delta < best.delta) best = { delta, pair: `#${colors[i].toString(16).padStart(6, '0')} / #${colors[j].toString(16).padStart(6, '0')}` };
    }
  }
  return best;
}

describe('colour-vision simulation (known answers)', () => {
  it('keeps greys grey and white white, and maps pure red and green close together for a deuteranope but not for a tritanope', () => {
    for (const kind of KINDS) {
      const grey = simulateDeficiency(linearRgb(0x808080), kind);
      expect(deltaE(grey, linearRgb(0x808080))).toBeLessThan(1.5);
    }
    expect(lab(linearRgb(0xffffff))[0]).toBeCloseTo(100, 1);
    const red = linearRgb(0xff0000), green = linearRgb(0x00ff00);
    const seen = (kind: Deficiency): number => deltaE(simulateDeficiency(red, kind), simulateDeficiency(green, kind));
    expect(deltaE(red, green)).toBeGreaterThan(150);
    expect(seen('deuteranopia')).toBeLessThan(deltaE(red, green) / 3);
    expect(seen('tritanopia')).toBeGreaterThan(100);
    expect(contrastRatio(0xffffff, 0x000000)).toBeCloseTo(21, 5);
  });
});

describe('the palette under simulated colour-vision deficiencies', () => {
  const sets: Record<string, readonly number[]> = {
    'population colours': populationColors,
    'excitatory / inhibitory synapses': [excitatoryColor, inhibitoryColor],
    'incoming / outgoing synapses of the selected neuron': [incomingColor, outgoingColor],
  };
  for (const [name, colors] of Object.entries(sets)) {
    for (const kind of KINDS) {
      it(`${name}: every pair at least ΔE ${MIN_DELTA_E} apart for ${kind}`, () => {
        const { delta, pair } = closestPair(colors, kind);
        expect(delta, pair).toBeGreaterThanOrEqual(MIN_DELTA_E);
      });
    }
  }

  it('every data colour has at least 3:1 contrast against the plot area and the panel background', () => {
    for (const color of [...populationColors, excitatoryColor, inhibitoryColor, incomingColor, outgoingColor]) {
      expect(contrastRatio(color, plotColors.plotArea), color.toString(16)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, plotColors.background), color.toString(16)).toBeGreaterThanOrEqual(3);
    }
  });
});
