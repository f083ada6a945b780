/**
 * Songbird scene (SCIENCE §6): the zebra finch that sings each rendition (beak and throat follow the
 * song's amplitude), the tutor's and the bird's last rendition's spectrograms side by side, the
 * similarity to the tutor (big number and learning curve over renditions), and LMAN's variability:
 * the pitch tracks of the last renditions (relative to the tutor) spreading around zero, and the
 * LMAN neurons flickering with their spikes (dark after an LMAN lesion).
 *
 * Wiring (runtime helper): `import { songbirdSceneFactory, SongbirdScene } from '../render/scenes/songbird/songbirdScene'`;
 * the factory returns null unless the level has a `songbird` circuit. Add `scene.root` to the stage,
 * call `resize` and `update(frame)` every animation frame (it only reads the world). While the sound
 * helper plays a song, call `scene.followPlayback(playableSong(world, kind).track, () => msSinceStart)`
 * (playableSong in ./songbirdSongs.ts gives samples and the amplitude track) so the beak follows the
 * playback clock; `followPlayback(null)` stops it. Otherwise the beak follows the rendition being sung
 * at normal speed. The DOM buttons are in src/ui/songbirdPanel.ts.
 */
import { TextPool } from '../textPool';
import { CanvasTextMetrics, Container, Graphics, Sprite, Text, TextStyle, Texture } from 'pixi.js';
import { songbirdStateOf, Rendition, type SongbirdState } from '../../../circuits/songbird/songbirdState';
import { HISTORY_FIELDS, History, Summary } from '../../../circuits/songbird/songRecord';
import type { Level } from '../../../levels/schema/level';
import { timelineStatus } from '../../../sim/timeline/trialTimeline';
import type { SimWorld } from '../../../sim/world/world';
import { PlotFrame, type FrameSpec } from '../../PlotFrame';
import { plotColors, plotFont } from '../../palette';
import { formatFixed, formatTick, niceTicks } from '../../ticks';
import type { LevelScene, SceneFactory, SceneFrame } from '../levelScene';
import { readNewSpikes, type RingCursor } from '../readNewSpikes';
import { BirdView } from './BirdView';
import { amplitudeAt, playableSong, type AmplitudeTrack } from './songbirdSongs';
import { spectrogram, spectrogramPixels } from './spectrogram';
import { phaseLabel } from '../dopamine/cueLabel';
import { t } from '../../../i18n/messages';

const SPECTRO_MAX_HZ = 8000;
/** Pitch tracks overlaid (the newest renditions; the circuit keeps its variability window). */
const PITCH_TRACKS = 8;
/** In fast-forward the bird's spectrogram is recomputed at most this often (wall-clock ms). */
const FAST_SPECTRO_EVERY_MS = 500;
/** The score's caption starts this far right of the big number (px). */
const CAPTION_OFFSET_PX = 92;
/** The score block (big number and two note lines) is ~58 px tall. */
const SCORE_BLOCK_PX = 58;
/** With its three lines under the number instead of beside it. */
const STACKED_SCORE_BLOCK_PX = 100;

export const songbirdSceneFactory: SceneFactory = (level: Level, world: SimWorld) => {
  if (!level.circuits.some((c) => c.kind === 'songbird')) return null;
  const state = songbirdStateOf(world);
  return state ? new SongbirdScene(world, state, level) : null;
};

class SpectrogramPanel {
  readonly frame = new PlotFrame({ left: 48, right: 8, top: 26, bottom: 38 });
  readonly sprite = new Sprite();
  private canvas: HTMLCanvasElement | null = null;
  private texture: Texture | null = null;
  private spec: FrameSpec | null = null;
  durationMs = 0;

  constructor(private readonly title: string) {
    this.frame.container.addChild(this.sprite);
  }

  setBounds(x: number, y: number, width: number, height: number): void {
    this.frame.setBounds({ x, y, width, height });
    this.place();
  }

