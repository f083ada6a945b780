/**
 * A pool of replay workers sized to the machine (navigator.hardwareConcurrency − 1, at least 1), so
 * a class's files replay side by side while the page stays responsive. Jobs queue; each worker takes
 * the next when it is done. cancel() ends every worker at once (a replay cannot be interrupted
 * otherwise) and settles the jobs still open as cancelled.
 */
import type { ReplayOutcome } from '../../levels/results/replayRun';
import type { ReplayReply, ReplayRequest } from './replayWorker';

export type PoolResult = { cancelled: true } | { cancelled: false; outcome: ReplayOutcome };

interface Job {
  readonly request: ReplayRequest;
  readonly onTicks: (ticks: number) => void;
  readonly settle: (result: PoolResult) => void;
}

export function poolSize(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.floor((hardwareConcurrency ?? 2) - 1));
}

export class ReplayPool {
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly idle: Worker[] = [];
  private workers = 0;

  constructor(private readonly size = poolSize(navigator.hardwareConcurrency)) {}

  replay(request: ReplayRequest, onTicks: (ticks: number) => void): Promise<PoolResult> {
    return new Promise((settle) => {
      this.queue.push({ request, onTicks, settle });
      this.pump();
    });
  }

  /** Ends every worker; open and queued jobs settle as cancelled. */
  cancel(): void {
    for (const [worker, job] of this.busy) {
      worker.terminate();
      job.settle({ cancelled: true });
    }
    for (const worker of this.idle) worker.terminate();
    for (const job of this.queue) job.settle({ cancelled: true });
    this.busy.clear();
    this.idle.length = 0;
    this.queue.length = 0;
    this.workers = 0;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers < this.size ? this.newWorker() : null);
      if (!worker) return;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.postMessage(job.request);
    }
  }

  private newWorker(): Worker {
    this.workers++;
    const worker = new Worker(new URL('./replayWorker.ts', import.meta.url), { type: 'module', name: 'synaptica-replay' });
    worker.onmessage = (event: MessageEvent<ReplayReply>) => {
      const job = this.busy.get(worker);
      if (!job) return;
      if (event.data.type === 'progress') { job.onTicks(event.data.ticks); return; }
      this.busy.delete(worker);
      this.idle.push(worker);
      job.settle({ cancelled: false, outcome: event.data.outcome });
      this.pump();
    };
    worker.onerror = (event) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      worker.terminate();
      this.workers--;
      job?.settle({ cancelled: false, outcome: { ok: false, problem: 'spawn', detail: event.message || 'the replay worker failed' } });
      this.pump();
    };
    return worker;
  }
}
