/**
 * Wakes the sleeping frame loop (frameLoop.ts) on whatever can change what the canvas shows while the
 * level is paused: pointer and keyboard input anywhere on the page (hover and picking on the canvas, a
 * slider, a shortcut), a resize of the renderer, and a song playing (the bird's beak follows it).
 * Listeners are passive and only move a deadline forward, so input costs nothing more when awake.
 */
import type { Application } from 'pixi.js';
import type { SoundSystem } from '../audio/createSoundSystem';

const INPUT_EVENTS = ['pointermove', 'pointerdown', 'pointerup', 'wheel', 'keydown', 'keyup', 'input', 'change', 'focusin'] as const;

export function wakeOnInput(app: Application, sound: SoundSystem, wake: (forMs?: number) => void): void {
  const onInput = (): void => wake();
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  app.renderer.on('resize', onInput);
  // The beak moves for as long as the song plays.
  sound.onSong((_kind, _rendition, durationMs) => wake(durationMs + 200));
}
