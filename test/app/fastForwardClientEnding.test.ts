// However fast-forward ends (the page stops it, the worker stops by itself for the timeline, a goal or
// a due question, or it fails), the player commands the worker had not taken into its last chunk go
// to the page's world, once. The client is driven with a fake Worker; the chunks come from the real
// worker core (FastForwardRunner) run in-process.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FastForwardClient, type FastForwardCallbacks } from '../../src/app/fastForwardClient';
import { FastForwardRunner, type FastForwardChunk } from '../../src/app/fastForwardCore';
import type { FromWorker, ToWorker } from '../../src/app/fastForwardMessages';
import { loadLevel } from '../../src/levels/loadLevel';
import { spawnLevel } from '../../src/levels/spawnLevel';
import type { SimCommand } from '../../src/sim/commands/commandQueue';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly received: ToWorker[] = [];
  terminated = false;
  constructor() { FakeWorker.made.push(this); }
  postMessage(message: ToWorker): void { this.received.push(message); }
  terminate(): void { this.terminated = true; }
}

function spawn() {
  const text = readFileSync(new URL('../../levels/eyeblink-acquisition.json', import.meta.url), 'utf8');
  const loaded = loadLevel(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const spawned = spawnLevel(loaded.level, {});
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  return { text, world: spawned.world, run: spawned.run };
}

const slider1: SimCommand = { type: 'setPuffStrength', value: 0.5 };
const slider2: SimCommand = { type: 'setPuffStrength', value: 0.25 };

/** Starts the client on a fresh page world; the fake worker's core runs in-process. */
function startRun(callbacks: Partial<FastForwardCallbacks> = {}) {
  const page = spawn();
  const client = new FastForwardClient();
  const ended: string[] = [];
  client.start(
    { world: page.world, recorder: page.run.recorder, level: page.text, seed: page.run.seed, assets: new Map() },
    { onChunk: callbacks.onChunk ?? (() => undefined), onEnded: (reason) => { ended.push(reason); } },
    { stopAtTick: 600 },
  );
  const worker = FakeWorker.made.at(-1)!;
  const start = worker.received[0];
  if (start?.type !== 'start') throw new Error('no start message');
  const created = FastForwardRunner.create(start.init);
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  /** Delivers the page's command messages the worker has not read yet to its core. */
  let delivered = 1;
  const deliver = (): void => {
    for (; delivered < worker.received.length; delivered++) {
      const message = worker.received[delivered];
      if (message?.type === 'command') created.runner.send(message.command);
    }
  };
  const chunk = (ticks: number): FastForwardChunk => {
    created.runner.run(Number.POSITIVE_INFINITY, () => 0, ticks);
    return created.runner.takeChunk();
  };
  return { page, client, worker, runner: created.runner, deliver, chunk, ended };
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fast-forward never loses a player command, however it ends', () => {
  it('the worker stops by itself: a command sent during its last chunk goes to the page world once', () => {
    const { page, client, worker, deliver, chunk, ended } = startRun();
    client.send(slider1);
    deliver();
    worker.onmessage?.({ data: { type: 'chunk', chunk: chunk(200) } });
    expect(page.world.commands.pendingCount).toBe(0);
    // Sent while the worker steps its last chunk: it never reads it.
    client.send(slider2);
    worker.onmessage?.({ data: { type: 'stopped', chunk: chunk(1000) } });
    expect(ended).toEqual(['stopAtTick']);
    expect(client.running).toBe(false);
    expect(worker.terminated).toBe(true);
    expect(page.world.commands.pendingCount).toBe(1);
    // slider1 is in the world's log from the worker's chunk; slider2 is queued for the next tick.
    expect(page.world.commands.log.map((entry) => entry.command)).toEqual([slider1]);
    void client.stop();
    expect(page.world.commands.take()).toEqual([slider2]);
  });

  it('the page stops it: the commands after the last applied chunk are queued once', () => {
    const { page, client, worker, deliver, chunk } = startRun();
    worker.onmessage?.({ data: { type: 'chunk', chunk: chunk(100) } });
    client.send(slider1);
    client.send(slider2);
    deliver();
    void client.stop();
    void client.stop();
    expect(page.world.commands.log).toHaveLength(0);
    expect(page.world.commands.take()).toEqual([slider1, slider2]);
  });

  it('a question stops it from inside the stopping chunk: still once', () => {
    let client: FastForwardClient | null = null;
    const run = startRun({ onChunk: (c) => { if (c.finished) void client?.stop(); } });
    client = run.client;
    client.send(slider1);
    run.worker.onmessage?.({ data: { type: 'stopped', chunk: run.chunk(1000) } });
    expect(run.ended).toEqual(['stopAtTick']);
    expect(run.page.world.commands.pendingCount).toBe(1);
  });

  it.each(['error message', 'onerror', 'onmessageerror'] as const)('the worker fails (%s): unread commands go to the page world', (how) => {
    const { page, client, worker, deliver, chunk, ended } = startRun();
    client.send(slider1);
    deliver();
    worker.onmessage?.({ data: { type: 'chunk', chunk: chunk(100) } });
    client.send(slider2);
    if (how === 'error message') worker.onmessage?.({ data: { type: 'error', errors: [{ path: '', message: 'boom' }] } });
    else if (how === 'onerror') worker.onerror?.({ message: 'boom' });
    else worker.onmessageerror?.();
    expect(ended).toEqual(['error']);
    expect(client.running).toBe(false);
    expect(page.world.commands.pendingCount).toBe(1);
    void client.stop();
    expect(page.world.commands.take()).toEqual([slider2]);
  });
});
