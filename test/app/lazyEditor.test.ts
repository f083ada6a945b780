/**
 * The editor's code is a chunk fetched on first use. When the fetch fails (offline, or the site was
 * updated and the old chunk is gone) the page says so in words, and the next try fetches again
 * instead of failing silently for the rest of the visit.
 */
import { describe, expect, it, vi } from 'vitest';

const fetches = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/app/editor/editorMode', () => {
  fetches.count++;
  throw new Error('Failed to fetch dynamically imported module: editorMode-1a2b3c.js');
});

const { LazyEditor } = await import('../../src/app/editor/lazyEditor');

describe('the lazily made editor', () => {
  it('says when its code cannot be loaded, and tries again on the next show', async () => {
    const warnings: string[] = [];
    const editor = new LazyEditor({ levels: () => [], play: () => Promise.resolve(), pauseGame: () => undefined, game: {} as HTMLElement, backToGame: () => undefined }, (text) => warnings.push(text));
    await expect(editor.show()).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
    // (vitest wraps the thrown error in its own words; the page shows the browser's.)
    expect(warnings[0]).toMatch(/^The level editor could not be loaded \(.+\)\. Check the connection and reload the page\.$/);
    expect(editor.shown).toBe(false);
    await editor.show();
    expect(warnings).toHaveLength(2);
    expect(fetches.count).toBe(2);
  });
});
