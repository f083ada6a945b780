/**
 * A count followed by its noun takes the noun's plural form from the count ("1 capítulo", "7
 * capítulos"): every message that writes a number placeholder before a word is a plural object
 * chosen by `count`, except the few listed below whose number can never be 1 (each says why).
 */
import { describe, expect, it } from 'vitest';
import { REAL_LOCALES } from '../../src/i18n/locales';
import { CATALOGS } from '../../src/i18n/messages';

/** Words after a count that do not change with it (and unit symbols). */
const INVARIABLE = /^(more|más|of|de|or|o|and|y|ms|s|Hz|mV)$/u;

/** Placeholders that hold a number of things (a name, label or unit placeholder never does). */
const COUNTING = /^(count|chapters|trials|ticks|commands|points|asked|most|length|seconds|n)$/;

/** Messages whose number is never 1, by construction. */
const NEVER_ONE: Readonly<Record<string, string>> = {
  'classroom.reason.repeated': 'only said when a parameter is given twice or more',
  'classroom.reason.tooLong': 'only said when the value is longer than the limit',
  'classroom.builder.qrTooLong': 'only said for links too long for a QR code (thousands of characters)',
  'game.share.linkCopied': 'a level link is hundreds of characters long',
  'game.badLink.noLevelShortened': 'only said when a name was cut to its first characters',
  'results.cannot.tooLong': 'only said for runs longer than the replay limit',
  'results.cannot.notRecorded': 'the limits named are in the thousands',
  'scene.levels.guide.sketchLine': 'a sketch has at least 4 points (schema)',
  'scene.levels.stars.predictionsRight': 'stars.ts says it only for two or more predictions',
  'scene.plot.raster.title': '"s" is a unit symbol, not a noun',
  'game.levelError.fileTooLarge': 'only said for files over the size limit (millions of characters)',
  'game.levelError.levelTooLargeForLink': 'only said for levels over the link limit (tens of thousands of characters)',
  'game.levelError.recordingTooLargeForLink': 'only said for recordings over the link limit (tens of thousands of characters)',
};

describe('counts and their nouns', () => {
  for (const locale of REAL_LOCALES) {
    it(`${locale}: a number placeholder before a noun is a plural message`, () => {
      const offending = Object.entries(CATALOGS[locale]).filter(([key, message]) => {
        if (typeof message !== 'string' || key in NEVER_ONE) return false;
        return [...message.matchAll(/\{(\w+)\}\s+(\p{L}+)/gu)].some((m) => COUNTING.test(m[1]) && !INVARIABLE.test(m[2]));
      }).map(([key]) => key);
      expect(offending).toEqual([]);
    });
  }
});