  /** Draws the spectrogram of these samples. */
  show(samples: Float32Array, sampleRateHz: number, title = this.title): void {
    const s = spectrogram(samples, sampleRateHz, { windowSize: 512, hopSize: 128, maxHz: SPECTRO_MAX_HZ });
    if (s.frames === 0) return;
    this.durationMs = (samples.length * 1000) / sampleRateHz;
    if (!this.canvas || this.canvas.width !== s.frames || this.canvas.height !== s.bins) {
      this.releaseTexture();
      this.canvas = document.createElement('canvas');
      this.canvas.width = s.frames;
      this.canvas.height = s.bins;
      // Not through Pixi's Cache (Texture.from would keep it there): this panel owns the texture.
      this.texture = Texture.from(this.canvas, true);
      this.sprite.texture = this.texture;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(s.frames, s.bins);
    spectrogramPixels(s, image.data);
    ctx.putImageData(image, 0, 0);
    this.texture?.source.update();
    const xs = niceTicks(0, this.durationMs, 5);
    const ys = niceTicks(0, SPECTRO_MAX_HZ / 1000, 4);
    this.spec = {
      title, xLabel: t('scene.songbird.spectrogram.xLabel'), yLabel: 'kHz',
      xRange: [0, this.durationMs], yRange: [0, (s.bins * s.binHz) / 1000],
      xTicks: xs.map((v) => ({ at: v, label: formatTick(v, xs[1] - xs[0]) })),
      yTicks: ys.map((v) => ({ at: v, label: formatTick(v, ys[1] - ys[0]) })),
    };
    this.place();
  }

  /** Frees the GPU texture, its source and the canvas's pixels (a new size, or the scene is gone). */
  releaseTexture(): void {
    this.sprite.texture = Texture.EMPTY;
    this.texture?.destroy(true);
    this.texture = null;
    if (this.canvas) this.canvas.width = this.canvas.height = 0;
    this.canvas = null;
  }

  private place(): void {
    if (!this.spec) return;
    this.frame.draw(this.spec);
    const { x, y, width, height } = this.frame.inner;
    this.sprite.position.set(x, y);
    this.sprite.width = width;
    this.sprite.height = height;
  }
}

export class SongbirdScene implements LevelScene {
  readonly root = new Container();
  private readonly bird = new BirdView();
  private readonly tutorSpectro = new SpectrogramPanel(t('scene.songbird.spectrogram.tutor'));
  private readonly birdSpectro = new SpectrogramPanel(t('scene.songbird.spectrogram.lastBird'));
  private readonly curveFrame = new PlotFrame({ left: 44, right: 10, top: 26, bottom: 38 });
  private readonly curve = new Graphics();
  private readonly pitchFrame = new PlotFrame({ left: 48, right: 8, top: 26, bottom: 38 });
  private readonly pitch = new Graphics();
  private readonly lman = new Graphics();
  private readonly labels = new TextPool(this.root);
  private readonly cursor: RingCursor;
  /** Per LMAN neuron: wall-clock ms since its last spike (for the flicker). */
  private readonly lmanAgeMs: Float64Array;
  private lmanBox = { x: 0, y: 0, width: 0, height: 0 };
  private scoreBox = { x: 0, y: 0 };
  /** The score's lines under the big number (they do not fit beside it in the bird's column). */
  private scoreStacked = false;
  private shownRendition = -1;
  private sinceSpectroMs = Infinity;
  private playback: { track: AmplitudeTrack; elapsedMs: () => number } | null = null;

  constructor(private readonly world: SimWorld, private readonly state: SongbirdState, private readonly level: Level | null = null) {
    this.cursor = { written: world.monitors.spikes.written };
    this.lmanAgeMs = new Float64Array(state.lman.count).fill(1e9);
    this.root.addChild(this.bird.container, this.tutorSpectro.frame.container, this.birdSpectro.frame.container,
      this.curveFrame.container, this.curve, this.pitchFrame.container, this.pitch, this.lman);
    const tutor = state.tutor;
    this.tutorSpectro.show(tutor.samples, tutor.sampleRateHz);
  }

  /** Makes the beak follow a song being played (its clock in ms since the song started); null stops. */
  followPlayback(track: AmplitudeTrack | null, elapsedMs: () => number = () => 0): void {
    this.playback = track ? { track, elapsedMs } : null;
  }

