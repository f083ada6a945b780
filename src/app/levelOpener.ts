/**
 * Opening and resetting a level: each makes a fresh world the page's one session (a new step-back
 * ring, goal watch, scene and panels; a spawn is one attempt for the lesson flow). A level chosen
 * while another still loads wins: the older load is dropped when it finishes.
 */
import { GoalWatch } from '../levels/objectives/goalWatch';
import { liveTracesOf } from '../render/plots/liveTraces';
import type { SimCommand } from '../sim/commands/commandQueue';
import type { Controls } from '../ui/controls';
import type { FastForwardControl } from './fastForwardControl';
import type { FixedStepClock } from './fixedStepClock';
import { fetchLevelAsset } from './levelAssetFetch';
import type { AssetSource } from '../levels/loadedLevelFiles';
import { campaignChapters, levelMenuOf } from './campaignCatalog';
import type { LevelEntry, LevelMeta } from './levelCatalog';
import { maxStarsOf } from '../levels/campaign/stars';
import { openLevelSession, spawnSession, type LevelSession } from './levelSession';
import type { LevelViews } from './levelViews';
import type { LessonFlow } from './lessonFlow';
import { YOUR_LEVELS_GROUP, type YourLevels } from './open/yourLevels';
import type { PageState } from './pageState';
import type { SlowRefresh } from './slowRefresh';
import { SnapshotRing } from './snapshotRing';
import type { Chapter } from '../ui/campaign/chapters';
import { badLinkMessage, chooseStart } from './startChoice';
import { t } from '../i18n/messages';
import { trialNounOf } from '../levels/labels/trialNoun';

export interface LevelOpenerDeps {
  readonly state: PageState;
  /** The built-in levels. */
  readonly levels: readonly LevelEntry[];
  /** Levels opened from a file, a paste or a link (their own menu group). */
  readonly yourLevels: YourLevels;
  readonly clock: FixedStepClock;
  readonly controls: Controls;
  readonly levelSelect: HTMLSelectElement;
  readonly lesson: LessonFlow;
  readonly views: LevelViews;
  readonly fastForward: FastForwardControl;
  readonly slowRefresh: SlowRefresh;
  refreshButtons(): void;
  /** A level starts loading (the editor's play bar follows whether it is the draft). */
  onLevelStart?(id: string): void;
  /** A world was installed, and one is about to be replaced (another level, a Reset): the results keeper records runs. */
  onInstall?(s: LevelSession): void;
  onSessionEnd?(s: LevelSession): void;
  /** A teacher link's seed= (every level opened this visit spawns with it), or null for each level's own. */
  readonly seed?: number | null;
  /** A teacher link's menus: the chapters offered and whether they are all (no "Your levels" beyond them). */
  readonly menu?: { readonly chapters: readonly Chapter[]; readonly only: boolean };
}

/** The level menu's group for the editor's draft while it is being played. */
export const DRAFT_GROUP = 'Editor';

// Before a level loads: the speed a level starts at (1×), not a blank.
const noStatus = { timeMs: 0, trials: 0, trialNoun: trialNounOf(null), rateHz: 0, lagging: false, speedText: '1×' };

export class LevelOpener {
  /** Counts loads: a load that finishes after a newer one began is dropped. */
  private loadToken = 0;
  /** The level data played last that is in no other menu (the editor's draft), listed as "Draft: <title>". */
  private played: LevelEntry | null = null;

  constructor(private readonly deps: LevelOpenerDeps) {}

  /** A level has been asked for (opened or loading): the welcome is no longer the page's only content. */
  get anyOpened(): boolean {
    return this.loadToken > 0;
  }

  /**
   * The page's first screen: a `?level=` link to a built-in level opens it (a chapter's level as the
   * campaign menu would: cards, questions, stars); no link, or one that names no level, shows the
   * welcome (`showWelcome`, with the bad link in words). `warning` is shown in the warning line.
   */
  async openFirst(search: string, warning: string | null, isCampaignLevel: (id: string) => boolean, showWelcome: (problem: string | null) => void): Promise<void> {
    const { controls, levels, lesson, state } = this.deps;
    if (levels.length === 0) {
      controls.showErrors(t('game.opener.noLevels'), [{ path: 'levels/', message: t('game.opener.noLevelFiles') }]);
      controls.setStatus({ ...noStatus, state: 'error' });
      return;
    }
    const choice = chooseStart(search, [...levels.map((l) => l.id), ...this.deps.yourLevels.menuItems().map((l) => l.id)]);
    // Behind the welcome it chooses nothing yet.
    this.refreshMenu(choice.kind === 'level' ? choice.id : '');
    if (choice.kind === 'welcome') {
      const problem = choice.badLink === null ? null : badLinkMessage(choice.badLink);
      // The bad link is said once, in the welcome (the dialog the player reads first, and it offers
      // the way on); the banner keeps only other warnings, so the message is not read twice.
      controls.showWarning(warning);
      controls.setStatus({ ...noStatus, state: 'paused' });
      this.deps.refreshButtons();
      showWelcome(problem);
      return;
    }
    controls.showWarning(warning);
    lesson.beginOpen(choice.id, isCampaignLevel(choice.id));
    await this.start(choice.id);
    if (state.session) lesson.afterStart(state.session);
  }

