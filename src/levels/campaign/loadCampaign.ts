/**
 * loadCampaign: campaign text or data to a trusted Campaign. Like loadLevel it never throws; every
 * problem comes back with a path (`chapters[2].levels[0]: unknown level "x"`). Level ids are checked
 * against the ids the caller knows (the level files it has), so the manifest cannot name a missing level.
 */
import { formatPath, zodIssuesToErrors, type LevelError } from '../errors';
import { parseJsonText } from '../parseJson';
import { sanitizeLevelData } from '../sanitize';
import { migrateVersioned, type VersionedFormat } from '../versioning/versionedFormat';
import { campaignSchema, CURRENT_CAMPAIGN_VERSION, type Campaign } from './campaignSchema';

/** The campaign's versions: only version 1 so far (no steps), but a newer file gets the same message as a level. */
export const campaignFormat: VersionedFormat = { noun: 'campaign', versionField: 'schemaVersion', current: CURRENT_CAMPAIGN_VERSION, steps: [] };

export type CampaignLoadResult = { ok: true; campaign: Campaign } | { ok: false; errors: LevelError[] };

export interface CampaignLoadOptions {
  /** Ids of the levels that exist; every level the campaign names must be one of them. */
  levelIds: Iterable<string>;
}

function crossCheck(campaign: Campaign, known: ReadonlySet<string>): LevelError[] {
  const errors: LevelError[] = [];
  const report = (path: Array<string | number>, message: string) => errors.push({ path: formatPath(path), message });
  const chapterIds = new Set<string>();
  campaign.chapters.forEach((chapter, c) => {
    if (chapterIds.has(chapter.id)) report(['chapters', c, 'id'], `duplicate chapter id "${chapter.id}"`);
    chapterIds.add(chapter.id);
    const inChapter = new Set<string>();
    chapter.levels.forEach((levelId, l) => {
      if (!known.has(levelId)) report(['chapters', c, 'levels', l], `unknown level "${levelId}"`);
      if (inChapter.has(levelId)) report(['chapters', c, 'levels', l], `level "${levelId}" is already in this chapter`);
      inChapter.add(levelId);
    });
    if (!known.has(chapter.sandbox)) report(['chapters', c, 'sandbox'], `unknown level "${chapter.sandbox}"`);
    if (inChapter.has(chapter.sandbox)) report(['chapters', c, 'sandbox'], `level "${chapter.sandbox}" is also one of the chapter's short levels`);
  });
  return errors;
}

function loadUnsafe(input: unknown, options: CampaignLoadOptions): CampaignLoadResult {
  let data = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    data = parsed.value;
  }
  const clean = sanitizeLevelData(data);
  if (!clean.ok) return { ok: false, errors: clean.errors };
  const migrated = migrateVersioned(clean.value, campaignFormat);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const result = campaignSchema.safeParse(migrated.data, { reportInput: true });
  if (!result.success) return { ok: false, errors: zodIssuesToErrors(result.error.issues) };
  const errors = crossCheck(result.data, new Set(options.levelIds));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, campaign: result.data };
}

export function loadCampaign(input: string | unknown, options: CampaignLoadOptions): CampaignLoadResult {
  try {
    return loadUnsafe(input, options);
  } catch (error) {
    let reason = 'unknown error';
    try { reason = error instanceof Error ? error.message : String(error); } catch { /* keep the generic reason */ }
    return { ok: false, errors: [{ path: '', message: `internal error while loading the campaign: ${reason}` }] };
  }
}

/** Every level id of the campaign in play order (each chapter's levels, then its sandbox). */
export function campaignLevelIds(campaign: Campaign): string[] {
  return campaign.chapters.flatMap((chapter) => [...chapter.levels, chapter.sandbox]);
}
