/** Writes levels/level.schema.json from the zod level schema (npm run schema). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { levelJsonSchema } from '../levels/schema/level';

export const SCHEMA_FILE = fileURLToPath(new URL('../../levels/level.schema.json', import.meta.url));

/** The exact text of the schema file. */
export function levelSchemaText(): string {
  return `${JSON.stringify(levelJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, levelSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
