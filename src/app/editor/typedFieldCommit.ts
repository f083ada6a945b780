/**
 * A form field whose value was typed but not yet committed (the editor's fields commit on "change":
 * Enter or leaving the field) is committed when the page is left or hidden, so a reload or a closed tab
 * right after typing keeps what was typed. The field's own "change" handler does the commit (the hook
 * the editor's forms already have); a field whose value is what it was drawn with is left alone, so
 * nothing lands in the undo history when nothing changed.
 */
export function commitTypedField(root: HTMLElement): void {
  const field = document.activeElement;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || !root.contains(field)) return;
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) return;
  if (field.value === field.defaultValue) return;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  // Drawn again with the committed value, or left as is: either way it now counts as committed.
  if (field.isConnected) field.defaultValue = field.value;
}
