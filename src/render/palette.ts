// Colours for plots on a dark background. Data colours are the Okabe–Ito set (Okabe & Ito 2008,
// "Color Universal Design"), which stays distinguishable for the common colour-vision deficiencies;
// their dark blue (#0072B2) is left out because it has too little contrast on this background.

export const plotColors = {
  background: 0x1a2029,
  plotArea: 0x141920,
  axis: 0x8a96a6,
  grid: 0x2a3340,
  label: 0xe3e8ef,
  tickLabel: 0xa3adba,
  histogramBar: 0x56b4e9,
} as const;

/** Populations are coloured in this order, cycling when there are more populations than colours. */
export const populationColors: readonly number[] = [
  0x56b4e9, // sky blue
  0xe69f00, // orange
  0x009e73, // bluish green
  0xf0e442, // yellow
  0xcc79a7, // reddish purple
  0xd55e00, // vermillion
];

export function populationColor(index: number): number {
  return populationColors[index % populationColors.length];
}

export const plotFont = {
  family: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif',
  titleSize: 14,
  labelSize: 12,
  tickSize: 11,
} as const;
