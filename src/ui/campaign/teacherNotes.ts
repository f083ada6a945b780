/**
 * The lesson panel's "For teachers" disclosure: the level's teacher notes as plain text (textContent,
 * one paragraph per blank-line-separated block; level files are data from outside, never HTML).
 * Hidden when the level has none.
 */
function notesOf(lesson: unknown): string {
  const notes = typeof lesson === 'object' && lesson !== null ? (lesson as Record<string, unknown>).teacherNotes : undefined;
  return typeof notes === 'string' ? notes.trim() : '';
}

export class TeacherNotes {
  constructor(private readonly details: HTMLDetailsElement, private readonly body: HTMLElement) {}

  show(lesson: unknown): void {
    const notes = notesOf(lesson);
    this.body.replaceChildren(...notes.split(/\n\s*\n/).filter((p) => p.trim() !== '').map((p) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = p.trim();
      return paragraph;
    }));
    this.details.hidden = notes === '';
    this.details.open = false;
  }
}
