/**
 * The recorder's logic on the page: it holds the recording (in memory only, until the player saves),
 * records it from the microphone or takes a dropped WAV, runs the analysis (src/audio/recording) on
 * every trim, and saves: the level being played with the recording as its tutor (withRecordedTutor)
 * is opened as one of Your levels, together with the tutor WAV, through the same path as a level file
 * and its recordings dropped together, so it is kept, shared (file or link) and reloaded like one.
 */
import { recordedTutor, type RecordedTutorResult } from '../../audio/recording/recordedTutor';
import { RECORDING_MAX_MS } from '../../audio/recording/recordingLimits';
import { mappingInWords, problemInWords } from '../../audio/recording/recordingWords';
import { recordingSpectrogram } from '../../audio/recording/recordingSpectrogram';
import { decodeWav } from '../../circuits/plugin/wav';
import { filesCertainlyExceed } from '../../levels/share/linkBudget';
import { levelFileText } from '../../levels/share';
import { isRecordedTutorLevel, RECORDED_TUTOR_FILE, recordedTutorHookOf, withRecordedTutor } from '../../levels/recordedTutorLevel';
import type { Level } from '../../levels/schema/level';
import type { RecorderActions, RecorderDialog } from '../../ui/recorder/recorderDialog';
import { MicrophoneCapture, MicrophoneMissing, playSamples } from './microphoneCapture';
import type { ReadFile } from '../open/levelIntake';
import { formatNumber, t } from '../../i18n/messages';
import { problemsAfterLeadIn } from '../../ui/open/problemWords';

/** Columns of the still spectrogram: one per 2 canvas pixels. */
const PICTURE_COLUMNS = 150;
/** A dropped WAV larger than this is refused unread (a minute of CD audio is ~10 MB). */
const MAX_WAV_FILE_BYTES = 16 * 1024 * 1024;

export interface RecorderControllerDeps {
  /** The level being played (one whose circuit takes a recorded tutor). */
  level(): Level | null;
  /** Opens a level file and its recordings as one of Your levels. */
  openFiles(files: readonly ReadFile[]): void;
  announce(text: string): void;
}

export class RecorderController implements RecorderActions {
  private samples: Float32Array | null = null;
  private rateHz = 0;
  private result: RecordedTutorResult | null = null;
  /** The recording's still spectrogram (computed once per recording, redrawn with each trim). */
  private picture: Float32Array[] = [];
  private capture: MicrophoneCapture | null = null;
  dialog: RecorderDialog | null = null;

  constructor(private readonly deps: RecorderControllerDeps) {}

  async record(): Promise<string | null> {
    this.clear();
    const capture = new MicrophoneCapture();
    this.capture = capture;
    try {
      const got = await capture.record(
        RECORDING_MAX_MS,
        (level, column) => this.dialog?.showLive(level, column),
        (ms) => this.dialog?.say(t('recorder.recording', { seconds: secondsInWords(ms) })),
      );
      // Cancelled meanwhile (Retry, or the dialog closed): the recording is dropped, never kept.
      if (this.capture !== capture) return null;
      this.capture = null;
      this.take(got.samples, got.sampleRateHz);
      this.dialog?.say(t('recorder.recorded', { seconds: secondsInWords((got.samples.length * 1000) / got.sampleRateHz) }));
      return null;
    } catch (error) {
      if (this.capture !== capture) return null;
      this.capture = null;
      if (error instanceof MicrophoneMissing) return t('recorder.micMissing');
      return t('recorder.micRefused', { reason: readFailure(error) });
    }
  }

  stop(): void {
    this.capture?.stop();
  }

  playRecording(): void {
    if (this.samples === null || this.result === null) return;
    const { startMs, endMs } = this.result.facts.trim;
    playSamples(this.samples.slice(Math.floor((startMs * this.rateHz) / 1000), Math.ceil((endMs * this.rateHz) / 1000)), this.rateHz);
  }

  playTutor(): void {
    if (this.result?.ok) playSamples(this.result.tutor.samples, this.result.tutor.sampleRateHz);
  }