  /**
   * The level menu: the built-in levels in campaign order (as the campaign menu lists them), then
   * "Your levels"; `selected` is chosen.
   */
  refreshMenu(selected: string): void {
    const menu = levelMenuOf(this.deps.menu?.chapters ?? campaignChapters(this.deps.levels).chapters);
    const yours = this.deps.menu?.only === true ? [] : this.deps.yourLevels.menuItems();
    const groups = yours.length > 0 ? [...menu.groups, YOUR_LEVELS_GROUP] : [...menu.groups];
    const played = this.played === null ? [] : [{ id: this.played.id, title: this.played.title, group: DRAFT_GROUP }];
    if (this.played !== null) groups.push(DRAFT_GROUP);
    this.deps.controls.setLevels([...menu.items, ...yours, ...played], groups, selected);
  }

  private entryOf(id: string): LevelEntry | undefined {
    return this.deps.levels.find((l) => l.id === id) ?? this.deps.yourLevels.get(id) ?? (this.played?.id === id ? this.played : undefined);
  }

  /**
   * Opens a level; from the campaign its intro card and questions come first and it stops at its goal.
   * The address then reopens it: `?level=<id>` for a built-in, the level itself in `#level=…` for one
   * opened from a file or link (none when it is too large for a link).
   */
  open(id: string, fromCampaign: boolean): void {
    const { levelSelect, lesson, state } = this.deps;
    const url = new URL(window.location.href);
    const fragment = this.entryOf(id)?.urlFragment;
    if (fragment === undefined) {
      url.searchParams.set('level', id);
      url.hash = '';
    } else {
      url.searchParams.delete('level');
      url.hash = fragment ?? '';
    }
    // A teacher's lesson stays in the address, so a reload offers the same levels.
    if (window.location.hash.startsWith('#lesson=')) url.hash = window.location.hash;
    window.history.replaceState(null, '', url);
    // The warning line stays (a bad link, progress that cannot be saved: still true) until closed.
    levelSelect.value = id;
    lesson.beginOpen(id, fromCampaign);
    void this.start(id).then(() => {
      const s = state.session;
      if (s && s.id === id) lesson.afterStart(s);
    });
  }

  /**
   * Plays level data that is in no other menu (the editor's draft) under `id`, as a campaign level
   * plays (intro, questions, stars; the lesson flow keeps a preview's record apart). The level menu
   * lists it as "Draft: <title>" in its own group; the address is left as it is (the editor keeps
   * its own). Resolves once it runs or has failed (errors shown).
   */
  async playData(id: string, data: unknown, title: string, assets?: AssetSource): Promise<void> {
    const { lesson, state } = this.deps;
    this.played = { id, title: `Draft: ${title}`, group: DRAFT_GROUP, maxStars: maxStarsOf((data as LevelMeta | null)?.lesson?.stars), load: () => Promise.resolve(structuredClone(data)), assets, urlFragment: null };
    this.refreshMenu(id);
    lesson.beginOpen(id, true);
    await this.start(id, this.played);
    const s = state.session;
    if (s && s.id === id) lesson.afterStart(s);
  }

  /**
   * Spawns the session's level again (with the settings that wait for a Reset) from its seed.
   * `firstChange`: the restart for the player's first change after watching (firstChangeRestart.ts):
   * a command that is not a setting is sent again at tick 0 so it is in force from the start, and the
   * page says why it restarted.
   */
  async reset(firstChange?: { resend: SimCommand | null; text: string }): Promise<void> {
    const { state, fastForward, lesson, controls } = this.deps;
    const s = state.session;
    if (!s) return;
    await fastForward.leave();
    this.deps.onSessionEnd?.(s);
    lesson.onReset(s);
    const result = spawnSession(s.id, state.nextLevel ?? s.level, s.assets, this.deps.seed ?? undefined);
    if (!result.ok) {
      controls.showErrors(t('game.opener.notReset', { id: s.id }), result.errors);
      return;
    }
    // Reset during fast-forward restarts where the player can see it: back at normal speed, playing
    // from tick 0 (fast-forward would race past the start again before anything could be seen).
    const wasFast = state.speed === 'fast';
    if (wasFast) this.backToNormalSpeed();
    this.install(result.session);
    if (firstChange?.resend) result.session.world.commands.send(firstChange.resend);
    state.mode = 'playing';
    this.deps.refreshButtons();
    if (firstChange) this.deps.views.actions.setStatus(firstChange.text);
    controls.announce(firstChange?.text ?? (wasFast ? t('game.opener.resetSpeedNormal') : t('game.opener.reset')));
  }

