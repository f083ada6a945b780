/**
 * window.__synaptica: read-only views of the page's state for the browser tests and the browser
 * benchmark, plus the fast-forward identity check against the real Worker; and
 * window.__synapticaSoundLog, the sounds requested (src/audio/soundLog.ts). Only the test build
 * (`vite build --mode test`, test/browser/server.ts) installs them: bootPage calls this behind
 * `import.meta.env.MODE === 'test'`, so the production bundle does not contain this file at all.
 */
import { soundLog } from '../audio/soundLog';
import type { Bus } from '../bus/bus';
import type { GoalReached } from '../levels/objectives/goalWatch';
import { hashWorldState, restoreSnapshot, takeSnapshot } from '../sim/snapshot';
import { CanvasSource, type Application } from 'pixi.js';
import type { FastForwardControl } from './fastForwardControl';
import type { FrameLoop, FrameTimes } from './frameLoop';
import { stepLevel } from './levelStep';
import type { Mode, PageState } from './pageState';
import type { Progress } from './progress/progressRecord';
import type { ProgressStore } from './progress/progressStore';

/** What the page exposes for tests and the browser benchmark (read-only views of its state). */
export interface SynapticaDebug extends FrameTimes {
  bus: Bus;
  /** The id of the level the page runs (null while one loads). */
  levelId(): string | null;
  /** A copy of the running level's data as the loader checked it (null while none runs): same level, same data. */
  levelData(): unknown;
  eventCounts(): Record<string, number>;
  trials(): number;
  tick(): number;
  mode(): Mode;
  sceneName(): string;
  /** Fast-forward speed of the last chunks: simulated ms per wall ms. */
  fastForwardSpeed(): number;
  /** When every objective of the current spawn was first met (trials or seconds used), or null. */
  goal(): GoalReached | null;
  /**
   * Opens a level as the page does (`fromCampaign`: with its cards, questions and stars; otherwise
   * as free play), for tests whose subject is the running level rather than how it was picked.
   */
  openLevel(id: string, fromCampaign: boolean): void;
  /** The player's progress as saved (IndexedDB), and a promise that settles when every change is written. */
  progress(): Progress;
  flushProgress(): Promise<void>;
  /**
   * Identity check with the real Worker: from the current state, fast-forwards `ticks` ticks in the
   * worker, then restores the same starting state and steps `ticks` on the main thread. Leaves the
   * page paused at the main-thread result.
   */
  /** Whether the frame loop draws (false: paused and asleep) and how many frames it has rendered. */
  frameLoopAwake(): boolean;
  renders(): number;
  /**
   * Textures the renderer holds on the GPU (leak checks: flat across level switches and resets): all,
   * and those made from the page's own canvases (CanvasSource: spectrograms, circuit dots and glow;
   * Pixi's text labels are not among them).
   */
  gpuTextures(): { all: number; fromCanvases: number };
  /**
   * Which WebAssembly kernels the running level's world has really run (bound at first use): the
   * neuron integration and the spike propagation. False where the world is small (JavaScript loops by
   * design) or a compile was refused (the JavaScript fallback).
   */
  wasmKernelsUsed(): { integration: boolean; propagation: boolean };
  /** Each registered state array's hash (name → FNV-1a of its bytes): which arrays differ from a Node run. */
  stateArrayHashes(): Record<string, string>;
  /** The running world's state hash (as runLevel's result gives it), or null while no level runs. */
  stateHash(): string | null;
  checkFastForward(ticks: number): Promise<{ fromTick: number; worker: { hash: string; trials: string; tick: number }; main: { hash: string; trials: string; tick: number } }>;
}

declare global {
  interface Window {
    __synaptica?: SynapticaDebug;
  }
}

export interface DebugSources {
  readonly state: PageState;
  readonly bus: Bus;
  readonly loop: FrameLoop;
  readonly app: Application;
  readonly fastForward: FastForwardControl;
  readonly progressStore: ProgressStore;
  sceneName(): string;
  refreshButtons(): void;
  openLevel(id: string, fromCampaign: boolean): void;
}

export function installDebugHooks(src: DebugSources): void {
  const { state, fastForward } = src;
  window.__synapticaSoundLog = soundLog();
  window.__synaptica = {
    bus: src.bus,
    levelId: () => state.session?.id ?? null,
    levelData: () => (state.session ? structuredClone(state.session.level) : null),
    eventCounts: () => ({ ...(state.session?.recorder.eventCounts ?? {}) }),
    trials: () => state.session?.recorder.trials.length ?? 0,
    tick: () => state.session?.world.clock[0] ?? 0,
    mode: () => state.mode,
    sceneName: () => src.sceneName(),
    ...src.loop.times,
    frameLoopAwake: () => src.loop.awake,
    renders: () => src.loop.renders,
    // WebGL and WebGPU track them (the canvas renderer has none).
    // (The list keeps emptied slots until Pixi's next clean-up: only live textures count.)
    gpuTextures: () => {
      const live = 'managedTextures' in src.app.renderer.texture ? src.app.renderer.texture.managedTextures.filter(Boolean) : [];
      return { all: live.length, fromCanvases: live.filter((t) => t instanceof CanvasSource).length };
    },
    fastForwardSpeed: () => state.ffSpeed,
    goal: () => state.goalWatch?.goal ?? null,
    openLevel: (id, fromCampaign) => src.openLevel(id, fromCampaign),
    progress: () => src.progressStore.current,
    flushProgress: () => src.progressStore.flush(),
    wasmKernelsUsed: () => ({
      integration: state.session?.world.neurons.kernelMemory?.izhikevichNetwork !== undefined,
      propagation: state.session?.world.synapses.kernelMemory?.propagation !== undefined,
    }),
    stateArrayHashes: () => arrayHashes(state.session?.world),
    stateHash: () => (state.session ? hashWorldState(state.session.world) : null),
    checkFastForward: async (ticks) => {
      const s = state.session;
      if (!s) throw new Error('no level is running');
      await fastForward.leave();
      state.mode = 'paused';
      src.refreshButtons();
      const fromTick = s.world.clock[0];
      const start = takeSnapshot(s.world);
      const startRecorder = s.recorder.exportState();
      const result = (): { hash: string; trials: string; tick: number } => ({
        hash: hashWorldState(s.world), trials: JSON.stringify(s.recorder.trials), tick: s.world.clock[0],
      });
      await new Promise<void>((resolve, reject) => {
        fastForward.client.start(
          { world: s.world, recorder: s.recorder, level: s.level, seed: s.seed, assets: s.assets },
          { onChunk: () => undefined, onEnded: (reason, message) => (reason === 'error' ? reject(new Error(message)) : resolve()) },
          { stopAtTick: fromTick + ticks },
        );
      });
      const worker = result();
      restoreSnapshot(s.world, start);
      s.recorder.importState(startRecorder);
      for (let i = 0; i < ticks; i++) {
        stepLevel(s.world, s.recorder);
        s.world.events.length = 0;
      }
      // The goal watch takes over from the world as it is now (its trial ends were not watched).
      state.goalWatch?.resync(state.goalWatch.goal);
      return { fromTick, worker, main: result() };
    },
  };
}

/** Each registered array's FNV-1a hash, as hashWorldState combines them (for telling which differ). */
function arrayHashes(world: { registry: { entries(): Iterable<[string, ArrayBufferView]> } } | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, array] of world?.registry.entries() ?? []) {
    let hash = 0x811c9dc5;
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    out[name] = (hash >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}