  takeFile(file: File): void {
    if (file.size > MAX_WAV_FILE_BYTES) {
      this.dialog?.say(t('recorder.fileUnreadable', { name: file.name, reason: `${Math.round(file.size / 1e6)} MB` }));
      return;
    }
    void file.arrayBuffer().then((buffer) => {
      const decoded = decodeWav(new Uint8Array(buffer));
      if (!decoded.ok) {
        this.dialog?.say(t('recorder.fileUnreadable', { name: file.name, reason: decoded.error }));
        return;
      }
      this.take(decoded.samples, decoded.sampleRateHz);
      this.dialog?.say(t('recorder.fileTaken', { name: file.name, seconds: secondsInWords((decoded.samples.length * 1000) / decoded.sampleRateHz) }));
    }).catch((error: unknown) => {
      // The file vanished or could not be read after the drop (moved, a permission, a network drive).
      this.dialog?.say(t('recorder.fileUnreadable', { name: file.name, reason: readFailure(error) }));
    });
  }

  trim(startMs: number, endMs: number): void {
    if (this.samples !== null) this.analyse({ startMs, endMs });
  }

  clear(): void {
    this.capture?.stop();
    this.capture = null;
    this.samples = null;
    this.result = null;
  }

  save(): string | null {
    const level = this.deps.level();
    if (level === null || !this.result?.ok) return t('recorder.notUsable');
    // A level already recorded over keeps its title (and id): a new recording replaces the old one.
    const title = isRecordedTutorLevel(level) ? level.title : t('recorder.levelTitle', { title: level.title });
    // The intro and summary say the tutor is the player's recording (the level's own lines describe
    // its own tutor file); the goal and everything else stay. Written in the page's language, as a
    // level opened from a file is never translated.
    const texts = isRecordedTutorLevel(level) ? {} : {
      description: t('recorder.levelDescription', { title: level.title }),
      ...(level.lesson === undefined ? {} : { lesson: { ...level.lesson, intro: t('recorder.levelIntro') } }),
    };
    const made = withRecordedTutor({ ...level, ...texts, title }, this.result.tutor.wav);
    if (!made.ok) return t('recorder.problem.unusable', { detail: made.error });
    const recorded = made.level;
    const text = levelFileText(recorded);
    if (!text.ok) {
      const problems = problemsAfterLeadIn(text.errors);
      return problems.charAt(0).toUpperCase() + problems.slice(1);
    }
    this.deps.openFiles([
      { name: `${recorded.id}.json`, bytes: new TextEncoder().encode(text.text) },
      { name: RECORDED_TUTOR_FILE, bytes: this.result.tutor.wav },
    ]);
    this.deps.announce(t('recorder.saved', { title: recorded.title }));
    this.clear();
    return null;
  }

  /** The analysis of the current recording (after a trim, or the automatic one). */
  currentResult(): RecordedTutorResult | null {
    return this.result;
  }

  private take(samples: Float32Array, rateHz: number): void {
    this.samples = samples;
    this.rateHz = rateHz;
    this.picture = recordingSpectrogram(samples, rateHz, PICTURE_COLUMNS);
    this.analyse();
  }

  private analyse(trim?: { startMs: number; endMs: number }): void {
    const level = this.deps.level();
    const hook = level === null ? null : recordedTutorHookOf(level);
    if (this.samples === null || hook === null) return;
    const result = recordedTutor(this.samples, this.rateHz, hook, trim);
    this.result = result;
    const summary: string[] = [];
    if (result.ok) {
      const { mapping, syllables, songMs } = result.tutor;
      summary.push(...mappingInWords(mapping, syllables, songMs));
      summary.push(filesCertainlyExceed([result.tutor.wav]) ? t('recorder.summary.linkTooLarge') : t('recorder.summary.linkFits'));
    }
    this.dialog?.showVerdict({
      durationMs: result.facts.durationMs,
      trimStartMs: result.facts.trim.startMs,
      trimEndMs: result.facts.trim.endMs,
      problems: result.ok ? [] : result.problems.map(problemInWords),
      summary,
      usable: result.ok,
      picture: this.picture,
    });
  }
}

/** A length in seconds with one decimal, in the page's language ("3.0", "3,0"). */
function secondsInWords(ms: number): string {
  return formatNumber(ms / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** Why the microphone or a dropped file could not be had, in the browser's words (a DOMException's message or name). */
function readFailure(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
