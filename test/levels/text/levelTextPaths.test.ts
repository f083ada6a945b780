import { describe, expect, it } from 'vitest';
import { campaignTextPaths, levelTextPaths, toPointer } from '../../../src/levels/text/levelTextPaths';
import { localizeCampaign, localizeLevel, withoutLevelTexts } from '../../../src/levels/text/localizeLevel';

const level = {
  id: 'tiny',
  title: 'Tiny',
  seed: 3,
  populations: [{ id: 'cells', label: 'Cells', tags: ['Excitatory'] }, { id: 'other' }],
  playerParameters: [{ path: 'stimuli.drive.amplitudePa', label: 'Drive', unit: 'pA' }],
  objectives: [{ id: 'fires', metric: 'spikeCount', description: 'Fire.', label: 'Spikes' }],
  timeline: { sessions: [{ id: 'main', phases: [{ id: 'p', label: 'Steps', trialTypes: [{ id: 'step' }] }] }] },
  lesson: {
    intro: 'Hello.',
    hints: ['First hint', { text: 'Second hint', afterFailures: 2 }],
    predictions: [{ id: 'q', question: 'Which?', choices: ['A', 'B'], answer: 1, askedBefore: 'start', reveal: 'B.' }],
    stars: [{ stars: 2, objectiveThresholds: [{ objective: 'fires', label: 'At least 5', threshold: 5 }] }],
  },
};

describe('translatable paths of a level', () => {
  it('names exactly the texts a player reads, in document order', () => {
    expect(levelTextPaths(level)).toEqual([
      '/title',
      '/populations/0/label',
      '/playerParameters/0/label',
      '/objectives/0/description',
      '/objectives/0/label',
      '/timeline/sessions/0/phases/0/label',
      '/lesson/intro',
      '/lesson/hints/0',
      '/lesson/hints/1/text',
      '/lesson/predictions/0/question',
      '/lesson/predictions/0/choices/0',
      '/lesson/predictions/0/choices/1',
      '/lesson/predictions/0/reveal',
      '/lesson/stars/0/objectiveThresholds/0/label',
    ]);
  });

  it('leaves out ids, tags, units, paths and the sim\'s strings', () => {
    const paths = levelTextPaths(level);
    for (const p of ['/id', '/populations/0/id', '/populations/0/tags/0', '/playerParameters/0/unit', '/playerParameters/0/path', '/lesson/predictions/0/askedBefore', '/objectives/0/metric']) {
      expect(paths).not.toContain(p);
    }
  });

  it('matches "#" only to array indices, not to object keys', () => {
    expect(levelTextPaths({ lesson: { hints: { first: 'not an array' } } })).toEqual([]);
  });

  it('escapes "~" and "/" in pointers as RFC 6901 says', () => {
    expect(toPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
  });

  it('names the campaign title and each chapter title and summary', () => {
    const campaign = { id: 'c', title: 'C', chapters: [{ id: 'x', title: 'X', summary: 'S', levels: ['a'], sandbox: 'b' }] };
    expect(campaignTextPaths(campaign)).toEqual(['/title', '/chapters/0/title', '/chapters/0/summary']);
  });
});

describe('localizeLevel', () => {
  it('replaces the translated texts and copies everything else unchanged', () => {
    const translated = localizeLevel(level, { '/title': 'Diminuto', '/lesson/hints/1/text': 'Segunda pista', '/lesson/predictions/0/choices/1': 'Be' }) as typeof level;
    expect(translated.title).toBe('Diminuto');
    expect(translated.lesson.hints[1]).toEqual({ text: 'Segunda pista', afterFailures: 2 });
    expect(translated.lesson.predictions[0].choices).toEqual(['A', 'Be']);
    expect(translated.lesson.predictions[0].answer).toBe(1);
    expect(translated.lesson.intro).toBe('Hello.');
    expect({ ...translated, title: level.title, lesson: level.lesson }).toEqual(level);
  });

  it('does not change the level it was given', () => {
    const before = structuredClone(level);
    localizeLevel(level, { '/title': 'Diminuto' });
    expect(level).toEqual(before);
  });

  it('ignores an entry for a field that is not a text (an id stays an id)', () => {
    const translated = localizeLevel(level, { '/id': 'otro', '/populations/0/id': 'células', '/seed': '9' }) as typeof level;
    expect(translated.id).toBe('tiny');
    expect(translated.populations[0].id).toBe('cells');
    expect(translated.seed).toBe(3);
  });

  it('keeps the English text where the translation is blank', () => {
    expect((localizeLevel(level, { '/title': '  ' }) as typeof level).title).toBe('Tiny');
  });

  it('translates the campaign chapters and keeps their level ids', () => {
    const campaign = { id: 'c', chapters: [{ id: 'x', title: 'X', summary: 'S', levels: ['a'], sandbox: 'b' }] };
    const translated = localizeCampaign(campaign, { '/chapters/0/title': 'Equis', '/chapters/0/levels/0': 'zz' }) as typeof campaign;
    expect(translated.chapters[0]).toEqual({ id: 'x', title: 'Equis', summary: 'S', levels: ['a'], sandbox: 'b' });
  });
});

describe('withoutLevelTexts', () => {
  it('empties every text and keeps the rest, so two languages of a level compare equal', () => {
    const spanish = localizeLevel(level, { '/title': 'Diminuto', '/lesson/intro': 'Hola.' });
    expect(withoutLevelTexts(spanish)).toEqual(withoutLevelTexts(level));
    const stripped = withoutLevelTexts(level) as typeof level;
    expect(stripped.title).toBe('');
    expect(stripped.populations[0]).toEqual({ id: 'cells', label: '', tags: ['Excitatory'] });
    expect(withoutLevelTexts({ ...level, seed: 4 })).not.toEqual(withoutLevelTexts(level));
  });
});
