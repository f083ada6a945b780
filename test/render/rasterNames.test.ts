// The names beside a spike raster's bands (src/render/rasterNames.ts): long names that share their
// first words drop them, so what tells two bands apart survives the cut PlotFrame makes at the end.
import { describe, expect, it } from 'vitest';
import { shortenedNames } from '../../src/render/rasterNames';

describe('raster band names', () => {
  it('predictive-coding: shared first words give way to an ellipsis; distinct names stay whole', () => {
    expect(shortenedNames([
      'Sound input (high beep | low beep)', 'Memory: a sound one beat ago', 'Memory: a sound two beats ago',
      'Prediction units', 'Error units: unexpected sound', 'Error units: missing sound',
    ], 16)).toEqual([
      'Sound input (high beep | low beep)', '…one beat ago', '…two beats ago',
      'Prediction units', '…unexpected sound', '…missing sound',
    ]);
  });
  it('a short tail keeps the word before it (consolidation-capture, in Spanish)', () => {
    expect(shortenedNames(['Fibras de la vía 1', 'Fibras de la vía 2', 'Célula piramidal de CA1'], 12)).toEqual(['…vía 1', '…vía 2', 'Célula piramidal de CA1']);
  });
  it('names that fit are left alone; a long name whose start is a whole other name keeps its words (PlotFrame cuts its end)', () => {
    expect(shortenedNames(['Cells', 'Cells of the second group'], 40)).toEqual(['Cells', 'Cells of the second group']);
    expect(shortenedNames(['Cells', 'Cells of the second group'], 10)).toEqual(['Cells', 'Cells of the second group']);
  });
});
