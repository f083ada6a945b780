/**
 * The "Record a tutor" button (first in "What you can do", under its heading: recording a tutor is
 * something the player does to the experiment, like a lesion, not part of the goal), shown while a level with
 * a circuit that takes a recorded tutor is open (its definition's recordedTutor hook), and its dialog. While the dialog is open the level pauses; it plays on
 * when the dialog closes without saving (a saved tutor opens its own level).
 */
import { recordedTutorHookOf } from '../../levels/recordedTutorLevel';
import { button } from '../../ui/campaign/modalDialog';
import { RecorderDialog } from '../../ui/recorder/recorderDialog';
import type { LevelSession } from '../levelSession';
import type { ReadFile } from '../open/levelIntake';
import { RecorderController } from './recorderController';
import { t } from '../../i18n/messages';

export interface RecorderDeps {
  session(): LevelSession | null;
  openFiles(files: readonly ReadFile[]): void;
  announce(text: string): void;
  pause(): Promise<boolean>;
  play(): Promise<void>;
  otherDialogOpen(): boolean;
}

/** Adds the button after `anchor`; call the returned refresh when the level changes. */
export function installRecorder(anchor: Element, deps: RecorderDeps): { refresh: () => void } {
  const controller = new RecorderController({
    level: () => deps.session()?.level ?? null,
    openFiles: deps.openFiles,
    announce: deps.announce,
  });
  const dialog = new RecorderDialog(controller);
  controller.dialog = dialog;
  const open = button(t('recorder.button'), () => {
    const s = deps.session();
    if (!s || dialog.open || deps.otherDialogOpen()) return;
    const paused = deps.pause();
    dialog.show(() => {
      controller.clear();
      void paused.then((was) => { if (was && deps.session() === s) void deps.play(); });
    });
  });
  open.id = 'record-tutor';
  open.title = t('recorder.buttonTitle');
  open.setAttribute('aria-haspopup', 'dialog');
  anchor.after(open);
  const refresh = (): void => {
    const level = deps.session()?.level;
    open.hidden = level === undefined || recordedTutorHookOf(level) === null;
  };
  refresh();
  return { refresh };
}
