/**
 * Mute toggle (button, or the 'm' key anywhere outside a text field) and a volume slider, both
 * remembered in localStorage. It drives any SoundOutput — the sound system from
 * src/audio/createSoundSystem.ts (Howler.mute / Howler.volume). Wiring (src/app/main.ts):
 *   createSoundControls(document.getElementById('sound-controls')!, sound);
 * Style lives in soundControls.css.
 */
import './soundControls.css';

export interface SoundOutput {
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
}

export interface SoundControls {
  readonly muted: boolean;
  readonly volume: number;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
  destroy(): void;
}

export const MUTED_KEY = 'synaptica.sound.muted';
export const VOLUME_KEY = 'synaptica.sound.volume';
export const DEFAULT_VOLUME = 0.7;

/** Reads the remembered settings; anything missing or malformed falls back to the defaults. */
export function readSoundSettings(storage: Pick<Storage, 'getItem'> | null): { muted: boolean; volume: number } {
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

function localStorageOrNull(): Storage | null {
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

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !['range', 'checkbox', 'radio', 'button'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export function createSoundControls(container: HTMLElement, output: SoundOutput, storage: Storage | null = localStorageOrNull()): SoundControls {
  const settings = readSoundSettings(storage);
  let muted = settings.muted;
  let volume = settings.volume;

  const group = document.createElement('div');
  group.className = 'sound-controls';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Sound');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sound-mute';
  button.title = 'Mute or unmute all sound (M)';
  button.setAttribute('aria-keyshortcuts', 'M');
  const label = document.createElement('label');
  label.className = 'sound-volume';
  const labelText = document.createElement('span');
  labelText.textContent = 'Volume';
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
    button.innerHTML = `${speakerIcon(muted)}<span>${muted ? 'Sound off' : 'Sound on'}</span>`;
    button.setAttribute('aria-pressed', String(muted));
    button.setAttribute('aria-label', muted ? 'Unmute sound' : 'Mute sound');
    slider.value = String(Math.round(volume * 100));
    slider.setAttribute('aria-valuetext', `${Math.round(volume * 100)} percent`);
    group.classList.toggle('is-muted', muted);
  };

  const setMuted = (next: boolean): void => {
    muted = next;
    output.setMuted(muted);
    store(storage, MUTED_KEY, String(muted));
    render();
  };
  const setVolume = (next: number): void => {
    volume = Math.min(1, Math.max(0, Number.isFinite(next) ? next : DEFAULT_VOLUME));
    output.setVolume(volume);
    store(storage, VOLUME_KEY, String(volume));
    render();
  };

  const onClick = (): void => setMuted(!muted);
  const onInput = (): void => setVolume(Number(slider.value) / 100);
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'm' && event.key !== 'M') return;
    if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
    event.preventDefault();
    setMuted(!muted);
  };
  button.addEventListener('click', onClick);
  slider.addEventListener('input', onInput);
  window.addEventListener('keydown', onKey);

  output.setMuted(muted);
  output.setVolume(volume);
  render();

  return {
    get muted() { return muted; },
    get volume() { return volume; },
    setMuted,
    setVolume,
    destroy() {
      button.removeEventListener('click', onClick);
      slider.removeEventListener('input', onInput);
      window.removeEventListener('keydown', onKey);
      group.remove();
    },
  };
}
