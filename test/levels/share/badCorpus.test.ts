/**
 * At least 200 bad level files, bundles and links (badCorpus.ts, badShares.ts): each is refused, by
 * the same path the page takes (levelFileParts or decodeLevelLink, then openSharedLevel), with an
 * error that names the problem (and its field path where it has one); none throws.
 */
import { describe, expect, it } from 'vitest';
import { formatLevelError } from '../../../src/levels/errors';
import { decodeLevelLink, levelFileParts, openSharedLevel } from '../../../src/levels/share';
import { badFiles, type BadCase } from './badCorpus';
import { badBundles, badLinks } from './badShares';

function errorLines(c: BadCase): string[] {
  const parts = c.file ? levelFileParts(c.file) : decodeLevelLink(c.link ?? '');
  const opened = parts.ok ? openSharedLevel(parts) : parts;
  if (opened.ok) return [];
  return opened.errors.map(formatLevelError);
}

const files = badFiles();
const bundles = badBundles();
const links = badLinks();

describe('the bad-input corpus', () => {
  it('has at least 200 cases, each named once', () => {
    const all = [...files, ...bundles, ...links];
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
  });

  for (const [kind, cases] of [['file', files], ['bundle', bundles], ['link', links]] as const) {
    it.each(cases.map((c) => [c.name, c] as const))(`${kind}: %s is refused, naming the problem`, (_name, c) => {
      const lines = errorLines(c);
      expect(lines.length, 'refused').toBeGreaterThan(0);
      expect(lines.some((line) => c.expect.test(line)), `${lines.join('\n')}\n  should match ${String(c.expect)}`).toBe(true);
    });
  }
});
