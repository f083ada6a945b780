/**
 * The page's classroom parts in one place, for bootPage: the teacher's link (query parameters and a
 * "#lesson=", teacherLink.ts) read before the menus are made, the link's locks put on the controls once they exist
 * (classroomLocks.ts), and the gate every player command and setting passes (TeacherLink.allowsCommand).
 */
import type { SimCommand } from '../../sim/commands/commandQueue';
import type { Chapter } from '../../ui/campaign/chapters';
import type { SoundSettings } from '../../ui/soundControls';
import { installClassroomLocks } from './classroomLocks';
import { forTeachersButton } from './teachersButton';
import { TeacherLink, type TeacherLinkSources } from './teacherLink';

export { linkSettingsSearch } from './linkSettingsAddress';

export class Classroom {
  private constructor(
    readonly link: TeacherLink,
    /** The chapters the menus offer: the link's levels as one chapter, or every chapter. */
    readonly chapters: readonly Chapter[],
  ) {}

  /** Reads the link from `location` (the builder, ?teacher, is another page: pageRoute.ts). */
  static start(location: { readonly search: string; readonly hash: string }, sources: TeacherLinkSources): Classroom {
    // A teacher's link (query parameters, a #lesson=) may offer only some levels, in its order, and lock controls.
    const link = TeacherLink.read(location, sources);
    return new Classroom(link, link.menuChapters());
  }

  /**
   * The "For teachers" button for the welcome and the campaign menu (each makes its own, with this
   * id), or null: a student's link that locks anything, or hides the teacher notes (the builder,
   * guide and sheet show them all), does not lead to the teacher's page.
   */
  teachersButton(): ((id: string) => HTMLButtonElement) | null {
    const { settings } = this.link;
    return settings.locks.size === 0 && settings.teacherNotes ? forTeachersButton : null;
  }

  /** Puts the link's locks on the page's controls: call once they exist. */
  installLocks(): void {
    installClassroomLocks(this.link);
  }

  /** Whether a player's command or setting may reach the level (the controls are disabled too, but this is the guard). */
  allows(command: SimCommand): boolean {
    return this.link.allowsCommand(command);
  }

  /** The sound the page starts with (muted under the link's audio=muted or disabled) and what a change saves. */
  soundSettings(saved: { readonly muted: boolean; readonly volume: number }, save: (sound: { muted?: boolean; volume: number }) => void): { initial: SoundSettings; onChange: (sound: SoundSettings) => void } {
    return {
      initial: { muted: saved.muted || this.link.settings.audio !== 'enabled', volume: saved.volume },
      // Under a link's audio=muted the mute is the link's, not the player's: only the volume is saved.
      onChange: (sound) => save(this.link.soundToSave(sound)),
    };
  }
}
