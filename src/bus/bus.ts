/**
 * The page's event bus: the sim's discrete moments (world.events) under their own type names, for
 * whoever listens (sound, panels, the lesson flow). It sits below src/app so that audio and ui can
 * subscribe without importing the page; app creates one per page and flushes each tick into it.
 */
import mitt, { type Emitter } from 'mitt';
import type { SimEvent } from '../sim/events/simEvents';

/** Bus payloads: each sim event under its own type name. */
export type SimBusEvents = { [E in SimEvent as E['type']]: E };

export type Bus = Emitter<SimBusEvents>;

export function createBus(): Bus {
  return mitt<SimBusEvents>();
}

/**
 * Forwards a tick's events to the bus and empties the array (the world's events live one tick).
 * Handlers run synchronously (mitt), after the sim step, never inside a system.
 */
export function flushSimEvents(events: SimEvent[], bus: Bus): void {
  for (const event of events) bus.emit(event.type, event as never);
  events.length = 0;
}
