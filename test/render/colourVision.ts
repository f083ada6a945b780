/**
 * Colour-vision deficiency simulation and colour differences, to check that the colours that carry
 * meaning stay apart for the common deficiencies. A test helper (colourBlindPalette.test.ts): the page
 * itself never simulates a deficiency, its palette is chosen to survive them.
 * Dichromacy is simulated with the matrices of Machado, Oliveira & Fernandes (2009, "A physiologically-
 * based model for simulation of color vision deficiency", IEEE TVCG 15(6)) at severity 1.0, applied
 * in linear sRGB; differences are CIE76 ΔE in CIELAB (D65), and contrast is WCAG 2.1's ratio.
 */

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

const MACHADO_2009: Readonly<Record<Deficiency, readonly number[]>> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** 0xRRGGBB → linear sRGB in [0, 1]. */
export function linearRgb(hex: number): [number, number, number] {
  return [toLinear(((hex >> 16) & 255) / 255), toLinear(((hex >> 8) & 255) / 255), toLinear((hex & 255) / 255)];
}

/** The colour as a dichromat of this kind sees it, in linear sRGB (clamped to the gamut). */
export function simulateDeficiency(rgb: readonly [number, number, number], kind: Deficiency): [number, number, number] {
  const m = MACHADO_2009[kind];
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  return [
    clamp(m[0] * rgb[0] + m[1] * rgb[1] + m[2] * rgb[2]),
    clamp(m[3] * rgb[0] + m[4] * rgb[1] + m[5] * rgb[2]),
    clamp(m[6] * rgb[0] + m[7] * rgb[1] + m[8] * rgb[2]),
  ];
}

/** Linear sRGB → CIELAB (D65 white). */
export function lab(rgb: readonly [number, number, number]): [number, number, number] {
  const [r, g, b] = rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference of two linear sRGB colours. */
export function deltaE(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const p = lab(a), q = lab(b);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** WCAG 2.1 contrast ratio of two 0xRRGGBB colours. */
export function contrastRatio(a: number, b: number): number {
  const luminance = (hex: number): number => {
    const [r, g, bl] = linearRgb(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
