/** The messages between the page and the fast-forward worker (structured clone; snapshot buffers transferred). */
import type { SimCommand } from '../sim/commands/commandQueue';
import type { FastForwardChunk, FastForwardInit } from './fastForwardCore';

export type ToWorker =
  | { type: 'start'; init: FastForwardInit; chunkWallMs: number }
  | { type: 'command'; command: SimCommand };

export type FromWorker =
  | { type: 'chunk'; chunk: FastForwardChunk }
  /** The last chunk: the run finished by itself (the page ends the worker to stop it). */
  | { type: 'stopped'; chunk: FastForwardChunk }
  | { type: 'error'; errors: Array<{ path: string; message: string }> };