  resize(width: number, height: number): void {
    const leftW = Math.round(Math.min(width * 0.32, 400));
    // The score's lines (in the page's language) beside the big number, under it, or, where the bird's
    // column holds neither (a phone), in a row of their own: they ran over the tutor spectrogram's axis.
    const linesPx = this.captionPx() + 24;
    if (linesPx > leftW) {
      this.resizeNarrow(width, height);
      return;
    }
    this.scoreStacked = CAPTION_OFFSET_PX + linesPx > leftW;
    this.bird.layout(8, 8, leftW - 16, height * 0.4);
    this.scoreBox = { x: 16, y: height * 0.4 };
    // The curve starts below the score block.
    const scorePx = this.scoreStacked ? STACKED_SCORE_BLOCK_PX : SCORE_BLOCK_PX;
    const curveTop = Math.max(height * 0.56, height * 0.4 + scorePx);
    this.curveFrame.setBounds({ x: 4, y: curveTop, width: leftW - 8, height: height - curveTop - 4 });
    const rightW = width - leftW - 4;
    const specH = Math.round(height * 0.5);
    this.tutorSpectro.setBounds(leftW, 4, rightW / 2, specH - 4);
    this.birdSpectro.setBounds(leftW + rightW / 2, 4, rightW / 2, specH - 4);
    this.placeLowerRight(leftW, specH, rightW, height);
  }

  /**
   * A narrow scene: the bird and the two spectrograms on top, the score in a row of its own across the whole
   * width (its caption is wider than the bird's column), then the learning curve and the pitch tracks.
   */
  private resizeNarrow(width: number, height: number): void {
    const leftW = Math.round(width * 0.32);
    const topH = Math.round(height * 0.42);
    this.scoreStacked = false;
    this.bird.layout(4, 8, leftW - 8, topH - 8);
    const rightW = width - leftW - 4;
    this.tutorSpectro.setBounds(leftW, 4, rightW / 2, topH - 4);
    this.birdSpectro.setBounds(leftW + rightW / 2, 4, rightW / 2, topH - 4);
    this.scoreBox = { x: 16, y: topH + 4 };
    const lowerTop = topH + SCORE_BLOCK_PX + 8;
    this.curveFrame.setBounds({ x: 4, y: lowerTop, width: leftW - 8, height: height - lowerTop - 4 });
    this.placeLowerRight(leftW, lowerTop, rightW, height);
  }

  /** The widest line beside the big number: the caption, or the rendition line with the longest phase label. */
  private captionPx(): number {
    const style = new TextStyle({ fontFamily: plotFont.family, fontSize: plotFont.labelSize });
    const lines = [t('scene.songbird.score.caption')];
    if (this.phaseCount() > 1) {
      for (const session of this.level?.timeline?.sessions ?? []) {
        for (const phase of session.phases) lines.push(t('scene.songbird.score.renditionInPhase', { rendition: '2000', phase: phaseLabel(this.level, phase.id) }));
      }
    }
    return Math.max(...lines.map((line) => CanvasTextMetrics.measureText(line, style).width));
  }

  /** The pitch tracks from `top` down, and LMAN's flickering neurons under them. */
  private placeLowerRight(left: number, top: number, width: number, height: number): void {
    const lmanH = 46;
    this.pitchFrame.setBounds({ x: left, y: top, width, height: height - top - lmanH - 4 });
    this.lmanBox = { x: left + 48, y: height - lmanH, width: width - 56, height: lmanH - 6 };
    this.shownRendition = -1;
  }

  update(frame: SceneFrame): void {
    const { world, state } = this;
    const record = state.record;
    const renditions = record.summary[Summary.renditions];
    this.labels.begin();
    this.sinceSpectroMs += frame.deltaMs;
    if (renditions !== this.shownRendition && (!frame.fastForward || this.sinceSpectroMs >= FAST_SPECTRO_EVERY_MS)) {
      this.shownRendition = renditions;
      this.sinceSpectroMs = 0;
      const last = playableSong(world, 'last');
      if (last) this.birdSpectro.show(last.samples, last.sampleRateHz, t('scene.songbird.spectrogram.birdOf', { rendition: String(renditions), similarity: formatFixed(last.similarity, 0) }));
      this.drawCurve(renditions);
      this.drawPitchTracks(renditions);
    }
    this.bird.sing(frame.reducedMotion ? 0 : this.beakAmplitude(frame), frame.fastForward ? 0 : frame.deltaMs);
    this.drawLman(frame);
    this.drawScore(renditions);
    this.labels.end();
  }

  destroy(): void {
    // The spectrogram textures are this scene's own (the rest are shared or Pixi's text textures).
    this.tutorSpectro.releaseTexture();
    this.birdSpectro.releaseTexture();
    // context: each Graphics owns its context, which Pixi 8 keeps in the renderer unless destroyed with it.
    this.root.destroy({ children: true, context: true });
  }

