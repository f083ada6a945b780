/**
 * Feeds the screen summary and the live descriptions (src/ui/access/screenSummary.ts) from the running
 * level on the page's slow refresh (four times a second): the level, where the run stands, each
 * population's rate over the last second, the scene's own words (its registry entry's describer,
 * src/render/scenes/sceneDescription.ts: error signal, learning progress) and the objectives.
 */
import { populationLabel } from '../levels/labels/populationLabels';
import type { ObjectiveOutcome } from '../levels/objectives/evaluateObjectives';
import type { SceneDescriber } from '../render/scenes/sceneDescription';
import { PopulationRates } from '../ui/access/populationRates';
import type { ScreenSummary } from '../ui/access/screenSummary';
import { ratesSentence, screenSummarySentences, type RunState } from '../ui/access/screenSummaryText';
import { objectiveItemTexts } from '../ui/objectivesPanel';
import type { LevelSession } from './levelSession';
import type { LevelViews } from './levelViews';
import type { PageState } from './pageState';

const RATE_WINDOW_MS = 1000;

export class ScreenDescription {
  private session: LevelSession | null = null;
  private describer: SceneDescriber | null = null;
  private rates: PopulationRates | null = null;

  constructor(private readonly summary: ScreenSummary, private readonly views: LevelViews, private readonly state: PageState) {}

  refresh(s: LevelSession, outcomes: readonly ObjectiveOutcome[]): void {
    if (s !== this.session) this.begin(s);
    const tick = s.world.clock[0];
    const scene = this.describer?.describe(tick) ?? null;
    const rates = this.rates!.measure(tick, RATE_WINDOW_MS).map((r) => ({ label: populationLabel(s.level, r.id), rateHz: r.rateHz }));
    const texts = objectiveItemTexts(s.level, outcomes);
    const { state } = this;
    const runState: RunState = state.finished ? 'finished' : state.mode === 'paused' ? 'paused' : 'running';
    const sceneSentences = scene ? [...scene.now, ...(scene.error ? [scene.error.text] : []), ...(scene.progress ? [scene.progress] : [])] : [];
    this.summary.show(screenSummarySentences({
      levelTitle: s.level.title,
      runState,
      trialsDone: s.run.timelineTicks > 0 ? s.recorder.trials.length : null,
      timeMs: tick * s.world.dtMs,
      rates,
      scene: sceneSentences,
      objectives: texts.map((item, i) => ({ description: item.description, value: item.value, met: outcomes[i].met })),
    }));
    this.summary.describe({ running: runState === 'running', error: scene?.error ?? null, progress: scene?.progress ?? null, rates: ratesSentence(rates) });
  }

  private begin(s: LevelSession): void {
    this.session = s;
    this.rates = new PopulationRates(s.world);
    const entry = this.views.sceneEntry;
    try {
      this.describer = entry?.describer?.(s.level, s.world) ?? null;
    } catch (error) {
      // Like a scene that cannot draw (sceneFor.ts): the generic parts are still described.
      console.warn('the scene could not be described:', error);
      this.describer = null;
    }
    this.summary.reset();
  }
}
