/**
 * Checks of a songbird circuit config: the names it brings must not clash with the level's own, it
 * needs a timeline (one trial per rendition) whose trials fit a built-in tutor's song and its
 * reinforcement, and its white-noise setting must name phases of that timeline.
 */
import { checkRef, type CircuitCheckContext, type PathSegment } from '../plugin/contexts';
import type { SongbirdCircuitConfig } from './configSchema';
import { MODULATOR, SONGBIRD_POPULATIONS, SONGBIRD_PROJECTIONS } from './songbirdNetwork';
import { POOL_COUNT } from './songbirdParams';
import { renditionTrialMs } from './renditionTrialMs';
import { TUTOR_SONGS } from './audio/tutorSongs';

export function checkSongbirdCircuit(ctx: CircuitCheckContext, config: SongbirdCircuitConfig, path: readonly PathSegment[]): void {
  const { level } = ctx;
  for (const name of SONGBIRD_POPULATIONS) {
    if (level.populations.some((p) => p.id === name)) ctx.report(path, `the songbird circuit brings its own population "${name}"; rename the level's`);
  }
  for (const name of SONGBIRD_PROJECTIONS) {
    if (level.projections.some((p) => p.id === name)) ctx.report(path, `the songbird circuit brings its own projection "${name}"; rename the level's`);
  }
  if (level.modulators.some((m) => m.id === MODULATOR.dopamine)) ctx.report(path, `the songbird circuit brings its own modulator "${MODULATOR.dopamine}"; rename the level's`);
  if (level.circuits.filter((c) => c.kind === 'songbird').length > 1) ctx.report(path, 'a level holds at most one songbird circuit');
  const raCount = POOL_COUNT * config.raPerPool;
  if (config.lmanCount !== undefined && config.lmanCount > raCount) {
    ctx.report([...path, 'lmanCount'], `LMAN may have at most as many neurons as RA (4 pools × raPerPool = ${raCount}), got ${config.lmanCount}`);
  }
  if (level.timeline === undefined) {
    ctx.report(path, 'the songbird circuit needs a timeline: each trial is one rendition of the song');
    return;
  }
  const tutor = config.tutor;
  if ('builtIn' in tutor) {
    const needMs = renditionTrialMs(tutor.builtIn, config.reinforcementDelayMs);
    level.timeline.sessions.forEach((session, s) => session.phases.forEach((phase, p) => {
      if (phase.trialMs < needMs) {
        ctx.report(['timeline', 'sessions', s, 'phases', p, 'trialMs'], `a rendition of "${tutor.builtIn}" and its reinforcement need trials of at least ${needMs} ms, got ${phase.trialMs}`);
      }
    }));
  }
  const wn = config.whiteNoise;
  if (wn) {
    checkRef(ctx, [...path, 'whiteNoise', 'baselinePhase'], wn.baselinePhase, ctx.phases, 'phase');
    wn.noisePhases?.forEach((phase, i) => checkRef(ctx, [...path, 'whiteNoise', 'noisePhases', i], phase, ctx.phases, 'phase'));
    if ('builtIn' in tutor) {
      const syllables = TUTOR_SONGS[tutor.builtIn].syllables.length;
      if (wn.syllable >= syllables) ctx.report([...path, 'whiteNoise', 'syllable'], `"${tutor.builtIn}" has ${syllables} syllables (0-${syllables - 1}), got ${wn.syllable}`);
    }
  }
}
