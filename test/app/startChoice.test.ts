import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/app/progress/progressRecord';
import { recordCompletion, recordFailure } from '../../src/app/progress/progressUpdates';
import { badLinkMessage, chooseStart, firstCampaignLevel, firstSandbox, hasPlayed, nextUnfinishedLevel, shortForDisplay, SHOWN_ID_CHARS } from '../../src/app/startChoice';
import type { Chapter } from '../../src/ui/campaign/chapters';

const chapters: Chapter[] = [
  { title: '1. Spikes', levels: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'sand', title: 'Sandbox', sandbox: true }] },
  { title: '2. Timing', levels: [{ id: 'c', title: 'C' }, { id: 'sand2', title: 'Sandbox 2', sandbox: true }] },
  { title: 'Other levels', levels: [{ id: 'other', title: 'Other' }] },
];

describe('the page start', () => {
  it('opens ?level=<id> when it exists; no link or a bad one lands on the welcome, naming the bad link', () => {
    const ids = ['a', 'b'];
    expect(chooseStart('?level=b', ids)).toEqual({ kind: 'level', id: 'b' });
    expect(chooseStart('', ids)).toEqual({ kind: 'welcome', badLink: null });
    expect(chooseStart('?level=', ids)).toEqual({ kind: 'welcome', badLink: null });
    expect(chooseStart('?level=%3Cimg%20src%3Dx%3E', ids)).toEqual({ kind: 'welcome', badLink: '<img src=x>' });
  });

  it('shortens what a bad link asked for, keeps markup as text, and says how long it was', () => {
    const huge = 'x'.repeat(8192);
    const message = badLinkMessage(huge);
    expect(message.length).toBeLessThan(300);
    expect(message).toContain(`"${'x'.repeat(SHOWN_ID_CHARS)}…"`);
    expect(message).toContain('8192 characters');
    expect(badLinkMessage('<b>hi</b>')).toContain('"<b>hi</b>"');
    expect(badLinkMessage('<b>hi</b>')).not.toContain('shortened');
    expect(shortForDisplay('a\nb\t\u0000 c')).toBe('a b c');
    expect(shortForDisplay('é'.repeat(50), 3)).toBe('ééé…');
  });

  it('a first visit starts chapter 1 level 1; a returning player continues at the next unfinished campaign level', () => {
    expect(firstCampaignLevel(chapters)).toEqual({ id: 'a', title: 'A' });
    expect(firstSandbox(chapters)).toEqual({ id: 'sand', title: 'Sandbox' });
    let progress = emptyProgress();
    expect(hasPlayed(progress)).toBe(false);
    expect(hasPlayed({ ...progress, settings: { volume: 0.2 } })).toBe(false);
    progress = recordFailure(progress, 'a');
    expect(hasPlayed(progress)).toBe(true);
    expect(nextUnfinishedLevel(chapters, progress)).toEqual({ id: 'a', title: 'A' });
    progress = recordCompletion(progress, 'a', 2, 5);
    progress = recordCompletion(progress, 'b', 1, 5);
    expect(nextUnfinishedLevel(chapters, progress)).toEqual({ id: 'c', title: 'C' });
    progress = recordCompletion(progress, 'c', 1, 5);
    // Sandboxes and levels outside the campaign are not "unfinished".
    expect(nextUnfinishedLevel(chapters, progress)).toBeNull();
  });
});
