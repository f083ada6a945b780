/**
 * Lesson text never contradicts the level (issue 12, item 4): what a player reads about trials agrees
 * with the level's timeline and its stopping rule, and the panels it names are the page's. Checked
 * mechanically where it can be, over every built-in level (no simulation):
 * - a number of trials, renditions or pairings in the goal, hints, intro, predictions or objective
 *   descriptions is one the level has: its whole budget, a phase's trials, the trials up to the end
 *   of a phase, an objective's span (last / first N), a star tier's trialsAtMost, or the trial a
 *   question is asked before;
 * - a level that stops at its goal (a chapter's short level: the page pauses there) never tells the
 *   player to run its whole budget ("Run 100 trials") unless the level cannot reach its goal before
 *   its last trial (every objective is measured over the end of the run);
 * - a panel named in the text ("under \"What you can do\"", "(under Listen)", "the X panel") is one
 *   the page has: a heading of index.html, a plot's title, a group of a scene's side panel.
 * Panel names are read from the page's sources, so renaming a panel fails this test until the text
 * follows.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFile, readCampaign } from './campaignPlayers';
import { panelNames, textProblems } from './textRules';

const root = new URL('../../../', import.meta.url);
const levelIds = readdirSync(new URL('levels/', root)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json').map((f) => f.replace(/\.json$/, ''));
const campaign = readCampaign(levelIds);
/** Short levels of the campaign: opened from it, they stop (pause) at the trial end where the goal is met. */
const stopsAtGoal = new Set(campaign.chapters.flatMap((c) => c.levels));

describe('lesson text agrees with the level', () => {
  const panels = panelNames();

  it('reads the page\'s panel names', () => {
    for (const name of ['Goal', 'Objectives', 'What you can do', 'Learning curve', 'Spike raster', 'Listen']) expect(panels).toContain(name);
  });

  for (const id of levelIds) {
    it(`${id}: trial numbers, the stopping rule and panel names`, () => {
      const level = loadLevelFile(id);
      const problems = textProblems(level, stopsAtGoal.has(id), panels);
      expect(problems).toEqual([]);
    });
  }
});
