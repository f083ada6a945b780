// The player's commands on their way to the level (playerCommands.ts): the teacher's link refuses
// locked ones (a refused setting never reaches state.nextLevel), the first change after watching
// restarts the level once (later changes wait for that restart), and a running fast-forward gets them.
// No world is stepped: the session is a stand-in with spike-threshold's level (its electrode at 1 pA).
import { describe, expect, it } from 'vitest';
import { PageState } from '../../src/app/pageState';
import { PlayerCommands, type PlayerCommandDeps } from '../../src/app/playerCommands';
import type { LevelSession } from '../../src/app/levelSession';
import type { SimCommand } from '../../src/sim/commands/commandQueue';
import { builtInLevel } from '../levels/helpers';

const PATH = 'stimuli.electrode.amplitudePa';

function setup(options: { allows?: (c: SimCommand) => boolean; restarts?: boolean; fastForward?: boolean; level?: string; tick?: number } = {}) {
  const state = new PageState();
  const toWorld: SimCommand[] = [];
  const toWorker: SimCommand[] = [];
  const restarts: Array<{ resend: SimCommand | null; text: string }> = [];
  const statuses: string[] = [];
  const respawns: number[] = [];
  const resetOffers: string[] = [];
  let finishRestart = (): void => undefined;
  state.session = {
    level: builtInLevel(options.level ?? 'spike-threshold'),
    world: { commands: { send: (c: SimCommand) => toWorld.push(c) }, clock: [options.tick ?? 4000], dtMs: 0.25 },
    run: { timelineTicks: 4000 },
    recorder: { trials: [{ endTick: 4000 }] },
  } as unknown as LevelSession;
  const deps: PlayerCommandDeps = {
    state,
    allows: options.allows ?? (() => true),
    restartsOnFirstChange: () => options.restarts === true && restarts.length === 0,
    restart: (firstChange) => {
      restarts.push(firstChange);
      return new Promise<void>((resolve) => { finishRestart = resolve; });
    },
    fastForward: { running: options.fastForward === true, send: (c) => toWorker.push(c) },
    setStatus: (text) => statuses.push(text),
    respawn: () => { respawns.push(1); return Promise.resolve(); },
    offerReset: (text) => resetOffers.push(text),
  };
  return { commands: new PlayerCommands(deps), state, toWorld, toWorker, restarts, statuses, respawns, resetOffers, finishRestart: () => finishRestart() };
}

describe('the player\'s commands', () => {
  it('go to the world, or to the worker while fast-forward runs', () => {
    const live = setup();
    live.commands.send({ type: 'lesionLman' } as SimCommand);
    expect(live.toWorld).toHaveLength(1);
    const fast = setup({ fastForward: true });
    fast.commands.send({ type: 'lesionLman' } as SimCommand);
    expect([fast.toWorld.length, fast.toWorker.length]).toEqual([0, 1]);
  });

  it('a locked command or setting is refused, and a refused setting does not wait for the next Reset either', () => {
    const locked = setup({ allows: (c) => c.type !== 'setParameter' });
    locked.commands.setParameter(PATH, 12);
    expect(locked.state.nextLevel).toBeNull();
    expect(locked.toWorld).toEqual([]);
  });

  it('a setting at the value in force is no change; a new one is kept for Reset and sent', () => {
    const { commands, state, toWorld } = setup();
    commands.setParameter(PATH, 1);
    expect(state.nextLevel).toBeNull();
    commands.setParameter(PATH, 12);
    expect(state.nextLevel?.stimuli[0]).toMatchObject({ amplitudePa: 12 });
    expect(toWorld).toEqual([{ type: 'setParameter', path: PATH, value: 12 }]);
  });

  it('a setting that only applies at spawn (cross-modal\'s age) respawns the level before its first tick, and after it is offered a Reset, never sent to be refused', () => {
    const AGE = 'circuits.visualMap.ageAtStartMs';
    const before = setup({ level: 'cross-modal', tick: 0 });
    before.commands.setParameter(AGE, 0);
    expect([before.respawns.length, before.toWorld.length, before.resetOffers.length]).toEqual([1, 0, 0]);
    expect(before.state.nextLevel?.circuits[0]).toMatchObject({ ageAtStartMs: 0 });
    const during = setup({ level: 'cross-modal', tick: 500 });
    during.commands.setParameter(AGE, 0);
    expect([during.respawns.length, during.toWorld.length]).toEqual([0, 0]);
    expect(during.resetOffers).toEqual(['Age when sight is lost cannot change while the level runs; it applies when you Reset (r).']);
    expect(during.state.nextLevel?.circuits[0]).toMatchObject({ ageAtStartMs: 0 });
  });

  it('the first change after watching restarts the level once; changes during that restart are dropped', async () => {
    const { commands, toWorld, restarts, finishRestart } = setup({ restarts: true });
    commands.send({ type: 'lesionLman' } as SimCommand);
    expect(restarts).toHaveLength(1);
    expect(restarts[0].resend).toEqual({ type: 'lesionLman' });
    expect(restarts[0].text.length).toBeGreaterThan(0);
    commands.send({ type: 'lesionLman' } as SimCommand);
    expect([restarts.length, toWorld.length]).toEqual([1, 0]);
    finishRestart();
    await Promise.resolve();
    await Promise.resolve();
    commands.send({ type: 'lesionLman' } as SimCommand);
    expect(toWorld).toHaveLength(1);
  });
});
