/**
 * Opening and resetting a level: each makes a fresh world the page's one session (a new step-back
 * ring, goal watch, scene and panels; a spawn is one attempt for the lesson flow). A level chosen
 * while another still loads wins: the older load is dropped when it finishes.
 */
import { GoalWatch } from '../levels/objectives/goalWatch';
import type { Controls } from '../ui/controls';
import type { FastForwardControl } from './fastForwardControl';
import type { FixedStepClock } from './fixedStepClock';
import { fetchLevelAsset } from './levelAssetFetch';
import { chooseLevel, LEVEL_GROUPS, type LevelEntry } from './levelCatalog';
import { openLevelSession, spawnSession, type LevelSession } from './levelSession';
import type { LevelViews } from './levelViews';
import type { LessonFlow } from './lessonFlow';
import type { PageState } from './pageState';
import type { SlowRefresh } from './slowRefresh';
import { SnapshotRing } from './snapshotRing';

export interface LevelOpenerDeps {
  readonly state: PageState;
  readonly levels: readonly LevelEntry[];
  readonly clock: FixedStepClock;
  readonly controls: Controls;
  readonly levelSelect: HTMLSelectElement;
  readonly lesson: LessonFlow;
  readonly views: LevelViews;
  readonly fastForward: FastForwardControl;
  readonly slowRefresh: SlowRefresh;
  refreshButtons(): void;
}

const noStatus = { timeMs: 0, trials: 0, rateHz: 0, lagging: false, speedText: '' };

export class LevelOpener {
  /** Counts loads: a load that finishes after a newer one began is dropped. */
  private loadToken = 0;

  constructor(private readonly deps: LevelOpenerDeps) {}

  /**
   * The level the page opens with: `?level=` or the first. A link to a chapter's level opens it as the
   * campaign menu would (cards, questions, stars). `warning` is shown when the link names no level.
   */
  async openFirst(search: string, warning: string | null, isCampaignLevel: (id: string) => boolean): Promise<void> {
    const { controls, levels, lesson, state } = this.deps;
    const choice = chooseLevel(search, levels.map((l) => l.id));
    if (!choice) {
      controls.showErrors('No levels found', [{ path: 'levels/', message: 'no level files (*.json) were built into this page' }]);
      controls.setStatus({ ...noStatus, state: 'error' });
      return;
    }
    controls.setLevels(levels, LEVEL_GROUPS, choice.id);
    controls.showWarning(choice.warning ?? warning);
    const linked = new URLSearchParams(search).get('level') === choice.id && !choice.warning;
    lesson.beginOpen(choice.id, linked && isCampaignLevel(choice.id));
    await this.start(choice.id);
    if (state.session) lesson.afterStart(state.session);
  }

  /** Opens a level; from the campaign its intro card and questions come first and it stops at its goal. */
  open(id: string, fromCampaign: boolean): void {
    const { controls, levelSelect, lesson, state } = this.deps;
    const url = new URL(window.location.href);
    url.searchParams.set('level', id);
    window.history.replaceState(null, '', url);
    controls.showWarning(null);
    levelSelect.value = id;
    lesson.beginOpen(id, fromCampaign);
    void this.start(id).then(() => {
      const s = state.session;
      if (s && s.id === id) lesson.afterStart(s);
    });
  }

  /** Spawns the session's level again (with the settings that wait for a Reset) from its seed. */
  async reset(): Promise<void> {
    const { state, fastForward, lesson, controls } = this.deps;
    const s = state.session;
    if (!s) return;
    await fastForward.leave();
    lesson.onReset(s);
    const result = spawnSession(s.id, state.nextLevel ?? s.level, s.assets);
    if (!result.ok) {
      controls.showErrors(`Level "${s.id}" could not be reset`, result.errors);
      return;
    }
    this.install(result.session);
    state.mode = state.speed === 'fast' ? 'paused' : 'playing';
    if (state.speed === 'fast') fastForward.start();
    this.deps.refreshButtons();
    controls.announce('Level reset');
  }

  private async start(id: string): Promise<void> {
    const { state, fastForward, views, controls, levels, lesson } = this.deps;
    const token = ++this.loadToken;
    await fastForward.leave();
    views.clear();
    state.session = null;
    state.ring = null;
    state.goalWatch = null;
    this.deps.refreshButtons();
    controls.showErrors('', []);
    controls.setStatus({ ...noStatus, state: 'loading' });
    const entry = levels.find((l) => l.id === id) as LevelEntry;
    let result;
    try {
      result = await openLevelSession(id, await entry.load(), fetchLevelAsset);
    } catch (error) {
      result = { ok: false as const, errors: [{ path: '', message: String(error) }] };
    }
    if (token !== this.loadToken) return;
    if (!result.ok) {
      controls.showErrors(`Level "${id}" could not be loaded`, result.errors);
      controls.setStatus({ ...noStatus, state: 'error' });
      return;
    }
    this.install(result.session);
    // Nothing runs behind a campaign level's intro card or first question.
    if (lesson.holdsAtStart(result.session)) state.mode = 'paused';
    else if (state.speed === 'fast') fastForward.start();
    else if (state.mode === 'fastForward') state.mode = 'playing';
    fastForward.prewarm();
    this.deps.refreshButtons();
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
    views.install(s, controls.canvasView);
    clock.dropBacklog();
    slowRefresh.begin(s);
    state.sinceSlowRefreshMs = Infinity;
  }
}
