/**
 * Phase: stimuli (after the engine's applyStimuli). The deep nucleus's answer to release from
 * Purkinje inhibition: nucleus cells held under steady inhibition fire a rebound burst when it
 * lifts (Llinás & Mühlethaler 1988; Aizenman & Linden 1999), so a Purkinje pause excites the
 * nucleus by more than the inhibition it removes. Modelled as a current onto every nucleus cell,
 * k·max(0, P̄ − P − θ), where P is the Purkinje rate trace (τ = purkinjeTraceTauMs,
 * applyCerebellarPlasticity), P̄ a slow average of it (τ = reboundSlowTauMs) and θ a dead zone wider than
 * the trace's noise at rest (ten cells: ±9 Hz): a pause below the recent level drives it, steady firing
 * at any level and its noise do not. Without Purkinje cells (a cortex lesion) both traces fall to 0 and the
 * rebound goes with them: what is left is the nucleus's tonic drive and its mossy-fibre input.
 * Reads: cerebellum.activity[2] (Purkinje rate trace, last tick). Writes: cerebellum.nucleusRebound
 * ([0] slow Purkinje average, Hz per cell), neurons.iExt of the nucleus cells.
 */
import type { SimWorld } from '../../sim';
import { CEREBELLUM_STATE } from './cerebellumState';

export function driveNucleusRebound(world: SimWorld): void {
  const state = world.state.require(CEREBELLUM_STATE);
  const { nucleusRebound, activity, nucleus, params } = state;
  const fast = activity[2];
  const slow = fast + (nucleusRebound[0] - fast) * state.reboundSlowDecay;
  nucleusRebound[0] = slow;
  const deficit = slow - fast - params.reboundDeadZoneHz;
  const current = deficit > 0 ? params.reboundPerHz * deficit : 0;
  if (current === 0) return;
  const iExt = world.neurons.iExt;
  for (let n = nucleus.first; n < nucleus.end; n++) iExt[n] += current;
}
