/**
 * The event → sound mapping, as a pure function: what a sim event should make the speakers do.
 * createSoundSystem applies it (and the fast-forward quiet rule); test/audio/eventSounds.test.ts
 * checks it without a browser.
 */
import type { SimEvent } from '../sim/events/simEvents';
import type { EarconName } from './soundNames';
import { SUSTAINED_ROLES, type StimulusRole } from './stimulusRoles';

export type SoundAction =
  | { kind: 'play'; name: EarconName; /** Sim duration for sustained sounds (ms); null when unknown. */ durationMs: number | null }
  | { kind: 'stop'; name: EarconName };

/**
 * stimulusChanged on → its role's sound (sustained roles with the stimulus's duration, looked up by
 * `durationOf`); off → stop a sustained sound; rewardDelivered with a positive amount → the chime.
 * Everything else (trials, phases, commands, modulator pulses, omissions) is silent: the dopamine
 * dip after an omission is heard from the dopamine signal itself, not from the bookkeeping event.
 */
export function soundForEvent(
  event: SimEvent,
  roles: ReadonlyMap<string, StimulusRole>,
  durationOf: (stimulus: string, tick: number) => number | null,
): SoundAction | null {
  switch (event.type) {
    case 'stimulusChanged': {
      const role = roles.get(event.stimulus);
      if (!role) return null;
      const sustained = SUSTAINED_ROLES.has(role);
      if (!event.on) return sustained ? { kind: 'stop', name: role } : null;
      return { kind: 'play', name: role, durationMs: sustained ? durationOf(event.stimulus, event.tick) : null };
    }
    case 'rewardDelivered':
      return event.amount > 0 ? { kind: 'play', name: 'chime', durationMs: null } : null;
    default:
      return null;
  }
}
