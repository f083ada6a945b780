/**
 * The editor's copy and paste of populations and projections. A copy is kept inside the editor and
 * also written to the system clipboard as text (so another tab can paste it). Ctrl+V pastes the
 * system clipboard's copy when it holds one the editor can read and that copy is current; when the
 * browser denies the clipboard (or it holds something else), it pastes the editor's own copy.
 */
import { clipboardText, parseClipboardText, type ClipboardContent } from '../../editor/clipboard';

/** How long Ctrl+V waits for the browser's paste event before using the editor's own copy. */
const PASTE_EVENT_WAIT_MS = 60;

const isTyping = (target: EventTarget | null): boolean => target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

export class EditorClipboard {
  private content: ClipboardContent | null = null;
  /** Whether the system clipboard holds the latest copy (false when the browser refused to write it). */
  private systemHoldsCopy = false;
  private pendingKeyPaste: ReturnType<typeof setTimeout> | null = null;

  /** `paste` gets what to paste (null: nothing was copied). */
  constructor(root: HTMLElement, private readonly paste: (content: ClipboardContent | null) => void) {
    root.addEventListener('paste', (event) => this.onPasteEvent(event));
  }

  get copied(): ClipboardContent | null { return this.content; }

  copy(content: ClipboardContent): void {
    this.content = content;
    this.systemHoldsCopy = false;
    const write = navigator.clipboard?.writeText(clipboardText(content));
    void write?.then(() => { if (this.content === content) this.systemHoldsCopy = true; }, () => undefined);
  }

  /** Ctrl+V (⌘V) outside a text field: pastes even when the browser sends no paste event (no permission, nothing focused). */
  onKey(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'v' || isTyping(event.target)) return;
    if (this.pendingKeyPaste !== null) clearTimeout(this.pendingKeyPaste);
    this.pendingKeyPaste = setTimeout(() => { this.pendingKeyPaste = null; this.paste(this.content); }, PASTE_EVENT_WAIT_MS);
  }

  private onPasteEvent(event: ClipboardEvent): void {
    if (isTyping(event.target)) return;
    if (this.pendingKeyPaste !== null) { clearTimeout(this.pendingKeyPaste); this.pendingKeyPaste = null; }
    const fromSystem = parseClipboardText(event.clipboardData?.getData('text/plain') ?? '');
    // The system's copy wins when it is another tab's or this editor's latest; else the editor's own copy.
    event.preventDefault();
    this.paste(fromSystem !== null && (this.systemHoldsCopy || this.content === null) ? fromSystem : this.content);
  }
}
