/**
 * The level menu's choice, acted on once the player settles. Arrow keys on a closed <select> change
 * it one option at a time (a change event each); opening every level passed on the way would show
 * each chapter level's intro card, which takes the focus away from the menu mid-scroll.
 */

/** How long the menu must rest on a level before it opens (short enough not to feel like a delay). */
export const SETTLE_MS = 350;

/** Wraps `open` so that only the last of a quick run of picks opens. */
export function settledPick(open: (id: string) => void, settleMs = SETTLE_MS): (id: string) => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return (id) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      open(id);
    }, settleMs);
  };
}
