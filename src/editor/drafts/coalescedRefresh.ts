/**
 * A refresh asked for often (the draft list after every write, in every tab) run at most once at a time:
 * asked while one runs, it runs once more after it (with the newest data), never concurrently, so an
 * older read can never land after a newer one. Skipped while nobody sees the result (the editor hidden):
 * showing it asks again.
 */
export class CoalescedRefresh {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly refresh: () => Promise<void>, private readonly wanted: () => boolean = () => true) {}

  /** Runs the refresh (or once more after the one running); resolves when the result is the newest. */
  request(): Promise<void> {
    if (!this.wanted()) return Promise.resolve();
    if (this.running !== null) { this.again = true; return this.running; }
    this.running = this.runUntilCurrent().finally(() => { this.running = null; });
    return this.running;
  }

  private async runUntilCurrent(): Promise<void> {
    do {
      this.again = false;
      await this.refresh();
    } while (this.again);
  }
}
