/**
 * Mute toggle (button, or the 'm' key: keyboardShortcuts.ts decides where it applies and the page calls
 * toggleMuteByPlayer) and a volume slider. It drives
 * any SoundOutput — the sound system from src/audio/createSoundSystem.ts (Howler.mute / Howler.volume).
 * Where the settings live:
 * - With `options.initial` / `options.onChange` the page keeps them in the saved progress
 *   (IndexedDB, src/app/progress): the controls start from `initial` and report each change
 *   (mute toggles, and the volume when the slider is released), and write nothing to localStorage.
 *   The page reads readSoundSettings(localStorage) only as a fallback for players whose settings an
 *   older page kept there (resolveSettings(progress.settings, legacy)), so they survive the upgrade.
 * - Without options they are remembered in localStorage, as before:
 *     createSoundControls(document.getElementById('sound-controls')!, sound);
 * Style lives in soundControls.css.
 */
import './soundControls.css';
import { t } from '../i18n/messages';

export interface SoundOutput {
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
}

export interface SoundControls {
  readonly muted: boolean;
  readonly volume: number;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
  /** The player's mute toggle (the m key): as a click on the button, reported like one. */
  toggleMuteByPlayer(): void;
  destroy(): void;
}

export interface SoundSettings {
  muted: boolean;
  volume: number;
}

export interface SoundControlsOptions {
  /** Start from these (e.g. the saved progress's settings) instead of localStorage. */
  initial?: SoundSettings;
  /** Called after each change the player makes; when given, localStorage is not written (the caller saves). */
  onChange?: (settings: SoundSettings) => void;
}

export const MUTED_KEY = 'synaptica.sound.muted';
export const VOLUME_KEY = 'synaptica.sound.volume';
export const DEFAULT_VOLUME = 0.7;

/** Reads the remembered settings; anything missing or malformed falls back to the defaults. */
export function readSoundSettings(storage: Pick<Storage, 'getItem'> | null): SoundSettings {
  let muted = false;
  let volume = DEFAULT_VOLUME;
  try {
    muted = storage?.getItem(MUTED_KEY) === 'true';
    const stored = Number(storage?.getItem(VOLUME_KEY) ?? NaN);
    if (Number.isFinite(stored) && stored >= 0 && stored <= 1) volume = stored;
  } catch {
    // Storage can throw (privacy mode, sandboxed frames): keep the defaults.
  }
  return { muted, volume };
}

function store(storage: Storage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Not remembered; the setting still applies for this visit.
  }
}

export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function speakerIcon(muted: boolean): string {
  const waves = muted
    ? '<path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>'
    : '<path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>';
  return `<svg class="sound-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor"/>${waves}</svg>`;
}

/** Only the values localStorage held (nothing when a key is absent): an older page's choices, for the upgrade. */
export function readLegacySoundSettings(storage: Pick<Storage, 'getItem'> | null): Partial<SoundSettings> {
  const legacy: Partial<SoundSettings> = {};
  try {
    const muted = storage?.getItem(MUTED_KEY);
    if (muted === 'true' || muted === 'false') legacy.muted = muted === 'true';
    const raw = storage?.getItem(VOLUME_KEY);
    const volume = raw === null || raw === undefined ? Number.NaN : Number(raw);
    if (Number.isFinite(volume) && volume >= 0 && volume <= 1) legacy.volume = volume;
  } catch {
    // Storage can throw (privacy mode): nothing to carry over.
  }
  return legacy;
}

export function createSoundControls(container: HTMLElement, output: SoundOutput, storage: Storage | null = localStorageOrNull(), options: SoundControlsOptions = {}): SoundControls {
  const settings = options.initial ?? readSoundSettings(storage);
  let muted = settings.muted;
  let volume = Number.isFinite(settings.volume) ? Math.min(1, Math.max(0, settings.volume)) : DEFAULT_VOLUME;
  // The caller keeps the settings (in the saved progress): leave localStorage alone.
  const remember = options.onChange ? null : storage;
  const report = (): void => options.onChange?.({ muted, volume });

  const group = document.createElement('div');
  group.className = 'sound-controls';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', t('game.sound.groupLabel'));
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sound-mute';
  button.title = t('game.sound.muteTitle');
  button.setAttribute('aria-keyshortcuts', 'M');
  const label = document.createElement('label');
  label.className = 'sound-volume';
  const labelText = document.createElement('span');
  labelText.textContent = t('game.sound.volume');
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.min = '0';
  slider.max = '100';
  slider.step = '5';
  label.append(labelText, slider);
  group.append(button, label);
  container.append(group);

  const render = (): void => {
    // An inline SVG speaker, not an emoji: emoji fonts are missing on some systems (headless Chromium here).
    // A toggle named by its visible word ("Mute", pressed while muted): the name a speech-input user
    // says is the label they see. The icon shows the state; a phone shows only the icon (style.css).
    // The icon is the page's own markup; the word goes in as text.
    button.innerHTML = speakerIcon(muted);
    const word = document.createElement('span');
    word.className = 'sound-mute-label';
    word.textContent = t('game.sound.mute');
    button.append(word);
    button.setAttribute('aria-pressed', String(muted));
    button.dataset.muted = String(muted);
    slider.value = String(Math.round(volume * 100));
    slider.setAttribute('aria-valuetext', t('game.sound.percent', { percent: Math.round(volume * 100) }));
    group.classList.toggle('is-muted', muted);
  };

  const setMuted = (next: boolean): void => {
    muted = next;
    output.setMuted(muted);
    store(remember, MUTED_KEY, String(muted));
    render();
  };
  const setVolume = (next: number): void => {
    volume = Math.min(1, Math.max(0, Number.isFinite(next) ? next : DEFAULT_VOLUME));
    output.setVolume(volume);
    store(remember, VOLUME_KEY, String(volume));
    render();
  };

  // Only the player's own changes are reported (not the page's setMuted / setVolume calls).
  const toggleByPlayer = (): void => { setMuted(!muted); report(); };
  const onClick = (): void => toggleByPlayer();
  const onInput = (): void => setVolume(Number(slider.value) / 100);
  // The volume is reported once the slider is let go, not at every step of a drag.
  const onSliderChange = (): void => report();
  button.addEventListener('click', onClick);
  slider.addEventListener('input', onInput);
  slider.addEventListener('change', onSliderChange);

  output.setMuted(muted);
  output.setVolume(volume);
  render();

  return {
    get muted() { return muted; },
    get volume() { return volume; },
    setMuted,
    setVolume,
    toggleMuteByPlayer: toggleByPlayer,
    destroy() {
      button.removeEventListener('click', onClick);
      slider.removeEventListener('input', onInput);
      slider.removeEventListener('change', onSliderChange);
      group.remove();
    },
  };
}