  private beakAmplitude(frame: SceneFrame): number {
    if (this.playback) {
      const ms = this.playback.elapsedMs();
      const a = amplitudeAt(this.playback.track, ms);
      if (ms > this.playback.track.amplitude.length * this.playback.track.frameMs) this.playback = null;
      return a;
    }
    const s = this.state;
    const r = s.rendition;
    if (frame.fastForward || r[Rendition.singing] !== 1) return 0;
    const since = frame.tick - r[Rendition.startTick] - s.leadTicks;
    const done = Math.floor(since / s.frameTicks) - 1; // the last frame whose command is written
    return done >= 0 && done < s.frames ? s.amplitudeCommand[done] : 0;
  }

  private drawScore(renditions: number): void {
    const sim = this.state.record.summary[Summary.similarity];
    const { x, y } = this.scoreBox;
    const [lineX, lineY] = this.scoreStacked ? [x, y + 50] : [x + CAPTION_OFFSET_PX, y + 6];
    this.text(Number.isFinite(sim) ? formatFixed(sim, 0) : '–', x, y, 0xf0e442, 0, 0, 44, 'bold');
    this.text(t('scene.songbird.score.caption'), lineX, lineY, plotColors.label, 0, 0, plotFont.labelSize);
    const status = timelineStatus(this.world);
    const r = this.state.rendition;
    const notes = [
      // The phase by its label in the level's language (never its id); a level of one phase needs none.
      status && this.phaseCount() > 1 ? t('scene.songbird.score.renditionInPhase', { rendition: String(renditions), phase: phaseLabel(this.level, status.phase) }) : t('scene.songbird.score.rendition', { rendition: String(renditions) }),
      [r[Rendition.deafened] === 1 ? t('scene.songbird.state.deafened') : '', this.lmanSilenced() ? t('scene.songbird.state.lmanSilenced') : '', this.state.whiteNoise && r[Rendition.whiteNoiseOn] === 1 ? t('scene.songbird.state.whiteNoiseOn') : ''].filter(Boolean).join(' · '),
    ];
    this.text(notes[0], lineX, lineY + 18, plotColors.tickLabel, 0, 0, plotFont.labelSize);
    if (notes[1]) this.text(notes[1], lineX, lineY + 34, 0xd55e00, 0, 0, plotFont.labelSize);
  }

  private phaseCount(): number {
    return (this.level?.timeline?.sessions ?? []).reduce((sum, session) => sum + session.phases.length, 0);
  }

  private lmanSilenced(): boolean {
    const { first, end } = this.state.lman;
    const lesioned = this.world.neurons.lesioned;
    for (let e = first; e < end; e++) if (lesioned[e] !== 1) return false;
    return end > first;
  }

  /** Similarity per rendition (every rendition drawn, decimated to the plot's pixel columns). */
  private drawCurve(renditions: number): void {
    const f = this.curveFrame;
    const history = this.state.record.history;
    const n = Math.min(renditions, this.state.record.maxRenditions);
    const xMax = Math.max(10, n);
    const xs = niceTicks(0, xMax, 4);
    const spec: FrameSpec = {
      title: t('scene.songbird.curve.title'), xLabel: t('scene.songbird.curve.xLabel'), yLabel: t('scene.songbird.curve.yLabel'),
      xRange: [0, xMax], yRange: [0, 100],
      xTicks: xs.map((v) => ({ at: v, label: formatTick(v, xs[1] - xs[0]) })),
      yTicks: [0, 50, 100].map((v) => ({ at: v, label: `${v}` })), yGrid: [25, 50, 75],
    };
    f.draw(spec);
    const g = this.curve.clear();
    if (n === 0) return;
    const columns = Math.max(1, Math.floor(f.inner.width));
    const per = Math.max(1, Math.ceil(n / columns));
    // Raw similarity, faint; a running mean of 10 renditions on top.
    for (let i = 0; i < n; i += per) {
      let sum = 0, k = 0;
      for (let j = i; j < Math.min(n, i + per); j++) { const v = history[j * HISTORY_FIELDS + History.similarity]; if (Number.isFinite(v)) { sum += v; k++; } }
      if (k > 0) g.circle(f.xToPx(spec, i + per / 2), f.yToPx(spec, sum / k), 1.2);
    }
    g.fill({ color: 0x56b4e9, alpha: 0.45 });
    let started = false;
    for (let i = 0; i < n; i += per) {
      let sum = 0, k = 0;
      for (let j = Math.max(0, i - 9); j <= i; j++) { const v = history[j * HISTORY_FIELDS + History.similarity]; if (Number.isFinite(v)) { sum += v; k++; } }
      if (k === 0) continue;
      const px = f.xToPx(spec, i), py = f.yToPx(spec, sum / k);
      if (!started) { g.moveTo(px, py); started = true; } else g.lineTo(px, py);
    }
    if (started) g.stroke({ width: 2, color: 0xf0e442 });
  }

