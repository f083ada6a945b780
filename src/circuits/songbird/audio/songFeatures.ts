/**
 * The auditory feature extractor: what the bird (and the critic) hears of a song — per frame, how loud
 * it is and which fundamental it carries. Works on any waveform at any sample rate (own song, tutor WAV,
 * microphone recording), so a tutor template and the bird's own song are measured the same way.
 *
 * Amplitude: Hann-weighted RMS over a window one frame long (≥ 6 ms) centred on the frame, divided by
 * SYRINX_RMS_AT_FULL_AMPLITUDE, so a steady syrinx note at amplitude a reads back ≈ a (a pure sine of
 * peak P reads ≈ P·0.707/SYRINX_RMS_AT_FULL_AMPLITUDE).
 *
 * Pitch: a 12 ms Hann window centred on the frame, zero-padded to the next power of two ≥ 1.5× its
 * length (512 points at 22,050 Hz), FFT (fft.js); a harmonic sum over candidate fundamentals
 * 300–2000 Hz in 1% steps picks the fundamental (harmonic weights fall with harmonic number so
 * sub-octaves lose); the estimate is refined by log-parabolic interpolation of each harmonic's
 * spectral peak, averaged as f_k/k weighted by peak height.
 *
 * Voicing: a frame is voiced when it is loud enough, its best candidate stands far above the average
 * candidate (salience), and most of the energy around its first harmonics sits in the harmonic peaks
 * (harmonicity). White noise has no standout candidate, so it never yields a confident pitch.
 * Unvoiced frames report pitch 0.
 */
import { nextPowerOfTwo, realFftPlan } from '../../plugin/fftPlan';
import { SYRINX_RMS_AT_FULL_AMPLITUDE } from './syrinx';

export interface SongFeatures {
  frameMs: number;
  /** Measured fundamental per frame (Hz); 0 on unvoiced frames. */
  pitchHz: Float32Array;
  /** Measured loudness per frame on the syrinx amplitude scale (≈ 0..1; can exceed 1 for loud recordings). */
  amplitude: Float32Array;
  /** 1 where the frame carries a confident pitch, 0 where it is silent or noise-like. */
  voiced: Uint8Array;
}

/** Range of fundamentals the extractor searches (zebra finch 400–1200 Hz, with margin). */
export const FEATURE_PITCH_MIN_HZ = 300;
export const FEATURE_PITCH_MAX_HZ = 2000;
/** Frames quieter than this (syrinx amplitude scale) are silent: unvoiced without spectral analysis. */
export const FEATURE_SILENCE_AMPLITUDE = 0.03;
/** Minimum share of the near-harmonic band's energy that must sit in harmonic peaks for a voiced frame. */
export const FEATURE_MIN_HARMONICITY = 0.8;
/**
 * Minimum pitch salience for a voiced frame: the best candidate's harmonic sum over the mean of all
 * candidates. Measured with 12 ms windows: white noise 1.5–2.1 (4,000 frames), syrinx stacks ≥ 3.1
 * even while sweeping at 8 Hz/ms. (Harmonicity alone cannot separate them at this window length —
 * noise reaches 0.99 in 1% of frames — so both tests must pass.)
 */
export const FEATURE_MIN_SALIENCE = 2.5;

/**
 * Pitch analysis window: 12 ms holds 3.6 periods of a 300 Hz fundamental (enough to resolve its
 * harmonics under a Hann window) while following syllables as short as 40 ms and their sweeps.
 */
const PITCH_WINDOW_MS = 12;
/** Zero padding: enough that log-parabolic peak interpolation is unbiased to ≪ 1%, no more (FFT cost). */
const ZERO_PAD_FACTOR = 1.5;
const AMPLITUDE_WINDOW_MIN_MS = 6;
const HARMONICS = 6;
const HARMONIC_WEIGHT_DECAY = 0.85;
const CANDIDATE_STEP_RATIO = 1.01;
const SPECTRUM_MAX_HZ = 8000;
/** A harmonic's peak is searched within ±this fraction of k·f0 during refinement. */
const REFINE_SEARCH_FRACTION = 0.03;
/** Harmonics weaker than this fraction of the strongest do not vote in the refinement. */
const REFINE_MIN_RELATIVE_PEAK = 0.1;
/** Harmonicity is judged on the lowest harmonics, which frequency sweeps smear least. */
const HARMONICITY_HARMONICS = 3;

