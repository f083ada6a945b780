/**
 * The campaign manifest (levels/campaign.json): chapters in order, each a few short levels and then
 * a free-play sandbox level, all referred to by level id. The level files hold everything else.
 */
import { z } from 'zod';
import { id, text } from '../schema/common';

export const CURRENT_CAMPAIGN_VERSION = 1;

export const chapter = z.strictObject({
  id: id('Id of the chapter (recorded in the player\'s progress).'),
  title: text(200, 'Title shown in the chapter list.'),
  summary: text(2_000, 'One or two sentences: what the chapter teaches.'),
  levels: z.array(id('Id of a level file in levels/.')).min(1).max(50).describe('The short levels, in the order they are played.'),
  sandbox: id('Id of the free-play level that ends the chapter.'),
}).describe('A chapter of the campaign.');

export const campaignSchema = z.strictObject({
  $schema: z.string().max(500).optional().describe('Path or URL of campaign.schema.json, for editors.'),
  schemaVersion: z.literal(CURRENT_CAMPAIGN_VERSION).describe('Version of the campaign format.'),
  id: id('Id of the campaign.'),
  title: text(200, 'Title of the campaign.'),
  chapters: z.array(chapter).min(1).max(50).describe('Chapters, in order.'),
}).describe('A Synaptica campaign: chapters of levels.');

export type Campaign = z.output<typeof campaignSchema>;
export type Chapter = z.output<typeof chapter>;

export function campaignJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(campaignSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: 'https://synaptica.invalid/campaign.schema.json', title: 'Synaptica campaign', ...rest };
}
