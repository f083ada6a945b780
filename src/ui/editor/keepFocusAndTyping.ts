/**
 * The editor re-renders its forms after every edit and validation; the keyboard must not notice.
 * Before a re-render, note which field has focus and any text typed into it that has not been
 * committed yet (fields commit on change, and validation can re-render mid-word); afterwards, put
 * both back on the new field with the same id.
 */
export function keepFocusAndTyping(root: HTMLElement): () => void {
  const focused = document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement : null;
  if (focused === null || focused.id === '') return () => {};
  const id = focused.id;
  const isText = (el: unknown): el is HTMLInputElement | HTMLTextAreaElement => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
  const typing = isText(focused) && focused.value !== focused.defaultValue
    ? { value: focused.value, start: focused.selectionStart, end: focused.selectionEnd }
    : null;
  return () => {
    const again = document.getElementById(id);
    again?.focus({ preventScroll: true });
    if (typing === null || !isText(again)) return;
    again.value = typing.value;
    // Number inputs have no selection (setSelectionRange throws on them).
    if (typing.start !== null && typing.end !== null && again.type !== 'number') again.setSelectionRange(typing.start, typing.end);
  };
}
