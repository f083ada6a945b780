/** The editor's undo and redo keys: Ctrl+Z (⌘Z), Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y. */
export function undoRedoKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** The undo or redo a key asks of the editor; null also when a field is being typed in (it keeps the browser's own undo of the typing). */
export function editorUndoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  const action = undoRedoKey(event);
  const active = document.activeElement;
  if ((active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && active.value !== active.defaultValue) return null;
  return action;
}
