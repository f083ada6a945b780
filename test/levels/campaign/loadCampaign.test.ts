/** The campaign manifest: it loads, names only existing levels, and bad manifests get path-named errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campaignLevelIds, loadCampaign } from '../../../src/levels/campaign/loadCampaign';
import { campaignSchemaText, CAMPAIGN_SCHEMA_FILE } from '../../../src/cli/write-schema';

const levelsDir = new URL('../../../levels/', import.meta.url);
const manifestText = readFileSync(new URL('campaign.json', levelsDir), 'utf8');
const levelIds = readdirSync(levelsDir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json').map((f) => f.replace(/\.json$/, ''));
const raw = () => JSON.parse(manifestText) as { chapters: Array<Record<string, unknown>> } & Record<string, unknown>;

describe('loadCampaign', () => {
  it('levels/campaign.json loads: 13 chapters, each with levels and a sandbox that exist', () => {
    const loaded = loadCampaign(manifestText, { levelIds });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.campaign.chapters.map((c) => c.id)).toEqual(['spikes', 'timing', 'calcium', 'dopamine', 'cerebellum', 'songbird', 'balance', 'cortex', 'memory', 'credit', 'switching', 'development', 'awry']);
    for (const chapter of loaded.campaign.chapters) expect(chapter.levels.length).toBeGreaterThanOrEqual(1);
    expect(campaignLevelIds(loaded.campaign).every((id) => levelIds.includes(id))).toBe(true);
  });

  it('names an unknown level, a missing sandbox and an empty chapter by path', () => {
    const data = raw();
    data.chapters[0].levels = ['spike-threshold', 'no-such-level'];
    data.chapters[1].sandbox = 'nowhere';
    data.chapters[2].levels = [];
    delete data.chapters[3].sandbox;
    const loaded = loadCampaign(data, { levelIds });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const paths = loaded.errors.map((e) => e.path);
    expect(paths).toContain('chapters[2].levels');
    expect(paths).toContain('chapters[3].sandbox');
    // Cross-references are checked once the shape is valid.
    data.chapters[2].levels = ['calcium-frequency'];
    data.chapters[3].sandbox = 'distal-reward';
    const second = loadCampaign(data, { levelIds });
    expect(second.ok ? [] : second.errors).toEqual([
      { path: 'chapters[0].levels[1]', message: 'unknown level "no-such-level"' },
      { path: 'chapters[1].sandbox', message: 'unknown level "nowhere"' },
    ]);
  });

  it('rejects a duplicate chapter, a level twice in a chapter, and a sandbox that is also a short level', () => {
    const data = raw();
    data.chapters[1].id = 'spikes';
    data.chapters[0].levels = ['spike-threshold', 'spike-threshold'];
    data.chapters[2].sandbox = 'calcium-frequency';
    const loaded = loadCampaign(data, { levelIds });
    expect(loaded.ok ? [] : loaded.errors.map((e) => e.path)).toEqual(['chapters[0].levels[1]', 'chapters[1].id', 'chapters[2].sandbox']);
  });

  it('never throws: bad JSON, wrong types and hostile keys come back as errors', () => {
    const bad = loadCampaign('{ "chapters": [', { levelIds });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0].message).toMatch(/invalid JSON at line 1/);
    expect(loadCampaign(42, { levelIds }).ok).toBe(false);
    expect(loadCampaign(JSON.parse('{"__proto__": {"x": 1}}'), { levelIds }).ok).toBe(false);
    const missing = loadCampaign({ schemaVersion: 1, id: 'c', title: 't', chapters: [] }, { levelIds });
    expect(missing.ok ? [] : missing.errors.map((e) => e.path)).toEqual(['chapters']);
  });

  it('a campaign newer than the build, or with a fractional version, gets the message levels get', () => {
    expect(loadCampaign({ schemaVersion: 2, id: 'c', title: 't', chapters: [], future: true }, { levelIds })).toEqual({
      ok: false, errors: [{ path: 'schemaVersion', message: 'this campaign was made for format 2; this build reads up to 1 (update Synaptica to open it)' }],
    });
    expect(loadCampaign({ schemaVersion: 0.5, id: 'c', title: 't', chapters: [] }, { levelIds })).toEqual({
      ok: false, errors: [{ path: 'schemaVersion', message: 'must be a whole number ≥ 0, got 0.5' }],
    });
  });

  it('levels/campaign.schema.json is the generated file (npm run schema)', () => {
    expect(readFileSync(CAMPAIGN_SCHEMA_FILE, 'utf8')).toBe(campaignSchemaText());
  });
});
