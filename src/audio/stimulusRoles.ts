/**
 * Which stimuli make a sound, and which sound. The sim only says "stimulus toneCue switched on"; a
 * level names its stimuli freely, so the role comes from the name (tone, puff, buzz, click), unless
 * the caller overrides it. Lights and currents stay silent.
 */
import type { SimWorld } from '../sim';
import type { EarconName } from './soundNames';

export type StimulusRole = Extract<EarconName, 'tone' | 'buzz' | 'clickTrain' | 'puff'>;

/** Roles that last as long as their stimulus (stopped when it switches off); the puff is a fixed burst. */
export const SUSTAINED_ROLES: ReadonlySet<StimulusRole> = new Set(['tone', 'buzz', 'clickTrain']);

const NAME_RULES: readonly [RegExp, StimulusRole | null][] = [
  // Timeline current pulses ("timeline.pulse.0") and visual cues are silent.
  [/^timeline\.pulse\./, null],
  [/light|lamp|led\b|visual/i, null],
  [/puff|air|shock/i, 'puff'],
  [/buzz/i, 'buzz'],
  [/click/i, 'clickTrain'],
  [/tone|bell|beep|sound|auditory/i, 'tone'],
];

/** The role a stimulus name implies, or null (silent). */
export function roleFromName(name: string): StimulusRole | null {
  for (const [pattern, role] of NAME_RULES) if (pattern.test(name)) return role;
  return null;
}

/** Stimulus name → role for every sounding stimulus of the world; overrides win (null silences one). */
export function stimulusRolesOf(world: SimWorld, overrides: Readonly<Record<string, StimulusRole | null>> = {}): Map<string, StimulusRole> {
  const roles = new Map<string, StimulusRole>();
  for (const stimulus of world.stimuli.list) {
    const name = stimulus.spec.name;
    const role = name in overrides ? overrides[name] : roleFromName(name);
    if (role) roles.set(name, role);
  }
  return roles;
}
