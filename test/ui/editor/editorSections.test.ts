import { describe, expect, it } from 'vitest';
import { EDITOR_SECTIONS, unlistedKeys } from '../../../src/ui/editor/editorSections';
import { undoRedoKey } from '../../../src/ui/editor/undoKeys';
import { levelSchema } from '../../../src/levels/schema/level';
import { lesson } from '../../../src/levels/schema/lesson';

describe('editor sections', () => {
  it('every field of the level has a section', () => {
    expect(unlistedKeys(Object.keys(levelSchema.shape))).toEqual([]);
  });
  it('every field of the lesson has a section', () => {
    const shown = EDITOR_SECTIONS.flatMap((s) => s.paths).filter((p) => p[0] === 'lesson').map((p) => p[1]);
    expect([...shown].sort()).toEqual(Object.keys(lesson.shape).sort());
  });
  it('undo and redo keys', () => {
    const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) =>
      undoRedoKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('z', {})).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('x', { ctrlKey: true })).toBeNull();
  });
});
