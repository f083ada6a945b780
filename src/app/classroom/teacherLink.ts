/**
 * The teacher's link as this visit reads it: the query parameters (teacherParams.ts) and a lesson in
 * the fragment ("#lesson=", lessonLink.ts) merged (the address's own parameters win over the lesson's
 * settings and its list of levels; without a levels= in the address the lesson's list is the offered set). A lesson's own levels join "Your levels"
 * as a "#level=" link's do. Everything that was left out is one warning in words for the page's
 * warning line. What the settings do to the page: classroomLocks.ts and the few lines in bootPage.
 */
import { t } from '../../i18n/messages';
import { decodeLessonLink, lessonOnlyFragment, lessonParameterOf } from '../../levels/share/lessonLink';
import type { SimCommand } from '../../sim/commands/commandQueue';
import type { Chapter } from '../../ui/campaign/chapters';
import type { LevelEntry } from '../levelCatalog';
import type { YourLevels } from '../open/yourLevels';
import { firstLinkedLevel, offeredChapters } from './offeredLevels';
import { shownValue, warningText } from './paramWarnings';
import { withLessonSettings } from './linkSettingsAddress';
import type { FormChoice } from './linkComposer';
import { LOCK_NAMES, parseTeacherParams, type LockName, type TeacherSettings } from './teacherParams';

export interface TeacherLinkSources {
  readonly levels: readonly LevelEntry[];
  /** Every chapter of the campaign (before the link's choice). */
  readonly chapters: readonly Chapter[];
  readonly yourLevels: YourLevels;
}

export class TeacherLink {
  private constructor(
    readonly settings: TeacherSettings,
    /** What was left out, in words; null when nothing was. */
    readonly warning: string | null,
    private readonly lessonTitle: string | null,
    private readonly sources: TeacherLinkSources,
  ) {}

  /** Reads `location` (the page's address: its query and fragment). */
  static read(location: { readonly search: string; readonly hash: string }, sources: TeacherLinkSources): TeacherLink {
    let params = new URLSearchParams(location.search);
    const problems: string[] = [];
    let lessonTitle: string | null = null;
    if (lessonParameterOf(location.hash) !== null) {
      const lesson = decodeLessonLink(location.hash);
      if (!lesson.ok) {
        problems.push(t('classroom.lesson.problem', { problems: lesson.errors.slice(0, 3).map((e) => shownValue(e.path ? `${e.path}: ${e.message}` : e.message, 160)).join('; ') }));
      } else {
        const keys: string[] = [];
        lesson.lesson.levels.forEach((item, i) => {
          if (item.kind === 'level') keys.push(sources.yourLevels.add(item.level, new Map()).id);
          else if (sources.levels.some((l) => l.id === item.id)) keys.push(item.id);
          else problems.push(t('classroom.lesson.unknownLevel', { index: String(i + 1), id: shownValue(item.id) }));
        });
        params = withLessonSettings(params, lesson.lesson.params);
        // The address's own levels= wins, as its other parameters do; the lesson's own levels are still kept in Your levels.
        if (keys.length > 0 && !params.has('levels')) params.set('levels', keys.join(','));
        lessonTitle = lesson.lesson.title.trim() || null;
      }
    }
    const levelIds = [...sources.levels.map((l) => l.id), ...sources.yourLevels.menuItems().map((l) => l.id)];
    const chapterIds = sources.chapters.flatMap((c) => (c.id === undefined ? [] : [c.id]));
    const { settings, warnings } = parseTeacherParams(params, { levelIds, chapterIds });
    const texts = [...problems, ...warnings.map(warningText)];
    return new TeacherLink(settings, texts.length > 0 ? texts.join(' ') : null, lessonTitle, sources);
  }

  locked(lock: LockName): boolean {
    return this.settings.locks.has(lock);
  }

  /** Whether a player's command may reach the world: circuit actions under lock=commands, settings under lock=parameters are refused. */
  allowsCommand(command: SimCommand): boolean {
    return command.type === 'setParameter' ? !this.locked('parameters') : !this.locked('commands');
  }

  /** The chapters the menus offer: the link's levels, in its order, as one chapter; else every chapter. */
  menuChapters(): readonly Chapter[] {
    const yours = this.sources.yourLevels;
    const title = this.lessonTitle ?? t('classroom.offered.chapter');
    return offeredChapters(this.sources.chapters, this.settings.offered, title, (id) => {
      const entry = yours.get(id);
      return entry === undefined ? undefined : { id, title: entry.title, maxStars: entry.maxStars };
    });
  }

  /**
   * The sound settings to save after the player changes sound: under a link's audio=muted or
   * audio=disabled the page starts muted because of the link, so its mute is not the player's to keep.
   */
  soundToSave(sound: { readonly muted: boolean; readonly volume: number }): { muted?: boolean; volume: number } {
    return this.settings.audio === 'enabled' ? { muted: sound.muted, volume: sound.volume } : { volume: sound.volume };
  }

  /**
   * The link's choices as the builder's form takes them: the builder opened with a lesson's address
   * (`?teacher&levels=…&lock=…`, or a "#lesson=") starts from it (teacherPage.ts). The level to open
   * first and the chapter are the game's to read; the builder does not make them.
   */
  builderStart(): FormChoice {
    const s = this.settings;
    return {
      title: this.lessonTitle ?? '',
      levelIds: s.offered ?? [],
      locks: LOCK_NAMES.filter((lock) => s.locks.has(lock)),
      seed: s.seed, locale: s.locale, audio: s.audio, speed: s.speed,
      projector: s.projector, teacherNotes: s.teacherNotes, allowLinks: s.allowLinks,
    };
  }

  /** Whether the menus offer only the link's levels (no "Your levels" beyond them). */
  get offersOnly(): boolean {
    return this.settings.offered !== null;
  }

  /**
   * The address the first view reads: the link's first level as `?level=`, `?editor` dropped under
   * lock=editor, every part of the fragment but "lesson=" dropped under lock=open (a "#lesson=…&level=…"
   * must not open its level); otherwise the address as it is.
   */
  firstLocation(location: { readonly search: string; readonly hash: string }): { search: string; hash: string } {
    const params = new URLSearchParams(location.search);
    if (this.locked('editor')) params.delete('editor');
    const first = firstLinkedLevel(this.sources.chapters, this.settings);
    if (first !== null) params.set('level', first);
    const hash = this.locked('open') ? lessonOnlyFragment(location.hash) : location.hash;
    const search = params.toString();
    return { search: search === '' ? '' : `?${search}`, hash };
  }
}
