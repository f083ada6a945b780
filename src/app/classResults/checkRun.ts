/**
 * Checks one recorded run on this page: finds its level (a built-in one by id, whose content must
 * hash as recorded; or the level the file carries), gathers the files it needs, replays it in the
 * worker pool and compares (verifyRun.ts). A level this page cannot replay is "cannot check", never
 * "not verified": the file may be honest and the page simply not have what it needs.
 */
import { loadLevel } from '../../levels/loadLevel';
import { levelAssets } from '../../levels/levelAssets';
import { levelContentHash } from '../../levels/results/contentHash';
import type { RunRecord } from '../../levels/results/resultsFile';
import { sameAsBuiltIn } from '../../levels/results/sameAsBuiltIn';
import { engineVerdict, verdictOf, type Verdict } from '../../levels/results/verifyRun';
import { mathFingerprint } from '../../levels/results/engineFingerprint';
import type { Level } from '../../levels/schema/level';
import { fetchLevelAsset } from '../levelAssetFetch';
import type { LevelEntry } from '../levelCatalog';
import { checkOfferedCommands } from './offeredCommands';
import type { ReplayPool } from './replayPool';

/** Runs longer than this many ticks are not replayed in a class (minutes each on a school laptop). */
export const MAX_CLASS_REPLAY_TICKS = 50_000_000;

type Resolved = { ok: true; level: Level; assets: Map<string, Uint8Array> } | { ok: false; verdict: Verdict };

async function resolveLevel(run: RunRecord, builtIns: readonly LevelEntry[]): Promise<Resolved> {
  let level: Level;
  if (run.level.builtIn) {
    const entry = builtIns.find((l) => l.id === run.levelId);
    if (!entry) return { ok: false, verdict: { status: 'cannotCheck', reason: { kind: 'unknownLevel', levelId: run.levelId } } };
    const loaded = loadLevel(await entry.load());
    if (!loaded.ok || levelContentHash(loaded.level) !== run.level.contentHash) {
      return { ok: false, verdict: { status: 'cannotCheck', reason: { kind: 'levelDiffers', levelId: run.levelId } } };
    }
    level = loaded.level;
  } else {
    const loaded = loadLevel(run.level.data);
    if (!loaded.ok) return { ok: false, verdict: { status: 'cannotCheck', reason: { kind: 'levelInvalid', detail: loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ').slice(0, 200) } } };
    level = loaded.level;
    // A carried level under a built-in's id must be that level as a player could set it: a student
    // must not rewrite a built-in level and have the run pass as one on the real level.
    const entry = builtIns.find((l) => l.id === run.levelId);
    if (entry) {
      const builtIn = loadLevel(await entry.load());
      const same = builtIn.ok ? sameAsBuiltIn(level, builtIn.level) : { same: false as const };
      if (!same.same) return { ok: false, verdict: { status: 'changedCopy', levelId: run.levelId } };
      level = same.level;
    }
  }
  const assets = new Map<string, Uint8Array>();
  for (const asset of levelAssets(level)) {
    // A carried level's files travel with it in no results file: only built-in ones can be had.
    if (!run.level.builtIn) return { ok: false, verdict: { status: 'cannotCheck', reason: { kind: 'needsFiles' } } };
    if (assets.has(asset.path)) continue;
    try {
      assets.set(asset.path, await fetchLevelAsset(asset.path));
    } catch {
      return { ok: false, verdict: { status: 'cannotCheck', reason: { kind: 'needsFiles' } } };
    }
  }
  return { ok: true, level, assets };
}

/** What checkRun needs of the replay pool (tests pass one that replays in the test's own thread). */
export type Replayer = Pick<ReplayPool, 'replay'>;

/**
 * The verdict, or null when the check was cancelled. `engineMath` is this page's Math fingerprint:
 * a run whose file names another engine is "cannot check" before anything is replayed.
 */
export async function checkRun(run: RunRecord, builtIns: readonly LevelEntry[], pool: Replayer, onTicks: (ticks: number) => void, engineMath: string = mathFingerprint()): Promise<Verdict | null> {
  if (run.tooLong) return { status: 'cannotCheck', reason: { kind: 'notRecorded' } };
  const otherEngine = engineVerdict(run, engineMath);
  if (otherEngine) return otherEngine;
  if (run.ticks > MAX_CLASS_REPLAY_TICKS) return { status: 'cannotCheck', reason: { kind: 'tooLong', ticks: run.ticks } };
  const resolved = await resolveLevel(run, builtIns);
  if (!resolved.ok) return resolved.verdict;
  // The replay engine accepts more than the page offers: a command no control sends is a difference.
  const refused = checkOfferedCommands(resolved.level, run.commands).firstRefused;
  if (refused) return { status: 'notVerified', differences: [{ kind: 'command', index: refused.index, type: refused.type }] };
  const result = await pool.replay({ level: resolved.level, run: { seed: run.seed, settings: run.settings, commands: run.commands, ticks: run.ticks }, assets: resolved.assets }, onTicks);
  return result.cancelled ? null : verdictOf(run, result.outcome);
}
