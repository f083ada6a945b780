import { Howler, type Howl } from 'howler';

const RETRY_MS = 500;

/**
 * Stops and unloads a Howl without pulling its sounds from under a call howler still has pending.
 * Howler defers work in two cases: a Howl still decoding queues play/stop until it has loaded, and
 * a play() made while howler's AudioContext is suspended (it auto-suspends after 30 s of silence)
 * waits for the 'resume' event. Unloading in between deletes the sound's audio node, and the deferred
 * call then fails inside howler ("Cannot set properties of undefined (setting 'bufferSource')"). So
 * the Howl is muted and stopped at once (through howler's queue if need be) and unloaded only when
 * it has loaded and the context runs, a turn after any deferred calls have run.
 */
export function disposeHowl(howl: Howl): void {
  howl.mute(true);
  howl.stop();
  howl.once('loaderror', () => howl.unload());
  unloadWhenSettled(howl);
}

function unloadWhenSettled(howl: Howl): void {
  if (howl.state() === 'unloaded') return;
  const settled = howl.state() === 'loaded' && (Howler.ctx === undefined || Howler.ctx === null || Howler.ctx.state === 'running');
  setTimeout(() => (settled ? howl.unload() : unloadWhenSettled(howl)), settled ? 0 : RETRY_MS);
}
