/**
 * The ways a player hands the page a level: the "Open a level…" button (a file chooser for .json and
 * .zip, recordings too), a file dropped anywhere on the page (with the drop hint while dragging), and
 * Ctrl+V of a level's JSON or link while the focus is not in a text field. Each reads what it was
 * given and passes it on as files or text; deciding what it is and whether it opens is levelIntake's.
 * While a dialog other than the welcome is open, drops and pastes are left alone (that dialog has the
 * player's attention; the page behind it is inert).
 */
import { MAX_BUNDLE_BYTES, MAX_BUNDLE_TOTAL_BYTES } from '../../levels/share';
import { describeBytes } from '../../levels/share/shareResult';
import { button } from '../../ui/campaign/modalDialog';
import { DropHint } from '../../ui/open/dropHint';
import { tooManyFiles, type ReadFile } from './levelIntake';
import { t } from '../../i18n/messages';

export interface OpenLevelInputHandlers {
  /** Files were chosen or dropped, and read. */
  onFiles(files: ReadFile[]): void;
  /** Files were chosen or dropped but not read (too many, too large, unreadable): their names and why. */
  onUnread(names: string[], problem: string): void;
  /** Text was pasted outside a text field. */
  onPaste(text: string): void;
}

/** Whether drops and pastes may open a level now: no dialog open except the welcome. */
function pageAcceptsLevels(): boolean {
  const modal = document.querySelector('dialog:modal');
  return modal === null || modal.id === 'welcome-dialog';
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'file', 'submit', 'reset', 'color'].includes(target.type);
}

/** Why `list` is too much to read, or null: checked on the sizes the browser reports, before any byte is read. */
function tooMuchToRead(list: readonly File[]): string | null {
  const tooMany = tooManyFiles(list.length);
  if (tooMany !== null) return tooMany;
  let total = 0;
  for (const file of list) {
    if (file.size > MAX_BUNDLE_BYTES) return t('game.open.fileTooLarge', { name: file.name, size: describeBytes(file.size), max: describeBytes(MAX_BUNDLE_BYTES) });
    total += file.size;
  }
  if (total > MAX_BUNDLE_TOTAL_BYTES) return t('game.open.filesTooLarge', { count: list.length, size: describeBytes(total), max: describeBytes(MAX_BUNDLE_TOTAL_BYTES) });
  return null;
}

async function readFiles(files: readonly File[]): Promise<ReadFile[]> {
  const read: ReadFile[] = [];
  for (const file of files) read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return read;
}

/** Adds the Open button (after `anchor`) and the page-wide drop and paste handling. */
export function installOpenLevelInputs(anchor: Element, handlers: OpenLevelInputHandlers): { openButton: HTMLButtonElement } {
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'open-level-file';
  input.accept = '.json,.zip,.wav,application/json,application/zip';
  input.multiple = true;
  input.hidden = true;
  const deliver = (list: FileList | readonly File[]): void => {
    const chosen = Array.from(list);
    const names = chosen.map((file) => file.name);
    // A drop of many files, or of gigabytes, is refused without loading any of it.
    const refused = tooMuchToRead(chosen);
    if (refused !== null) { handlers.onUnread(names, refused); return; }
    // A file can vanish or be locked between the choice and the read: a problem to show, not a silent failure.
    void readFiles(chosen).then(
      (files) => handlers.onFiles(files),
      (error: unknown) => handlers.onUnread(names, t('game.open.unreadable', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  input.addEventListener('change', () => {
    if (input.files && input.files.length > 0) deliver(input.files);
    // Cleared so choosing the same file again (after fixing it) opens it again.
    input.value = '';
  });
  const openButton = button(t('game.open.button'), () => input.click());
  openButton.id = 'open-level';
  openButton.title = t('game.open.buttonTitle');
  anchor.after(openButton, input);

  const hint = new DropHint();
  // dragenter and dragleave fire for every element crossed: count them to know when the drag has left the page.
  let depth = 0;
  const carriesFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false;
  window.addEventListener('dragenter', (e) => {
    if (!carriesFiles(e) || !pageAcceptsLevels()) return;
    depth++;
    hint.show();
  });
  window.addEventListener('dragover', (e) => {
    if (!carriesFiles(e)) return;
    // Always taken, even while a dialog is open: a file drag left to the browser ends with the
    // browser showing the file in place of the game. While a dialog is open the drop is refused ('none').
    e.preventDefault();
    const accepts = pageAcceptsLevels();
    if (e.dataTransfer) e.dataTransfer.dropEffect = accepts ? 'copy' : 'none';
    if (accepts) hint.show();
  });
  window.addEventListener('dragleave', (e) => {
    if (!carriesFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) hint.hide();
  });
  window.addEventListener('drop', (e) => {
    if (!carriesFiles(e)) return;
    // Never let the browser open the file in place of the page (that would leave the game).
    e.preventDefault();
    depth = 0;
    hint.hide();
    if (!pageAcceptsLevels()) return;
    const files = e.dataTransfer?.files;
    if (files && files.length > 0) deliver(files);
  });
  document.addEventListener('paste', (e) => {
    if (isTextField(e.target) || !pageAcceptsLevels()) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text.trim() === '') return;
    handlers.onPaste(text);
  });
  return { openButton };
}
