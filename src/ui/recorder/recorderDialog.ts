/**
 * The recorder dialog ("Record a tutor"): record up to 3 s from the microphone, or drop / choose a WAV;
 * a level meter and a live spectrogram while recording; play back, trim (start and end sliders),
 * discard; the verdict in words (why it cannot serve, or the pitch mapping and the syllables found); save
 * it with the level. DOM only: the app drives the microphone and the analysis (RecorderActions) and
 * tells the dialog what to show. Every control is a native button, slider or file input, so the
 * keyboard reaches all of them (Tab, Space, arrows), and the layout wraps to a phone's width.
 */
import { button, el, ModalDialog } from '../campaign/modalDialog';
import { t } from '../../i18n/messages';
import { drawRecordingPicture, drawSpectrogramColumn } from './spectrogramCanvas';
import './recorder.css';

export interface RecorderActions {
  /** Asks for the microphone and records; resolves when recording stops (or fails with the words to show). */
  record(): Promise<string | null>;
  /** Stops a recording early. */
  stop(): void;
  /** Plays the trimmed recording. */
  playRecording(): void;
  /** Plays the tutor made from it. */
  playTutor(): void;
  /** A dropped or chosen WAV file. */
  takeFile(file: File): void;
  /** The trim changed (ms); the app analyses again. */
  trim(startMs: number, endMs: number): void;
  /** Forget the recording (Discard). */
  clear(): void;
  /** Save the tutor with the level and play it; returns words for a failure, or null. */
  save(): string | null;
}

/** What the app says about the current recording. */
export interface RecorderVerdict {
  readonly durationMs: number;
  readonly trimStartMs: number;
  readonly trimEndMs: number;
  /** Problems in words (empty when it serves). */
  readonly problems: readonly string[];
  /** The mapping and syllables in words, when it serves. */
  readonly summary: readonly string[];
  readonly usable: boolean;
  /** The whole recording's spectrogram (dB columns, 0-4 kHz), drawn with the trim. */
  readonly picture: readonly Float32Array[];
}

export class RecorderDialog {
  private readonly dialog = new ModalDialog('recorder-dialog', 'recorder-title');
  private readonly meter = el('meter');
  private readonly canvas = el('canvas', undefined, 'recorder-spectrogram');
  private readonly status = el('p', '', 'recorder-status');
  private readonly verdict = el('div', undefined, 'recorder-verdict');
  private readonly recordButton: HTMLButtonElement;
  private readonly playButton: HTMLButtonElement;
  private readonly tutorButton: HTMLButtonElement;
  private readonly retryButton: HTMLButtonElement;
  private readonly saveButton: HTMLButtonElement;
  private readonly trimStart = el('input');
  private readonly trimEnd = el('input');
  private readonly trimRow = el('div', undefined, 'recorder-trim');
  private recording = false;
  private picture: { columns: readonly Float32Array[]; durationMs: number } | null = null;

  constructor(private readonly actions: RecorderActions) {
    const dialog = this.dialog.element;
    dialog.classList.add('recorder-dialog');
    this.meter.id = 'recorder-meter';
    this.meter.min = 0;
    this.meter.max = 1;
    this.meter.value = 0;
    this.meter.setAttribute('aria-label', t('recorder.meterLabel'));
    this.canvas.id = 'recorder-spectrogram';
    this.canvas.width = 300;
    this.canvas.height = 96;
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', t('recorder.spectrogramLabel'));
    this.status.id = 'recorder-status';
    this.status.setAttribute('role', 'status');
    this.verdict.id = 'recorder-verdict';
    this.verdict.setAttribute('aria-live', 'polite');
    this.recordButton = button(t('recorder.record'), () => this.toggleRecording());
    this.recordButton.id = 'recorder-record';
    this.playButton = button(t('recorder.playBack'), () => actions.playRecording());
    this.playButton.id = 'recorder-play';
    this.tutorButton = button(t('recorder.playTutor'), () => actions.playTutor());
    this.tutorButton.id = 'recorder-play-tutor';
    this.retryButton = button(t('recorder.retry'), () => { actions.clear(); this.showEmpty(); this.recordButton.focus(); });
    this.retryButton.id = 'recorder-retry';
    this.retryButton.title = t('recorder.retryTitle');
    this.saveButton = button(t('recorder.save'), () => {
      const failed = actions.save();
      if (failed === null) this.dialog.close();
      else this.status.textContent = failed;
    });
    this.saveButton.id = 'recorder-save';
    this.saveButton.classList.add('primary');
    const cancel = button(t('recorder.cancel'), () => this.dialog.close());
    cancel.id = 'recorder-cancel';
    const fileInput = el('input');
    fileInput.type = 'file';
    fileInput.accept = '.wav,audio/wav,audio/x-wav';
    fileInput.id = 'recorder-file';
    fileInput.className = 'recorder-file-input';
    fileInput.addEventListener('change', () => { const f = fileInput.files?.[0]; if (f) actions.takeFile(f); fileInput.value = ''; });
    const fileLabel = el('label', t('recorder.chooseWav'), 'button recorder-file-label');
    fileLabel.htmlFor = 'recorder-file';
    for (const [input, id, label] of [[this.trimStart, 'recorder-trim-start', t('recorder.trimStart')], [this.trimEnd, 'recorder-trim-end', t('recorder.trimEnd')]] as const) {
      input.type = 'range';
      input.id = id;
      input.step = '10';
      input.min = '0';
      const tag = el('label', label);
      tag.htmlFor = id;
      const out = el('output', '', 'recorder-trim-value');
      out.id = `${id}-value`;
      input.addEventListener('input', () => {
        out.textContent = t('recorder.ms', { ms: Number(input.value) });
        // A screen reader reads the slider's value: with its unit, not a bare "1150".
        input.setAttribute('aria-valuetext', t('recorder.trimValue', { label, ms: Number(input.value) }));
        this.drawPicture();
      });
      input.addEventListener('change', () => this.trimChanged(input === this.trimStart));
      const cell = el('div', undefined, 'recorder-trim-cell');
      cell.append(tag, input, out);
      this.trimRow.append(cell);
    }
    const title = el('h2', t('recorder.title'));
    title.id = 'recorder-title';
    const lead = el('p', t('recorder.lead'));
    const privacy = el('p', t('recorder.privacy'), 'recorder-privacy');
    const levels = el('div', undefined, 'recorder-levels');
    const meterLabel = el('label', t('recorder.meterLabel'));
    meterLabel.htmlFor = 'recorder-meter';
    levels.append(meterLabel, this.meter, this.canvas);
    const captureRow = el('div', undefined, 'open-dialog-buttons recorder-buttons');
    captureRow.append(this.recordButton, this.playButton, this.retryButton, fileInput, fileLabel);
    const endRow = el('div', undefined, 'open-dialog-buttons recorder-buttons');
    endRow.append(this.tutorButton, this.saveButton, cancel);
    dialog.replaceChildren(title, lead, privacy, captureRow, levels, this.status, this.trimRow, this.verdict, endRow);
    // A WAV dropped on the recorder is taken as a recording (the page's own drop is refused while a dialog is open).
    dialog.addEventListener('dragover', (event) => { event.preventDefault(); event.stopPropagation(); });
    dialog.addEventListener('drop', (event) => {
      event.preventDefault();
      event.stopPropagation();
      const file = event.dataTransfer?.files[0];
      if (file) actions.takeFile(file);
    });
  }

