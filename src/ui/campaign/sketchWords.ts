/**
 * A sketch prediction in the player's language: the score's verdict ("A close match (90 of 100).")
 * and a curve in words for screen readers and the result card (where it starts, its highest and
 * lowest points, where it ends), with numbers written the locale's way. The scoring itself is in
 * src/levels/campaign/sketch.ts, which speaks no language.
 */
import { formatNumber, t } from '../../i18n/messages';
import { heightToValue } from '../../levels/campaign/sketch';
import type { SketchPrediction } from '../../levels/schema/lesson';

/** The verdict for a score (0-1) and whether it counts as right. */
export function sketchScoreWords(score: number, correct: boolean): string {
  const points = Math.round(score * 100);
  if (score >= 0.8) return t('game.sketch.verdict.close', { points });
  if (correct) return t('game.sketch.verdict.roughly', { points });
  if (score >= 0.25) return t('game.sketch.verdict.partly', { points });
  return t('game.sketch.verdict.different', { points });
}

/** A value with its unit for reading: "30 Hz", "80 %" (whole numbers from 10 up, one decimal below). */
export function sketchValueWords(value: number, unit: string | undefined): string {
  const rounded = Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  const digits = formatNumber(rounded, { maximumFractionDigits: 1 });
  if (!unit) return digits;
  return unit === '%' ? formatNumber(rounded / 100, { style: 'percent', maximumFractionDigits: 1 }) : `${digits}\u00a0${unit}`;
}

type CurveSpec = Pick<SketchPrediction['sketch'], 'yMin' | 'yMax' | 'yUnit' | 'xLabel'>;

/** `heights` are plot heights 0-1 at the given trials. */
export function describeCurve(heights: readonly number[], trialNumbers: readonly number[], spec: CurveSpec): string {
  if (heights.length === 0) return t('game.sketch.curve.none');
  const v = (h: number): string => sketchValueWords(heightToValue(h, spec), spec.yUnit);
  const axis = spec.xLabel.toLowerCase();
  const at = (i: number): string => formatNumber(Math.round(trialNumbers[i]), { useGrouping: false });
  let hi = 0;
  let lo = 0;
  heights.forEach((h, i) => { if (h > heights[hi]) hi = i; if (h < heights[lo]) lo = i; });
  const last = heights.length - 1;
  const parts = [t('game.sketch.curve.starts', { value: v(heights[0]) })];
  if (hi !== 0 && hi !== last) parts.push(t('game.sketch.curve.highest', { value: v(heights[hi]), axis, at: at(hi) }));
  if (lo !== 0 && lo !== last) parts.push(t('game.sketch.curve.lowest', { value: v(heights[lo]), axis, at: at(lo) }));
  parts.push(t('game.sketch.curve.ends', { value: v(heights[last]), axis, at: at(last) }));
  return t('game.sketch.curve.sentence', { parts: parts.join(t('game.sketch.curve.separator')) });
}
