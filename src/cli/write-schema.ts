/** Writes levels/level.schema.json and levels/campaign.schema.json from the zod schemas (npm run schema). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { levelJsonSchema } from '../levels/schema/level';
import { campaignJsonSchema } from '../levels/campaign/campaignSchema';

export const SCHEMA_FILE = fileURLToPath(new URL('../../levels/level.schema.json', import.meta.url));
export const CAMPAIGN_SCHEMA_FILE = fileURLToPath(new URL('../../levels/campaign.schema.json', import.meta.url));

/** The exact text of the schema file. */
export function levelSchemaText(): string {
  return `${JSON.stringify(levelJsonSchema(), null, 2)}\n`;
}

/** The exact text of the campaign schema file. */
export function campaignSchemaText(): string {
  return `${JSON.stringify(campaignJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, levelSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
  writeFileSync(CAMPAIGN_SCHEMA_FILE, campaignSchemaText());
  console.log(`wrote ${CAMPAIGN_SCHEMA_FILE}`);
}
