// A run made on another JS engine (its Math fingerprint differs from this page's) is "cannot check,
// made on another browser engine", never "not verified"; the same fingerprint replays and verifies;
// an edited outcome is not verified; a version 1 file (no engine) replays as before and, only when
// the replay differs, says the engine is unknown. Scheme: the engine's fixed-step schedule at
// spike-threshold's dtMs (0.25 ms), 3000 ticks, the level's own seed; the replay runs in this thread.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRun, type Replayer } from '../../../src/app/classResults/checkRun';
import { verdictLabel, verdictReason } from '../../../src/app/classResults/verdictWords';
import { browserFamily } from '../../../src/app/results/browserEngine';
import type { LevelEntry } from '../../../src/app/levelCatalog';
import { loadLevel } from '../../../src/levels/loadLevel';
import { GoalWatch } from '../../../src/levels/objectives/goalWatch';
import { mathFingerprint } from '../../../src/levels/results/engineFingerprint';
import { recordRun } from '../../../src/levels/results/recordRun';
import { replayRun } from '../../../src/levels/results/replayRun';
import type { RunRecord } from '../../../src/levels/results/resultsFile';
import { runRecord } from '../../../src/levels/results/resultsFile';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { stepSim } from '../../../src/sim/schedule';

const text = readFileSync(new URL('../../../levels/spike-threshold.json', import.meta.url), 'utf8');
const loaded = loadLevel(text);
if (!loaded.ok) throw new Error('spike-threshold does not load');
const level = loaded.level;
const builtIns: LevelEntry[] = [{ id: level.id, title: 'Spike threshold', group: 'Networks', maxStars: 3, load: () => Promise.resolve(JSON.parse(text)) }];

const inThisThread: Replayer = {
  replay: (request) => {
    const l = loadLevel(request.level);
    if (!l.ok) throw new Error('replay level');
    return Promise.resolve({ cancelled: false, outcome: replayRun(l.level, request.run, request.assets) });
  },
};

function played(): RunRecord {
  const spawned = spawnLevel(level);
  if (!spawned.ok) throw new Error('spawn');
  const { world, run } = spawned;
  const watch = new GoalWatch(run);
  for (let tick = 0; tick < 3000; tick++) {
    if (tick === 200) world.commands.send({ type: 'setParameter', path: 'stimuli.electrode.amplitudePa', value: 14 });
    stepSim(world);
    run.recorder.afterTick(world);
    world.events.length = 0;
    watch.afterTick();
  }
  return recordRun({ levelId: level.id, title: level.id, opened: level, spawned: level, seed: run.seed, world, run, trials: run.recorder.trials, goalMet: watch.goal !== null },
    { stars: 0, attempts: 1, trialsUsed: 0, predictions: [] });
}

const names = { level: () => 'Spike threshold', objective: (_l: string, id: string) => id };
const here = mathFingerprint();
const honest = { ...played(), engine: { math: here, family: 'Chromium' } };
const check = (r: RunRecord) => checkRun(r, builtIns, inThisThread, () => {}, here);

describe('the engine a run was made on', () => {
  it('is a valid part of a run record, measured the same each time', () => {
    expect(here).toMatch(/^[0-9a-f]{8}$/);
    expect(mathFingerprint()).toBe(here);
    expect(runRecord.safeParse(honest).success).toBe(true);
  });

  it('a run from another engine cannot be checked, said as such in words', async () => {
    const foreign = { ...honest, engine: { math: here === '00000000' ? '00000001' : '00000000', family: 'Firefox' } };
    const verdict = await check(foreign);
    expect(verdict).toEqual({ status: 'cannotCheck', reason: { kind: 'otherEngine', family: 'Firefox' } });
    expect(verdictLabel(verdict, false)).toBe('Cannot check (made on another browser engine)');
    expect(verdictReason(verdict, level.id, names)).toMatch(/another browser engine \(Firefox\).*says nothing against the file/);
  });

  it('a run from this engine is replayed and verified; an edited outcome is not verified', async () => {
    expect(await check(honest)).toEqual({ status: 'verified' });
    const edited = structuredClone(honest);
    edited.outcomes[0].value = (edited.outcomes[0].value ?? 0) + 1;
    const verdict = await check(edited);
    expect(verdict?.status).toBe('notVerified');
    expect(verdict?.status === 'notVerified' && verdict.engineUnknown).toBeFalsy();
  });

  it('a file that names no engine replays as before; only a failed replay says the engine is unknown', async () => {
    const { engine: _engine, ...old } = honest;
    expect(await check(old)).toEqual({ status: 'verified' });
    const edited = structuredClone(old);
    edited.outcomes[0].value = (edited.outcomes[0].value ?? 0) + 1;
    const verdict = await check(edited);
    expect(verdict?.status === 'notVerified' && verdict.engineUnknown).toBe(true);
    expect(verdictReason(verdict, level.id, names)).toMatch(/Engine unknown/);
  });

  it('names the browser family from the user agent', () => {
    expect(browserFamily('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36')).toBe('Chromium');
    expect(browserFamily('Mozilla/5.0 (Windows NT 10.0; rv:121.0) Gecko/20100101 Firefox/121.0')).toBe('Firefox');
    expect(browserFamily('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15')).toBe('Safari');
    expect(browserFamily('Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0 Mobile/15E148 Safari/604.1')).toBe('Safari');
    expect(browserFamily('curl/8.0')).toBe('other');
  });
});