const HARMONIC_WEIGHTS = Float64Array.from({ length: HARMONICS }, (_, index) => HARMONIC_WEIGHT_DECAY ** index);

const hannWindows = new Map<number, Float64Array>();

/** Symmetric Hann window of the given length, sampled at half-sample offsets (cached). */
function hannWindow(length: number): Float64Array {
  const cached = hannWindows.get(length);
  if (cached !== undefined) return cached;
  const window = new Float64Array(length);
  for (let j = 0; j < length; j++) window[j] = 0.5 - 0.5 * Math.cos((2 * Math.PI * (j + 0.5)) / length);
  hannWindows.set(length, window);
  return window;
}

/**
 * The harmonic-sum search grid for one analysis setting: candidate fundamentals on a geometric grid
 * and, for each candidate c and harmonic k, the lower of the two FFT bins straddling k·f0
 * (binIndex[c·HARMONICS + k − 1], or −1 past the usable spectrum). Precomputed once per setting so the
 * per-frame search is table look-ups only.
 */
interface CandidateGrid {
  hz: Float64Array;
  binIndex: Int32Array;
  /** Where k·f0 falls between binIndex and binIndex + 1 (0..1), for linear interpolation. */
  binFraction: Float64Array;
}

const candidateGrids = new Map<string, CandidateGrid>();

function candidateGrid(minHz: number, maxHz: number, binHz: number, limitBin: number): CandidateGrid {
  const key = `${minHz}:${maxHz}:${binHz}:${limitBin}`;
  const cached = candidateGrids.get(key);
  if (cached !== undefined) return cached;
  const values: number[] = [];
  for (let hz = minHz; hz <= maxHz; hz *= CANDIDATE_STEP_RATIO) values.push(hz);
  const hz = Float64Array.from(values);
  const binIndex = new Int32Array(hz.length * HARMONICS);
  const binFraction = new Float64Array(hz.length * HARMONICS);
  for (let c = 0; c < hz.length; c++) {
    for (let k = 1; k <= HARMONICS; k++) {
      const bin = (k * hz[c]) / binHz;
      const low = Math.floor(bin);
      binIndex[c * HARMONICS + k - 1] = low + 1 < limitBin ? low : -1;
      binFraction[c * HARMONICS + k - 1] = bin - low;
    }
  }
  const grid = { hz, binIndex, binFraction };
  candidateGrids.set(key, grid);
  return grid;
}

interface PitchEstimate {
  pitchHz: number;
  /** Share of the energy near the first harmonics that lies in harmonic peaks (0..1). */
  harmonicity: number;
  /** Best harmonic-sum score / mean score over all candidates (≈ 1.5–2 for white noise). */
  salience: number;
}

/** Scratch for the refinement: per harmonic, its peak position divided by k (bins) and its height. */
const refinePeakBins = new Float64Array(HARMONICS);
const refinePeakHeights = new Float64Array(HARMONICS);

/** Scratch magnitude buffers per FFT size (reused across calls). */
const magnitudeBuffers = new Map<number, Float64Array>();

function magnitudeBuffer(binCount: number): Float64Array {
  let buffer = magnitudeBuffers.get(binCount);
  if (buffer === undefined) {
    buffer = new Float64Array(binCount);
    magnitudeBuffers.set(binCount, buffer);
  }
  return buffer;
}

/**
 * Analysis settings derived from a sample rate: window lengths, FFT size, usable spectrum.
 * Exported for tests and for callers that want to know the analysis resolution.
 */
export function featureAnalysisSettings(sampleRateHz: number): {
  pitchWindowSamples: number;
  fftSize: number;
  maxAnalysisHz: number;
  pitchMaxHz: number;
} {
  const pitchWindowSamples = Math.max(16, Math.round((PITCH_WINDOW_MS * sampleRateHz) / 1000));
  const fftSize = nextPowerOfTwo(ZERO_PAD_FACTOR * pitchWindowSamples);
  const maxAnalysisHz = Math.min(SPECTRUM_MAX_HZ, 0.45 * sampleRateHz);
  // The fundamental and at least its second harmonic must fit in the usable spectrum.
  const pitchMaxHz = Math.min(FEATURE_PITCH_MAX_HZ, maxAnalysisHz / 2);
  return { pitchWindowSamples, fftSize, maxAnalysisHz, pitchMaxHz };
}