  get open(): boolean {
    return this.dialog.open;
  }

  show(onClose?: () => void): void {
    this.showEmpty();
    this.dialog.show(this.recordButton, () => { if (this.recording) this.actions.stop(); onClose?.(); });
  }

  close(): void {
    this.dialog.close();
  }

  /** The live level (0..1, peak) and one spectrogram column (magnitudes in dB, low to high). */
  showLive(level: number, column: Float32Array | null): void {
    this.meter.value = Math.min(1, Math.max(0, level));
    if (column !== null) drawSpectrogramColumn(this.canvas, column);
  }

  say(text: string): void {
    this.status.textContent = text;
  }

  showVerdict(v: RecorderVerdict): void {
    for (const input of [this.trimStart, this.trimEnd]) input.max = String(Math.floor(v.durationMs / 10) * 10);
    this.trimStart.value = String(Math.round(v.trimStartMs));
    this.trimEnd.value = String(Math.round(v.trimEndMs));
    for (const input of [this.trimStart, this.trimEnd]) input.dispatchEvent(new Event('input'));
    this.trimRow.hidden = false;
    this.picture = { columns: v.picture, durationMs: v.durationMs };
    this.drawPicture();
    const list = el('ul', undefined, v.usable ? 'recorder-summary' : 'recorder-problems');
    for (const line of v.usable ? v.summary : v.problems) list.append(el('li', line));
    const heading = el('p', v.usable ? t('recorder.usable') : t('recorder.notUsable'), 'recorder-verdict-heading');
    this.verdict.replaceChildren(heading, list);
    this.playButton.disabled = false;
    this.retryButton.disabled = false;
    this.tutorButton.disabled = !v.usable;
    this.saveButton.disabled = !v.usable;
  }

  /** The still spectrogram with the trim as the sliders stand now. */
  private drawPicture(): void {
    if (this.picture === null) return;
    drawRecordingPicture(this.canvas, this.picture.columns, this.picture.durationMs, Number(this.trimStart.value), Number(this.trimEnd.value));
  }

  private showEmpty(): void {
    this.recording = false;
    this.picture = null;
    this.recordButton.textContent = t('recorder.record');
    this.meter.value = 0;
    this.canvas.getContext('2d')?.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.status.textContent = t(coarsePointer() ? 'recorder.permissionTouch' : 'recorder.permission');
    this.verdict.replaceChildren();
    this.trimRow.hidden = true;
    for (const input of [this.trimStart, this.trimEnd]) input.removeAttribute('aria-valuetext');
    for (const b of [this.playButton, this.tutorButton, this.retryButton, this.saveButton]) b.disabled = true;
  }

  private toggleRecording(): void {
    if (this.recording) {
      this.actions.stop();
      return;
    }
    this.recording = true;
    this.recordButton.textContent = t('recorder.stop');
    this.status.textContent = t('recorder.asking');
    void this.actions.record().then((failure) => {
      this.recording = false;
      this.recordButton.textContent = t('recorder.recordAgain');
      if (failure !== null) this.status.textContent = failure;
    });
  }

  private trimChanged(startMoved: boolean): void {
    let start = Number(this.trimStart.value);
    let end = Number(this.trimEnd.value);
    if (end - start < 50) {
      if (startMoved) start = Math.max(0, end - 50); else end = Math.min(Number(this.trimEnd.max), start + 50);
      this.trimStart.value = String(start);
      this.trimEnd.value = String(end);
    }
    this.actions.trim(start, end);
  }
}

/** A touch screen (no mouse to drag a file with): the dialog offers choosing a WAV, not dropping one. */
function coarsePointer(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
}
