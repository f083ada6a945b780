// Every editor template starts with example lesson texts (intro, goal, explanation card, teacher
// notes, a prediction question) so that a designer sees what goes where, and those texts agree
// with the template's own rules by the checks every built-in level passes (trial numbers the
// template has, panels the page has: test/levels/campaign/textRules.ts).
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/levels/loadLevel';
import { LEVEL_TEMPLATES } from '../../src/editor/templates';
import { panelNames, textProblems } from '../levels/campaign/textRules';

describe('template lesson texts', () => {
  const panels = panelNames();
  it.each(LEVEL_TEMPLATES.map((t) => [t.key, t] as const))('%s has example texts in every lesson field, and they match its rules', (_, template) => {
    const result = loadLevel(template.create());
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    const { level } = result;
    const lesson = level.lesson;
    expect(lesson).toBeDefined();
    for (const text of [lesson!.intro, lesson!.goal, lesson!.explanation, lesson!.teacherNotes]) expect(text.length).toBeGreaterThan(20);
    expect(lesson!.predictions?.length ?? 0).toBeGreaterThan(0);
    for (const p of lesson!.predictions ?? []) {
      expect(p.choices[p.answer]).toBeDefined();
      expect(p.reveal.length).toBeGreaterThan(20);
    }
    // A template is not a chapter's short level: it runs its whole budget.
    expect(textProblems(level, false, panels)).toEqual([]);
  });
});
