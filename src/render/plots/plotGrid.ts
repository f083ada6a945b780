/** Where each plot of the panel goes: a grid of equal cells whose first plot takes the spare ones. */
import type { PlotRect } from '../plotData';

/** Narrowest cell worth having: an axis, its labels and some data. */
const MIN_CELL_WIDTH_PX = 170;
/** Plots read best about twice as wide as tall. */
const IDEAL_ASPECT = 1.8;

/**
 * Columns (1 to 3, never more than plots) whose cells come closest to IDEAL_ASPECT, none narrower
 * than MIN_CELL_WIDTH_PX: a wide, short panel gets 3 columns, a phone's 2 rather than strips 70 px tall.
 */
export function gridColumns(plots: number, width: number, height: number): number {
  let best = 1;
  let bestScore = Infinity;
  for (let columns = 1; columns <= Math.min(3, plots); columns++) {
    if (columns > 1 && width / columns < MIN_CELL_WIDTH_PX) break;
    const aspect = (width / columns) / (height / Math.ceil(plots / columns));
    const score = Math.abs(Math.log(aspect / IDEAL_ASPECT));
    if (score < bestScore - 1e-9) {
      best = columns;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The rectangles of `plots` plots in a width × height panel, in order. When the plots do not fill
 * the last row, the first plot (the level's main one: its live trace, or the learning curve) spans
 * the spare cells of the first row instead of leaving a hole at the end.
 */
export function gridCells(plots: number, width: number, height: number): PlotRect[] {
  if (plots === 0) return [];
  const columns = gridColumns(plots, width, height);
  const rows = Math.ceil(plots / columns);
  const spare = rows * columns - plots;
  const w = width / columns;
  const h = height / rows;
  const out: PlotRect[] = [];
  for (let i = 0; i < plots; i++) {
    if (i === 0) {
      out.push({ x: 0, y: 0, width: w * (1 + spare), height: h });
      continue;
    }
    const slot = i + spare;
    out.push({ x: (slot % columns) * w, y: Math.floor(slot / columns) * h, width: w, height: h });
  }
  return out;
}

/** Share of the panel's height the live traces' row gets when other plots share the panel. */
export const LEAD_ROW_SHARE = 0.55;

/**
 * Like gridCells, but the first `lead` plots (the live traces, read as they move) get a row of their
 * own across the full width, LEAD_ROW_SHARE of the height, above the others' grid.
 */
export function gridCellsWithLead(plots: number, lead: number, width: number, height: number): PlotRect[] {
  if (lead <= 0 || lead >= plots) return gridCells(plots, width, height);
  const leadHeight = Math.round(height * LEAD_ROW_SHARE);
  const leadCells = Array.from({ length: lead }, (_, i) => ({ x: (width / lead) * i, y: 0, width: width / lead, height: leadHeight }));
  const rest = gridCells(plots - lead, width, height - leadHeight).map((r) => ({ ...r, y: r.y + leadHeight }));
  return [...leadCells, ...rest];
}
