/** Saves bytes or text as a download (a blob: URL, allowed by the page's CSP). */
export function downloadFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download reads the URL after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
