/**
 * The visible caption strip's content: the last few captions, each shown for lifetimeMs. Captions
 * of one sound share a key (the sound's name): a repeat of the same text is counted ("♪ tone ×4"),
 * and a new text under the same key replaces the old one in place ("bird's song (rendition 9)" after
 * "(rendition 8)"), so the strip never piles up near-duplicates. Lines never move, so the strip does
 * not jump and a line's entry animation plays once. Pure: time is passed in.
 */
export interface CaptionLine {
  /** What groups repeats (the sound's name; the text itself when none is given). */
  key: string;
  text: string;
  count: number;
  /** When the line was last refreshed (ms). */
  atMs: number;
}

export class CaptionLines {
  private lines: CaptionLine[] = [];

  constructor(readonly maxLines = 3, readonly lifetimeMs = 3000) {}

  add(text: string, nowMs: number, key: string = text): void {
    this.expire(nowMs);
    const existing = this.lines.find((line) => line.key === key);
    if (existing) {
      existing.count = existing.text === text ? existing.count + 1 : 1;
      existing.text = text;
      existing.atMs = nowMs;
    } else {
      this.lines.push({ key, text, count: 1, atMs: nowMs });
      if (this.lines.length > this.maxLines) this.lines.shift();
    }
  }

  /** Lines still shown at nowMs, oldest first. */
  visible(nowMs: number): readonly CaptionLine[] {
    this.expire(nowMs);
    return this.lines;
  }

  /** When the next line expires (null: none shown). */
  nextExpiryMs(): number | null {
    return this.lines.length === 0 ? null : Math.min(...this.lines.map((line) => line.atMs)) + this.lifetimeMs;
  }

  private expire(nowMs: number): void {
    this.lines = this.lines.filter((line) => nowMs - line.atMs < this.lifetimeMs);
  }
}

export function lineText(line: CaptionLine): string {
  return line.count > 1 ? `${line.text} ×${line.count}` : line.text;
}
