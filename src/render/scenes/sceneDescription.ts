/**
 * A scene in words, for players who cannot see the canvas (src/ui/access reads it into the screen
 * summary and the throttled live descriptions). Each scene entry may offer a describer
 * (SceneEntry.describer); it reads the world as the scene does and never steps it.
 */
import { intlLocale } from '../../i18n/messages';
import type { Level } from '../../levels/schema/level';
import type { SimWorld } from '../../sim/world/world';

export interface SceneErrorSignal {
  /**
   * A short, stable name of the signal's state ('burst', 'dip', 'quiet', …): the live descriptions
   * speak when it changes, not each time the numbers in `text` move.
   */
  readonly state: string;
  /** One sentence: the signal, its sign and what it means ("better than expected"). */
  readonly text: string;
}

export interface SceneDescription {
  /** Sentences that say what the scene shows now (the eye's closure, the cue lights, the song's score). */
  readonly now: readonly string[];
  /** The circuit's error signal, or null while it has none to report. */
  readonly error: SceneErrorSignal | null;
  /** Learning progress in one sentence as the scene measures it (null before there is any). */
  readonly progress: string | null;
}

export interface SceneDescriber {
  /** Called a few times a second; `tick` is the world's tick. */
  describe(tick: number): SceneDescription;
}

/** Builds a describer for a level's world, or null when this entry has nothing to say about it. */
export type SceneDescriberFactory = (level: Level, world: SimWorld) => SceneDescriber | null;

/** "a, b and c" in the page's language (Intl.ListFormat), so no sentence is glued together in code. */
export function spokenList(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items);
}
