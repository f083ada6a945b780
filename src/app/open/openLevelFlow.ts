/**
 * Opening a level the player brought (file, paste, link): the intake checks it; a level that opens
 * joins "Your levels" and starts as a campaign level does (its intro card, questions, stars, stopping
 * at its goal), saved under its own key; one that does not is explained in the problems dialog, and
 * nothing else changes: the level being played keeps running, saved progress is not touched.
 */
import type { LevelError } from '../../levels/errors';
import type { SharedLevelParts, ShareResult } from '../../levels/share';
import { OpenProblemsDialog } from '../../ui/open/openProblemsDialog';
import { filesInWords, openParts, partsOfFiles, partsOfHash, partsOfPaste, sourceInWords, type ReadFile } from './levelIntake';
import type { YourLevels } from './yourLevels';
import { t } from '../../i18n/messages';

export interface OpenLevelFlowDeps {
  readonly yourLevels: YourLevels;
  /** Ids of the built-in levels (to say when a file reuses one). */
  readonly builtInIds: ReadonlySet<string>;
  /** Opens a level of "Your levels" by its key (the welcome closes, the menu lists it). */
  openLevel(key: string): void;
  announce(text: string): void;
  /** Whether a level is being played (the problems dialog says it stays). */
  levelOpen(): boolean;
}

/** What the page's address asked for on boot. */
export type AddressLevel = { kind: 'none' } | { kind: 'opened'; key: string } | { kind: 'failed'; errors: LevelError[] };

export class OpenLevelFlow {
  private readonly problems = new OpenProblemsDialog();

  constructor(private readonly deps: OpenLevelFlowDeps) {}

  openFiles(files: readonly ReadFile[]): void {
    this.take(partsOfFiles(files), filesInWords(files.map((f) => f.name)));
  }

  /** Files the page did not read (too many, too large, unreadable): `problem` says why. */
  refuseFiles(names: readonly string[], problem: string): void {
    this.problems.show(filesInWords(names), [{ path: '', message: problem }], this.deps.levelOpen());
  }

  openPaste(text: string): void {
    const parts = partsOfPaste(text);
    // Ordinary text pasted on the page is not a level: nothing to open, nothing to complain about.
    if (parts === null) return;
    this.take(parts, sourceInWords('paste'));
  }

  /** The "#level=" of the page's address on boot: the level is added (the caller opens it first), or its problems. */
  fromAddress(hash: string): AddressLevel {
    const parts = partsOfHash(hash);
    if (parts === null) return { kind: 'none' };
    const opened = openParts(parts);
    if (!opened.ok) return { kind: 'failed', errors: opened.errors };
    return { kind: 'opened', key: this.deps.yourLevels.add(opened.level, opened.assets).id };
  }

  /** A "#level=" link entered while the page is open (the address bar, a clicked link): opened like a file. */
  openHash(hash: string): void {
    const parts = partsOfHash(hash);
    if (parts !== null) this.take(parts, sourceInWords('link'));
  }

  /** Shows a link's problems; `onClose` runs when the player has read them. */
  showLinkProblems(errors: readonly LevelError[], onClose: () => void): void {
    this.problems.show(sourceInWords('link'), errors, this.deps.levelOpen(), onClose);
  }

  private take(parts: ShareResult<SharedLevelParts>, source: string): void {
    const opened = openParts(parts);
    if (!opened.ok) {
      this.problems.show(source, opened.errors, this.deps.levelOpen());
      return;
    }
    const { level } = opened;
    const entry = this.deps.yourLevels.add(level, opened.assets);
    this.deps.openLevel(entry.id);
    const notes = [t('game.open.opened', { title: level.title, source })];
    if (opened.migratedFrom !== undefined) notes.push(t('game.open.migrated', { version: String(opened.migratedFrom) }));
    if (this.deps.builtInIds.has(level.id)) notes.push(t('game.open.starsApart', { id: level.id }));
    this.deps.announce(notes.join(' '));
  }
}
