/**
 * The player's commands on their way to the level: every command sent from here is the player's
 * (sliders, switches, buttons, a scene's panel). The teacher's link may refuse it (locks); the first
 * one after watching a campaign level restarts the level with it (firstChangeRestart.ts): a setting
 * is already in state.nextLevel, which the restart spawns, any other command is sent again at its
 * tick 0. Otherwise it goes to the world running it, the worker's under fast-forward. A setting that
 * only applies at spawn (not live, src/levels/liveParameters.ts) respawns the level before its first
 * tick, and waits for a Reset after it, which the page then offers.
 */
import { applyPlayerSetting } from '../levels/playerSettings';
import type { SimCommand } from '../sim/commands/commandQueue';
import { firstChangeRestartText, settingInForce, watchedSoFar } from './firstChangeRestart';
import type { LevelSession } from './levelSession';
import type { PageState } from './pageState';
import { levelErrorReason } from '../editor/levelErrorWords';
import { t } from '../i18n/messages';
import { settingLabel } from './rejectionWords';
import { liveParameter } from '../levels/liveParameters';

export interface PlayerCommandDeps {
  readonly state: PageState;
  /** The teacher's link's gate (TeacherLink.allowsCommand). */
  allows(command: SimCommand): boolean;
  restartsOnFirstChange(session: LevelSession): boolean;
  /** Restarts the level for the first change (LevelOpener.reset). */
  restart(firstChange: { resend: SimCommand | null; text: string }): Promise<void>;
  readonly fastForward: { readonly running: boolean; send(command: SimCommand): void };
  /** Says a setting that was refused (on the level's status line). */
  setStatus(text: string): void;
  /** Spawns the level again with state.nextLevel, keeping the time mode and focus: nothing has run yet (LevelOpener.respawnUnplayed). */
  respawn(): Promise<void>;
  /** Says that a setting waits for a Reset, with a Reset button beside the sliders. */
  offerReset(text: string): void;
}

/** Nothing of this spawn has run: its first tick has not been stepped (a level waiting for its setup). */
function unplayed(s: LevelSession): boolean {
  return s.world.clock[0] === 0;
}

export class PlayerCommands {
  /** Set while the page restarts for the player's first change: later changes go into that restart. */
  private restarting = false;

  constructor(private readonly deps: PlayerCommandDeps) {}

  send(command: SimCommand): void {
    const { state, fastForward } = this.deps;
    const s = state.session;
    if (!s || this.restarting || !this.deps.allows(command)) return;
    if (this.deps.restartsOnFirstChange(s)) {
      const { watched, unit } = watchedSoFar({ hasTrials: s.run.timelineTicks > 0, trialEndTicks: s.recorder.trials, tick: s.world.clock[0], dtMs: s.world.dtMs });
      this.restarting = true;
      const resend = command.type === 'setParameter' ? null : command;
      void this.deps.restart({ resend, text: firstChangeRestartText(watched, unit, s.level) }).finally(() => { this.restarting = false; });
      return;
    }
    // A paused world applies it on its next tick.
    if (fastForward.running) fastForward.send(command);
    else s.world.commands.send(command);
  }

  setParameter(path: string, value: number): void {
    const { state } = this.deps;
    const s = state.session;
    // A refused setting must not reach state.nextLevel either (a restart would spawn it).
    if (!s || !this.deps.allows({ type: 'setParameter', path, value })) return;
    // A slider set to the value in force changes nothing: it is not the player's first change.
    if (settingInForce(state.nextLevel ?? s.level, path, value)) return;
    const changed = applyPlayerSetting(state.nextLevel ?? s.level, path, value);
    if (!changed.ok) {
      // Named by the slider's label, never by the file's path (that is for designers, in the editor).
      const setting = settingLabel(state.nextLevel ?? s.level, path);
      this.deps.setStatus(changed.errors.map((e) => t('game.rejected.settingProblem', { setting, reason: levelErrorReason(e) })).join('; '));
      return;
    }
    state.nextLevel = changed.level;
    const command = { type: 'setParameter', path, value };
    // A setting the running world cannot take (it shapes the spawn: an age, a size) is never sent to
    // be refused: before anything has run the level starts again with it at once, so Play runs it;
    // later the player is told it waits for a Reset, and offered one.
    if (liveParameter(s.level, path) === undefined && !this.deps.restartsOnFirstChange(s)) {
      if (unplayed(s) && !this.deps.fastForward.running) void this.deps.respawn();
      else this.deps.offerReset(t('game.rejected.setting', { setting: settingLabel(s.level, path) }));
      return;
    }
    this.send(command);
  }
}
