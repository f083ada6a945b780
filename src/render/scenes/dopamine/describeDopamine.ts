/**
 * The dopamine scene in words (sceneDescription.ts): the dopamine neurons' rate over the last 150 ms
 * against their tonic rate gives the sign of the reward prediction error (Schultz, Dayan & Montague
 * 1997): a burst, better than expected; a pause, worse than expected; the tonic rate, as expected.
 * Where in the trial it happens (at the cue or at the reward) is what the player learns to watch:
 * the burst moves from the reward to the cue as the value is learned.
 */
import { rewardCircuitsOf } from '../../../circuits/reward/rewardCircuit';
import { EventStatus, timelineStatus, trialTimelineOf } from '../../../sim/timeline/trialTimeline';
import { formatWithUnit, t } from '../../../i18n/messages';
import { cueLabel } from './cueLabel';
import type { SimWorld } from '../../../sim/world/world';
import { recentSpikeRateHz } from '../../../sim/monitors/recentSpikes';
import { spokenList, type SceneDescriber, type SceneDescriberFactory, type SceneDescription, type SceneErrorSignal } from '../sceneDescription';

/** Short enough to catch a phasic response (100–200 ms) at the page's four looks a second. */
const WINDOW_MS = 150;
/** A burst: at least 2.5 times the tonic rate (and 8 Hz above it); a pause: under a third of it. */
const BURST_FACTOR = 2.5;
const BURST_MIN_EXTRA_HZ = 8;
const DIP_FACTOR = 1 / 3;
/** The error the describer reports lasts this long after it was seen (one live description can catch it). */
const HOLD_MS = 1500;

export const dopamineDescriber: SceneDescriberFactory = (level, world: SimWorld) => {
  const circuit = rewardCircuitsOf(world)[0];
  if (!circuit) return null;
  const cueNames = circuit.spec.cues.map((id) => cueLabel(level, id));
  let held: { error: SceneErrorSignal; untilTick: number } | null = null;
  const describer: SceneDescriber = {
    describe(tick): SceneDescription {
      const windowTicks = Math.max(1, Math.round(WINDOW_MS / world.dtMs));
      const first = circuit.daFirstEid - 1;
      const rateHz = recentSpikeRateHz(world.monitors.spikes, tick, windowTicks, first, first + circuit.daCount, world.dtMs);
      const tonicHz = circuit.spec.tonicRateHz;
      const rate = formatWithUnit(rateHz, 'Hz', { maximumFractionDigits: 0 });
      const enabled = world.stimuli.enabled;
      const lit = cueNames.filter((_, i) => circuit.cueStimuli[i] >= 0 && enabled[circuit.cueStimuli[i]] === 1);
      const where = whereInTrial(world, circuit.cueStimuli);
      let seen: SceneErrorSignal | null = null;
      if (tick * world.dtMs >= WINDOW_MS && rateHz >= Math.max(BURST_FACTOR * tonicHz, tonicHz + BURST_MIN_EXTRA_HZ)) {
        seen = { state: `burst-${where}`, text: t(`access.dopamine.burst.${where}`, { rate }) };
      } else if (tick * world.dtMs >= WINDOW_MS && tonicHz > 0 && rateHz <= DIP_FACTOR * tonicHz) {
        seen = { state: `dip-${where}`, text: t(`access.dopamine.dip.${where}`, { rate }) };
      }
      if (seen) held = { error: seen, untilTick: tick + HOLD_MS / world.dtMs };
      else if (held && (tick > held.untilTick || tick < held.untilTick - HOLD_MS / world.dtMs)) held = null;
      const now = [
        t('access.dopamine.rate', { rate, tonic: formatWithUnit(tonicHz, 'Hz', { maximumFractionDigits: 1 }) }),
        lit.length > 0 ? t('access.dopamine.cuesOn', { cues: spokenList(lit) }) : t('access.dopamine.cuesOff'),
      ];
      return { now, error: held?.error ?? null, progress: null };
    },
  };
  return describer;
};

/**
 * Where the current trial stands: past its reward event (given or omitted), past one of the circuit's
 * cues, or neither (between trials, before the cue).
 */
function whereInTrial(world: SimWorld, cueStimuli: Int32Array): 'reward' | 'cue' | 'other' {
  const timeline = trialTimelineOf(world);
  const status = timelineStatus(world);
  if (!timeline || !status || status.stage !== 'trial') return 'other';
  const type = timeline.phases[status.phaseIndex].trialTypes.find((tt) => tt.name === status.trialType);
  let where: 'reward' | 'cue' | 'other' = 'other';
  type?.events.forEach((event, e) => {
    const s = timeline.eventStatus[e];
    if (s !== EventStatus.on && s !== EventStatus.done && s !== EventStatus.omitted) return;
    if (event.isReward) where = 'reward';
    else if (where === 'other' && cueStimuli.includes(event.target)) where = 'cue';
  });
  return where;
}
