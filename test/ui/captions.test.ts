/** Caption strip and aria-live throttling, and the remembered sound settings: pure parts, time passed in (ms). */
import { describe, expect, it } from 'vitest';
import { AnnouncementThrottle } from '../../src/ui/announcementThrottle';
import { CaptionLines, lineText } from '../../src/ui/captionLines';
import { DEFAULT_VOLUME, MUTED_KEY, VOLUME_KEY, readSoundSettings } from '../../src/ui/soundControls';

describe('AnnouncementThrottle (interval 2500 ms)', () => {
  it('announces the first caption at once and batches the rest until the interval has passed', () => {
    const throttle = new AnnouncementThrottle(2500, 4);
    expect(throttle.offer('♪ tone', 0)).toBe('♪ tone');
    expect(throttle.offer('puff of air', 250)).toBeNull();
    expect(throttle.offer('♪ tone', 950)).toBeNull();
    expect(throttle.offer('puff of air', 1200)).toBeNull();
    expect(throttle.offer('♪ tone', 1900)).toBeNull();
    expect(throttle.nextDueMs()).toBe(2500);
    expect(throttle.flush(2499)).toBeNull();
    expect(throttle.flush(2500)).toBe('puff of air ×2, ♪ tone ×2');
    expect(throttle.flush(6000)).toBeNull();
    expect(throttle.nextDueMs()).toBeNull();
    // After a quiet spell the next caption is immediate again.
    expect(throttle.offer('reward chime', 5100)).toBe('reward chime');
  });

  it('a tone and a puff every 950 ms for a minute give at most one announcement per 2.5 s', () => {
    const throttle = new AnnouncementThrottle(2500, 4);
    const announced: number[] = [];
    for (let t = 0; t < 60_000; t += 50) {
      if (t % 950 === 0 && throttle.offer('♪ tone', t) !== null) announced.push(t);
      if (t % 950 === 250 && throttle.offer('puff of air', t) !== null) announced.push(t);
      if (throttle.flush(t) !== null) announced.push(t);
    }
    for (let i = 1; i < announced.length; i++) expect(announced[i] - announced[i - 1]).toBeGreaterThanOrEqual(2500);
    expect(announced.length).toBeGreaterThanOrEqual(20); // still speaks, about every 2.5 s
    expect(announced.length).toBeLessThanOrEqual(25);
  });

  it('caps a batch at maxItems distinct captions', () => {
    const throttle = new AnnouncementThrottle(1000, 2);
    throttle.offer('a', 0);
    for (const text of ['b', 'c', 'd', 'e']) throttle.offer(text, 10);
    expect(throttle.flush(1000)).toBe('b, c, and 2 more');
  });
});

describe('CaptionLines (3 lines, 3000 ms)', () => {
  it('keeps the last lines, counts repeats and expires old ones', () => {
    const lines = new CaptionLines(3, 3000);
    lines.add('♪ tone', 0);
    lines.add('puff of air', 250);
    lines.add('♪ tone', 950);
    expect(lines.visible(1000).map(lineText)).toEqual(['♪ tone ×2', 'puff of air']);
    lines.add('reward chime', 1000);
    expect(lines.visible(1000).map(lineText)).toEqual(['♪ tone ×2', 'puff of air', 'reward chime']);
    lines.add('dopamine burst', 1100); // a fourth line pushes out the oldest
    expect(lines.visible(1100).map(lineText)).toEqual(['puff of air', 'reward chime', 'dopamine burst']);
    expect(lines.nextExpiryMs()).toBe(3250);
    expect(lines.visible(3260).map(lineText)).toEqual(['reward chime', 'dopamine burst']);
    expect(lines.visible(5000)).toEqual([]);
    expect(lines.nextExpiryMs()).toBeNull();
  });

  it('one line per sound: a new text under the same key replaces the old one, a repeat is counted', () => {
    const lines = new CaptionLines(3, 3000);
    lines.add("bird's song (rendition 7)", 0, 'song:last');
    lines.add('♪ tone', 100, 'tone');
    lines.add("bird's song (rendition 8)", 900, 'song:last');
    lines.add("bird's song (rendition 9)", 1800, 'song:last');
    expect(lines.visible(1800).map(lineText)).toEqual(["bird's song (rendition 9)", '♪ tone']);
    lines.add("bird's song (rendition 9)", 2000, 'song:last');
    expect(lines.visible(2000).map(lineText)).toEqual(["bird's song (rendition 9) ×2", '♪ tone']);
    // The tutor's song is another sound: its own line.
    lines.add('tutor song', 2100, 'song:tutor');
    expect(lines.visible(2100).map((line) => line.key)).toEqual(['song:last', 'tone', 'song:tutor']);
  });
});

describe('readSoundSettings', () => {
  const storage = (items: Record<string, string>): Pick<Storage, 'getItem'> => ({ getItem: (key) => items[key] ?? null });
  it('reads remembered mute and volume, and falls back on anything malformed', () => {
    expect(readSoundSettings(storage({ [MUTED_KEY]: 'true', [VOLUME_KEY]: '0.25' }))).toEqual({ muted: true, volume: 0.25 });
    expect(readSoundSettings(storage({ [VOLUME_KEY]: 'loud' }))).toEqual({ muted: false, volume: DEFAULT_VOLUME });
    expect(readSoundSettings(storage({ [VOLUME_KEY]: '7' }))).toEqual({ muted: false, volume: DEFAULT_VOLUME });
    expect(readSoundSettings(null)).toEqual({ muted: false, volume: DEFAULT_VOLUME });
    expect(readSoundSettings({ getItem: () => { throw new Error('denied'); } })).toEqual({ muted: false, volume: DEFAULT_VOLUME });
  });
});
