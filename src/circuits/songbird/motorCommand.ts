/**
 * RA motor pools → syrinx commands (the vocal periphery). Pitch and loudness each have a push-pull
 * pair of pools, like the syringeal muscles that tense and relax the labia: pitch is set by the
 * difference of the pitch pools' rates (semitones per Hz around the syrinx's resting pitch, within
 * ± pitchRangeSemitones), loudness by the difference of the loudness pools' rates, linear
 * (loudnessPerHz, offset loudnessOffsetHz) and softly rectified at silence (a softplus of width
 * loudnessSoftness): a gap in the song is real silence, and loudness keeps a gradient right up to it.
 */
import type { SongbirdParams } from './songbirdParams';

export type MotorScales = Pick<SongbirdParams, 'semitonesPerHz' | 'pitchRangeSemitones' | 'loudnessPerHz' | 'loudnessOffsetHz' | 'loudnessSoftness'>;

/** Pitch command (Hz) from the pitch pools' rates (Hz per neuron). */
export function pitchCommandHz(restingPitchHz: number, upHz: number, downHz: number, p: MotorScales): number {
  let st = p.semitonesPerHz * (upHz - downHz);
  if (st > p.pitchRangeSemitones) st = p.pitchRangeSemitones;
  else if (st < -p.pitchRangeSemitones) st = -p.pitchRangeSemitones;
  return restingPitchHz * 2 ** (st / 12);
}

/** Loudness command (0..1) from the loudness pools' rates (Hz per neuron). */
export function loudnessCommand(upHz: number, downHz: number, p: MotorScales): number {
  const x = p.loudnessPerHz * (upHz - downHz + p.loudnessOffsetHz);
  const k = p.loudnessSoftness;
  const soft = x > 20 * k ? x : k * Math.log1p(Math.exp(x / k));
  return soft > 1 ? 1 : soft;
}