  /** The last renditions' pitch relative to the tutor: LMAN's exploration spreads them around 0. */
  private drawPitchTracks(renditions: number): void {
    const f = this.pitchFrame;
    const { record, frames, tutor } = this.state;
    const frameMs = tutor.template.frameMs;
    const durationMs = frames * frameMs;
    const rows = Math.min(record.window, renditions, PITCH_TRACKS);
    const xs = niceTicks(0, durationMs, 6);
    const spec: FrameSpec = {
      title: rows === 0 ? t('scene.songbird.pitch.titleNone') : t('scene.songbird.pitch.title', { count: rows }),
      xLabel: t('scene.songbird.pitch.xLabel'), yLabel: t('scene.songbird.pitch.yLabel'),
      xRange: [0, durationMs], yRange: [-3, 3],
      xTicks: xs.map((v) => ({ at: v, label: formatTick(v, xs[1] - xs[0]) })),
      yTicks: [-3, -2, -1, 0, 1, 2, 3].map((v) => ({ at: v, label: v > 0 ? `+${v}` : `${v}` })), yGrid: [-2, -1, 1, 2],
    };
    f.draw(spec);
    const g = this.pitch.clear();
    g.moveTo(f.inner.x, f.yToPx(spec, 0)).lineTo(f.inner.x + f.inner.width, f.yToPx(spec, 0)).stroke({ width: 1.5, color: 0xe3e8ef, alpha: 0.6 });
    const clamp = (v: number): number => Math.max(-3, Math.min(3, v));
    for (let k = rows - 1; k >= 0; k--) {
      const rendition = renditions - 1 - k;
      const slot = rendition % record.window;
      let drawing = false;
      for (let i = 0; i < frames; i++) {
        const v = record.recentPitch[slot * frames + i];
        if (Number.isNaN(v)) { drawing = false; continue; }
        const px = f.xToPx(spec, (i + 0.5) * frameMs), py = f.yToPx(spec, clamp(v));
        if (!drawing) { g.moveTo(px, py); drawing = true; } else g.lineTo(px, py);
      }
      g.stroke({ width: k === 0 ? 2 : 1.2, color: k === 0 ? 0xe69f00 : 0xcc79a7, alpha: k === 0 ? 1 : 0.55 - 0.04 * k });
    }
  }

  /** One dot per LMAN neuron, bright for a moment after each spike. */
  private drawLman(frame: SceneFrame): void {
    const { first, count } = this.state.lman;
    const ages = this.lmanAgeMs;
    for (let i = 0; i < count; i++) ages[i] += frame.deltaMs;
    readNewSpikes(this.world.monitors.spikes, this.cursor, (_tick, neuron) => {
      const i = neuron - (first - 1);
      if (i >= 0 && i < count) ages[i] = 0;
    });
    const g = this.lman.clear();
    const box = this.lmanBox;
    const perRow = Math.max(1, Math.min(count, Math.floor(box.width / 9)));
    const rowsN = Math.ceil(count / perRow);
    const step = Math.min(9, box.width / perRow);
    const r = Math.max(1.5, Math.min(3.5, (box.height - 12) / (2 * rowsN)));
    for (let i = 0; i < count; i++) {
      // A short flash (about two frames): LMAN fires tens of Hz, so longer flashes would leave every dot lit.
      const lit = Math.max(0, 1 - ages[i] / 35);
      g.circle(box.x + (i % perRow) * step + r, box.y + 14 + Math.floor(i / perRow) * (2 * r + 2) + r, r)
        .fill({ color: lit > 0 ? 0xf0e442 : 0x3a4452, alpha: lit > 0 ? 0.35 + 0.65 * lit : 1 });
    }
    this.text(t('scene.songbird.lman.caption', { count }), box.x, box.y, plotColors.tickLabel, 0, 0);
  }

  private text(s: string, x: number, y: number, color: number, ax: number, ay: number, size: number = plotFont.tickSize, weight: 'normal' | 'bold' = 'normal'): Text {
    return this.labels.text(s, x, y, color, ax, ay, size, weight);
  }
}