/**
 * Pitch and harmonicity of the spectrum currently in `magnitude` (bins of width binHz, valid below
 * limitBin). Returns pitch 0 / harmonicity 0 when nothing harmonic is found.
 */
function estimatePitch(
  magnitude: Float64Array,
  power: Float64Array,
  binHz: number,
  limitBin: number,
  mainLobeBins: number,
  grid: CandidateGrid,
): PitchEstimate {
  const binsPerHz = 1 / binHz;
  const candidateCount = grid.hz.length;
  const binIndex = grid.binIndex;
  const binFraction = grid.binFraction;
  let bestScore = 0;
  let bestCandidate = -1;
  let scoreSum = 0;
  for (let c = 0; c < candidateCount; c++) {
    let score = 0;
    const row = c * HARMONICS;
    for (let k = 0; k < HARMONICS; k++) {
      const low = binIndex[row + k];
      if (low < 0) break;
      const a = magnitude[low];
      score += HARMONIC_WEIGHTS[k] * (a + (magnitude[low + 1] - a) * binFraction[row + k]);
    }
    scoreSum += score;
    if (score > bestScore) {
      bestScore = score;
      bestCandidate = c;
    }
  }
  if (bestCandidate < 0) return { pitchHz: 0, harmonicity: 0, salience: 0 };
  const bestHz = grid.hz[bestCandidate];
  const salience = bestScore / (scoreSum / candidateCount);

  // Refinement: locate each harmonic's peak near k·f0 and interpolate it on log magnitude.
  const peakBins = refinePeakBins;
  const peakHeights = refinePeakHeights;
  peakHeights.fill(0);
  let strongest = 0;
  for (let k = 1; k <= HARMONICS; k++) {
    const centre = k * bestHz * binsPerHz;
    const halfSpan = Math.max(1, Math.ceil(REFINE_SEARCH_FRACTION * centre));
    const from = Math.max(1, Math.floor(centre) - halfSpan);
    const to = Math.min(limitBin - 2, Math.ceil(centre) + halfSpan);
    if (from > to) break;
    let peak = from;
    for (let b = from + 1; b <= to; b++) if (magnitude[b] > magnitude[peak]) peak = b;
    const left = Math.log(magnitude[peak - 1] + 1e-12);
    const middle = Math.log(magnitude[peak] + 1e-12);
    const right = Math.log(magnitude[peak + 1] + 1e-12);
    const curvature = left - 2 * middle + right;
    let offset = curvature < 0 ? (0.5 * (left - right)) / curvature : 0;
    if (offset > 0.5) offset = 0.5;
    else if (offset < -0.5) offset = -0.5;
    peakBins[k - 1] = (peak + offset) / k;
    peakHeights[k - 1] = magnitude[peak];
    if (magnitude[peak] > strongest) strongest = magnitude[peak];
  }
  let weightSum = 0;
  let binSum = 0;
  for (let index = 0; index < HARMONICS; index++) {
    if (peakHeights[index] < REFINE_MIN_RELATIVE_PEAK * strongest) continue;
    weightSum += peakHeights[index];
    binSum += peakHeights[index] * peakBins[index];
  }
  let pitchHz = weightSum > 0 ? (binSum / weightSum) * binHz : bestHz;
  // A refinement can only move within its ±3% search span; anything beyond is not trusted.
  if (Math.abs(pitchHz - bestHz) > 0.04 * bestHz) pitchHz = bestHz;

  // Harmonicity over [0.5·f0, (H + 0.5)·f0]: energy within a main lobe of each harmonic / all energy.
  const f0Bins = pitchHz * binsPerHz;
  const bandFrom = Math.max(1, Math.floor(0.5 * f0Bins));
  const bandTo = Math.min(limitBin - 1, Math.ceil((HARMONICITY_HARMONICS + 0.5) * f0Bins));
  let total = 0;
  let harmonic = 0;
  for (let b = bandFrom; b <= bandTo; b++) {
    const energy = power[b];
    total += energy;
    const harmonicNumber = Math.round(b / f0Bins);
    if (harmonicNumber >= 1 && Math.abs(b - harmonicNumber * f0Bins) <= mainLobeBins) harmonic += energy;
  }
  return { pitchHz, harmonicity: total > 0 ? harmonic / total : 0, salience };
}

