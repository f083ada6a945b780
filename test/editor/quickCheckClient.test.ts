/**
 * The page's quick check (src/app/editor/quickCheckClient.ts) with a stand-in Worker: a check a
 * newer one supersedes settles as superseded (never left pending) and its worker is ended; an older
 * check still fetching its files never starts a worker nor ends the newer one's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { isSuperseded, SUPERSEDED_CHECK, type QuickCheckOutcome } from '../../src/editor/quickCheck';
import { runQuickCheckInWorker } from '../../src/app/editor/quickCheckClient';
import { levelDraft } from './views/helpers';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor() { FakeWorker.made.push(this); }
  postMessage(message: unknown): void { this.posted.push(message); }
  terminate(): void { this.terminated = true; }
  /** The worker's answer arrives (ignored by a terminated worker, as a real one sends none). */
  answer(result: QuickCheckOutcome): void { if (!this.terminated) this.onmessage?.({ data: result }); }
}

const DONE: QuickCheckOutcome = { ok: true, trials: 3, simulatedMs: 300, curves: [] };

/** Whether a promise has settled, after pending microtasks ran. */
async function settled<T>(promise: Promise<T>): Promise<{ done: boolean; value?: T }> {
  let state: { done: boolean; value?: T } = { done: false };
  void promise.then((value) => { state = { done: true, value }; });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return state;
}

beforeEach(() => { FakeWorker.made = []; vi.stubGlobal('Worker', FakeWorker); });
afterEach(() => { vi.unstubAllGlobals(); });

describe('superseded quick checks', () => {
  it('a check a newer one replaces settles as superseded and its worker is ended', async () => {
    const draft = levelDraft('stdp-pairing');
    const first = runQuickCheckInWorker(draft, 5);
    await settled(first);
    expect(FakeWorker.made).toHaveLength(1);
    const second = runQuickCheckInWorker(draft, 5);
    const firstState = await settled(first);
    expect(firstState.done).toBe(true);
    expect(firstState.value).toBe(SUPERSEDED_CHECK);
    expect(isSuperseded(firstState.value!)).toBe(true);
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[1].answer(DONE);
    expect(await second).toEqual(DONE);
    expect(FakeWorker.made[1].terminated).toBe(true);
  });

  it('an older check still fetching its files gives way: no worker of its own, the newer one untouched', async () => {
    const draft = levelDraft('songbird-wav-tutor');
    let release: (bytes: Uint8Array) => void = () => undefined;
    const slowFiles = () => new Promise<Uint8Array>((resolve) => { release = resolve; });
    const wav = new Uint8Array(readFileSync(new URL('../../assets/tutors/whistle-sweep.wav', import.meta.url)));
    const older = runQuickCheckInWorker(draft, 5, slowFiles);
    const newer = runQuickCheckInWorker(draft, 5, async () => wav);
    await settled(newer);
    expect(FakeWorker.made).toHaveLength(1);
    release(wav);
    const olderState = await settled(older);
    expect(olderState.done).toBe(true);
    expect(isSuperseded(olderState.value!)).toBe(true);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].terminated).toBe(false);
    FakeWorker.made[0].answer(DONE);
    expect(await newer).toEqual(DONE);
  });

  it('an older check whose file fetch fails after it was superseded settles as superseded, not as an error', async () => {
    const draft = levelDraft('songbird-wav-tutor');
    let fail: (error: Error) => void = () => undefined;
    const failingFiles = () => new Promise<Uint8Array>((_resolve, reject) => { fail = reject; });
    const wav = new Uint8Array(readFileSync(new URL('../../assets/tutors/whistle-sweep.wav', import.meta.url)));
    const older = runQuickCheckInWorker(draft, 5, failingFiles);
    const newer = runQuickCheckInWorker(draft, 5, async () => wav);
    await settled(newer);
    fail(new Error('network down'));
    await expect(older).resolves.toBe(SUPERSEDED_CHECK);
    FakeWorker.made[0].answer(DONE);
    expect(await newer).toEqual(DONE);
  });
});
