/**
 * The player's "reduce motion" setting (prefers-reduced-motion), read live: the page's scenes then
 * skip what only moves for show (the air puff's particles, the juice drop, the bird's beak) and jump
 * straight to the state they show; spikes, traces and plots still update, since they are the data.
 * CSS honours the same setting itself (captions.css).
 */
let query: MediaQueryList | null | undefined;

export function prefersReducedMotion(): boolean {
  if (query === undefined) query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  return query?.matches ?? false;
}