/**
 * Per-frame amplitude, pitch and voicing of a waveform. Frame i is centred at (i + 0.5)·frameMs; the
 * song yields floor(duration / frameMs) frames (so a synthesised track reads back frame for frame).
 * Invalid arguments (non-positive rate or frame) give zero frames rather than an exception.
 */
export function extractSongFeatures(samples: Float32Array, sampleRateHz: number, frameMs: number): SongFeatures {
  const valid = sampleRateHz > 0 && frameMs > 0 && Number.isFinite(sampleRateHz) && Number.isFinite(frameMs);
  const frameSamples = valid ? (frameMs * sampleRateHz) / 1000 : 0;
  const frameCount = valid ? Math.floor(samples.length / frameSamples + 1e-9) : 0;
  const features: SongFeatures = {
    frameMs,
    pitchHz: new Float32Array(frameCount),
    amplitude: new Float32Array(frameCount),
    voiced: new Uint8Array(frameCount),
  };
  if (frameCount === 0) return features;

  const settings = featureAnalysisSettings(sampleRateHz);
  const plan = realFftPlan(settings.fftSize);
  const input = plan.input;
  const power = plan.power;
  const magnitude = magnitudeBuffer(power.length);
  const pitchWindow = hannWindow(settings.pitchWindowSamples);
  const pitchWindowLength = pitchWindow.length;
  const binHz = sampleRateHz / settings.fftSize;
  const limitBin = Math.min(power.length, Math.floor(settings.maxAnalysisHz / binHz));
  const mainLobeBins = (2 * settings.fftSize) / pitchWindowLength;
  const grid = candidateGrid(FEATURE_PITCH_MIN_HZ, settings.pitchMaxHz, binHz, limitBin);

  const amplitudeWindowLength = Math.max(
    Math.round(frameSamples),
    Math.round((AMPLITUDE_WINDOW_MIN_MS * sampleRateHz) / 1000),
    4,
  );
  const amplitudeWindow = hannWindow(amplitudeWindowLength);
  let amplitudeWindowSum = 0;
  for (let j = 0; j < amplitudeWindowLength; j++) amplitudeWindowSum += amplitudeWindow[j];
  const sampleCount = samples.length;

  for (let frame = 0; frame < frameCount; frame++) {
    const centre = (frame + 0.5) * frameSamples;

    const amplitudeStart = Math.round(centre - amplitudeWindowLength / 2);
    let weightedEnergy = 0;
    for (let j = 0; j < amplitudeWindowLength; j++) {
      const n = amplitudeStart + j;
      if (n < 0 || n >= sampleCount) continue;
      const x = samples[n];
      weightedEnergy += amplitudeWindow[j] * x * x;
    }
    const rms = Math.sqrt(weightedEnergy / amplitudeWindowSum);
    const amplitude = Number.isFinite(rms) ? rms / SYRINX_RMS_AT_FULL_AMPLITUDE : 0;
    features.amplitude[frame] = amplitude;
    if (!(amplitude >= FEATURE_SILENCE_AMPLITUDE)) continue;

    const pitchStart = Math.round(centre - pitchWindowLength / 2);
    for (let j = 0; j < pitchWindowLength; j++) {
      const n = pitchStart + j;
      const x = n >= 0 && n < sampleCount ? samples[n] : 0;
      input[j] = Number.isFinite(x) ? x * pitchWindow[j] : 0;
    }
    // Zero padding (the plan is shared by every rate that maps to this FFT size, so clear it each time).
    input.fill(0, pitchWindowLength);
    plan.powerSpectrum();
    for (let b = 0; b < limitBin; b++) magnitude[b] = Math.sqrt(power[b]);
    const estimate = estimatePitch(magnitude, power, binHz, limitBin, mainLobeBins, grid);
    if (
      estimate.pitchHz > 0 &&
      estimate.harmonicity >= FEATURE_MIN_HARMONICITY &&
      estimate.salience >= FEATURE_MIN_SALIENCE
    ) {
      features.pitchHz[frame] = estimate.pitchHz;
      features.voiced[frame] = 1;
    }
  }
  return features;
}
