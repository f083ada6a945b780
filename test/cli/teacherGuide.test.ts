/**
 * The teacher guide (docs/teacher-guide.md) is generated from the campaign and the level files by
 * `npm run teacher-guide`; these tests keep the committed file true to them, and check that the
 * generator prints every kind of prediction and that each level's model note exists in
 * docs/model.md. No simulation runs here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTeacherGuide, teacherGuideFromRepo } from '../../src/cli/teacherGuide';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('docs/teacher-guide.md', () => {
  const guide = teacherGuideFromRepo(root);

  it('equals what npm run teacher-guide writes now (run it after changing a level or the campaign)', () => {
    expect(guide.ok ? [] : guide.errors).toEqual([]);
    if (guide.ok) expect(read('docs/teacher-guide.md')).toBe(guide.markdown);
  });

  it('links every campaign level and points to a model note that exists in docs/model.md', () => {
    const campaign = JSON.parse(read('levels/campaign.json')) as { chapters: Array<{ levels: string[]; sandbox: string }> };
    const ids = campaign.chapters.flatMap((c) => [...c.levels, c.sandbox]);
    const model = read('docs/model.md');
    const markdown = guide.ok ? guide.markdown : '';
    expect(model).toMatch(/^## Per level: what is simplified and what is left out$/m);
    for (const id of ids) {
      expect(markdown, id).toContain(`(?level=${id})`);
      expect(markdown, id).toContain(`(model.md#${id})`);
      expect(model, `docs/model.md has a "### ${id}" note`).toMatch(new RegExp(`^### ${id}$`, 'm'));
    }
  });
});

describe('buildTeacherGuide', () => {
  const pairing = JSON.parse(read('levels/stdp-pairing.json')) as { lesson: Record<string, unknown> };
  pairing.lesson.sketchPredictions = [{
    id: 'curve', question: 'Sketch the weight, pairing by pairing.', askedBefore: 'start',
    sketch: { objective: 'potentiate', yLabel: 'weight / start', yMin: 0, yMax: 2, points: 6, fromTrial: 10, toTrial: 60 },
    reveal: 'It climbs in steps.',
  }];
  pairing.lesson.stars = [
    { stars: 1, objectives: 'all' },
    { stars: 2, trialsAtMost: 40, predictionsCorrect: true },
    { stars: 3, trialsAtMost: 25, objectiveThresholds: [{ objective: 'potentiate', threshold: 1.5, label: 'weight ratio' }] },
  ];
  const campaign = JSON.stringify({ schemaVersion: 1, id: 'mini', title: 'Mini', chapters: [{ id: 'one', title: '1. One', summary: 'Order matters.', levels: ['stdp-pairing'], sandbox: 'song-miller-abbott' }] });
  const levels: Record<string, string> = { 'stdp-pairing': JSON.stringify(pairing), 'song-miller-abbott': read('levels/song-miller-abbott.json') };

  it('prints the goal, star rules, the answer of a choice prediction and the axes and objective of a sketch prediction', () => {
    const guide = buildTeacherGuide(campaign, (id) => levels[id] ?? null);
    expect(guide.ok).toBe(true);
    if (!guide.ok) return;
    expect(guide.markdown).toContain('## 1. One');
    expect(guide.markdown).toContain('**Goal.** Make the synapse at least 30% stronger');
    expect(guide.markdown).toMatch(/- ✔ It gets weaker \(answer\)/);
    expect(guide.markdown).toContain('**Sketch: Sketch the weight, pairing by pairing.** (asked before the start)');
    expect(guide.markdown).toContain('objective `potentiate` (Make the synapse at least 30% stronger.)');
    expect(guide.markdown).toContain('trial by trial over trials 10 to 60: x axis "Trial", y axis "weight / start" from 0 to 2, 6 points');
    expect(guide.markdown).toContain('Reveal: It climbs in steps.');
    expect(guide.markdown).toContain('- 2 stars: every objective met; at most 40 trials used; every prediction asked answered correctly.');
    expect(guide.markdown).toContain('- 3 stars: every objective met; at most 25 trials used; weight ratio above 1.5.');
    expect(guide.markdown).toContain('`song-miller-abbott`, sandbox');
  });

  it('names a missing level file or a broken manifest instead of throwing', () => {
    const missing = buildTeacherGuide(campaign, (id) => (id === 'stdp-pairing' ? null : levels[id] ?? null));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors.join('\n')).toContain('stdp-pairing');
    const broken = buildTeacherGuide('{ not json', () => null);
    expect(broken.ok ? [] : broken.errors).toEqual([expect.stringContaining('levels/campaign.json: not JSON')]);
  });
});
