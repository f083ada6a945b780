/**
 * npm run teacher-guide: writes docs/teacher-guide.md from levels/campaign.json and the level files
 * (the Markdown itself: levels/campaign/teacherGuideText.ts, which the page's teacher view shows too).
 * A test checks that the committed file equals what this writes now (test/cli/teacherGuide.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTeacherGuide } from '../levels/campaign/teacherGuideText';

export { buildTeacherGuide, type ReadLevelText } from '../levels/campaign/teacherGuideText';

/** Reads the repository's campaign and levels (paths relative to the repository root). */
export function teacherGuideFromRepo(root: URL): ReturnType<typeof buildTeacherGuide> {
  const read = (id: string): string | null => {
    try {
      return readFileSync(new URL(`levels/${id}.json`, root), 'utf8');
    } catch {
      return null;
    }
  };
  return buildTeacherGuide(readFileSync(new URL('levels/campaign.json', root), 'utf8'), read);
}

function main(): number {
  const root = new URL('../../', import.meta.url);
  const guide = teacherGuideFromRepo(root);
  if (!guide.ok) {
    for (const e of guide.errors) console.error(e);
    return 1;
  }
  writeFileSync(new URL('docs/teacher-guide.md', root), guide.markdown);
  console.log('wrote docs/teacher-guide.md');
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main();
}