  /**
   * The player changed a setting that only applies at spawn before the level's first tick (a level
   * waiting for its setup): spawns it again with state.nextLevel at once, so Play runs what the
   * sliders show. Not a Reset: nothing ran, so no attempt ends, the time mode stays and the focus
   * goes back to the control that had it (the panels are rebuilt).
   */
  async respawnUnplayed(): Promise<void> {
    const { state, controls, views } = this.deps;
    const s = state.session;
    if (!s || s.world.clock[0] !== 0 || !state.nextLevel) return;
    const focusedId = document.activeElement?.id ?? '';
    const mode = state.mode;
    const result = spawnSession(s.id, state.nextLevel, s.assets, this.deps.seed ?? undefined);
    if (!result.ok) {
      controls.showErrors(t('game.opener.notReset', { id: s.id }), result.errors);
      return;
    }
    this.deps.onSessionEnd?.(s);
    // The player's commands sent before Play (a switch pressed, then a slider moved) are theirs to keep.
    const pending = s.world.commands.take();
    this.install(result.session);
    for (const command of pending) result.session.world.commands.send(command);
    state.mode = mode;
    this.deps.refreshButtons();
    if (focusedId) document.getElementById(focusedId)?.focus();
    views.actions.setStatus(t('game.actions.appliedAtStart'));
  }

  /** Loads and installs a level; `entry` gives its data and files when it is in no menu (the editor's draft). */
  private async start(id: string, given?: Pick<LevelEntry, 'load' | 'assets'>): Promise<void> {
    const { state, fastForward, views, controls, lesson } = this.deps;
    const token = ++this.loadToken;
    this.deps.onLevelStart?.(id);
    await fastForward.leave();
    if (state.session) this.deps.onSessionEnd?.(state.session);
    views.clear();
    state.session = null;
    state.ring = null;
    state.goalWatch = null;
    this.deps.refreshButtons();
    controls.showErrors('', []);
    controls.setStatus({ ...noStatus, state: 'loading' });
    const entry = given ?? (this.entryOf(id) as LevelEntry);
    let result;
    try {
      result = await openLevelSession(id, await entry.load(), entry.assets ?? fetchLevelAsset, this.deps.seed ?? undefined);
    } catch (error) {
      result = { ok: false as const, errors: [{ path: '', message: String(error) }] };
    }
    if (token !== this.loadToken) return;
    if (!result.ok) {
      controls.showErrors(t('game.opener.notLoaded', { id }), result.errors);
      controls.setStatus({ ...noStatus, state: 'error' });
      return;
    }
    this.install(result.session);
    // Nothing runs behind a campaign level's intro card or first question.
    // A new level starts at normal speed (or the chosen slow one), never in fast-forward, so it
    // cannot finish before the player has seen it; it plays, unless its lesson holds it at tick 0
    // (whether the level before was paused, e.g. behind the menu it was picked from, does not matter).
    if (state.speed === 'fast') this.backToNormalSpeed();
    state.mode = lesson.holdsAtStart(result.session) ? 'paused' : 'playing';
    fastForward.prewarm();
    this.deps.refreshButtons();
  }

  /** The speed choice goes from fast-forward to normal (shown on the controls; the saved choice is left). */
  private backToNormalSpeed(): void {
    this.deps.state.speed = 'normal';
    this.deps.controls.setSpeed('normal');
  }

  /** Makes `s` the page's world: a new ring, goal watch, scene and panels. */
  private install(s: LevelSession): void {
    const { state, controls, lesson, views, clock, slowRefresh } = this.deps;
    state.session = s;
    state.nextLevel = s.level;
    state.finished = false;
    state.ring = new SnapshotRing(s.world);
    // The spawn itself is the first step-back point: the player can step back to the very start.
    state.ring.maybeRecord(s.world, s.recorder);
    state.goalWatch = new GoalWatch(s.run);
    controls.simView.dataset.ringCapacity = String(state.ring.maxEntries);
    lesson.onInstall(s);
    this.deps.onInstall?.(s);
    controls.showDefaultViewFor(liveTracesOf(s.level, s.world).length > 0);
    views.install(s, controls.canvasView);
    clock.dropBacklog();
    slowRefresh.begin(s);
    state.sinceSlowRefreshMs = Infinity;
  }
}
