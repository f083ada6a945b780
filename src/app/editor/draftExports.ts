/**
 * The editor's exports: the draft as a level file (.json with $schema, the form `npm run validate`
 * and the page's Open read). The zip bundle and the link come from src/levels/share once it is on
 * this branch.
 */
import type { Draft } from '../../editor/applyEdit';
import type { ExportAction } from '../../ui/editor/exportPanel';
import { downloadFile } from './downloadFile';

/** The level file text: `$schema` first, two-space indents, a final newline (as the built-in files). */
export function levelFileText(draft: Draft): string {
  const { $schema: _ignored, ...rest } = draft;
  return `${JSON.stringify({ $schema: './level.schema.json', ...rest }, null, 2)}\n`;
}

function fileStem(draft: Draft): string {
  const id = typeof draft.id === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(draft.id) ? draft.id : 'my-level';
  return id;
}

export function draftExportActions(current: () => Draft): ExportAction[] {
  return [{
    label: 'Download level file (.json)',
    help: 'The level as a file the game opens and npm run validate checks.',
    run: () => {
      const draft = current();
      const name = `${fileStem(draft)}.json`;
      downloadFile(name, levelFileText(draft), 'application/json');
      return `Saved ${name}.`;
    },
  }];
}
