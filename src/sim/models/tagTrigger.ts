/**
 * Tag, trigger and consolidation: the three steps of the model of early and late LTP of Clopath,
 * Ziegler, Vasilaki, Büsing & Gerstner (2008, PLoS Comput Biol 4:e1000248), after the synaptic
 * tagging and capture experiments of Frey & Morris (1997). Pure functions; the system that runs
 * them online is plasticity/applyTagTrigger.ts.
 *
 * Early phase (the tag). Each synapse is made of many elements; a fraction h is in the potentiated
 * ("up") state, a fraction l in the depressed ("down") state, the rest at baseline. Induction moves
 * baseline elements up at each postsynaptic spike (in proportion to the presynaptic trace) and down
 * at each presynaptic spike (in proportion to the postsynaptic trace): the pair-based stand-in for
 * the paper's voltage-based induction. Up and down elements fall back to baseline with τ_early, so
 * early LTP fades. A synapse carries an LTP tag while h > θ_tag (an LTD tag while l > θ_tag).
 *
 * Trigger (the CREB-dependent, protein-synthesis step). The cell makes plasticity-related proteins
 * while the early change summed over all its plastic synapses, Σ(h + l), exceeds θ_p: only a strong
 * tetanus changes enough synapses enough. τ_p dp/dt = −p + s·Θ[Σ(h + l) − θ_p], where s ∈ [0, 1] is
 * the synthesis capacity (0 under a protein-synthesis blocker such as anisomycin).
 *
 * Consolidation (capture). The late phase z of a tagged synapse grows with the proteins it captures:
 * τ_z dz/dt = p·(1 − z)·Θ[h − θ_tag] − p·(z + ½)·Θ[l − θ_tag]. z has no decay: without proteins it
 * stays where it is, so late LTP lasts. Proteins are shared by the whole cell, so a weakly tetanised
 * pathway whose tag is still set while another pathway's strong tetanus has the cell making proteins
 * captures them too.
 *
 * Weight: w = w₀ + w_early·(h − l) + w_late·z (w₀ the synapse's initial weight), never below 0.
 */

/** Moves baseline elements up by a fraction `rate` (≤ 1) of what is left at baseline; returns the new h. */
export function elementsUp(h: number, l: number, rate: number): number {
  const baseline = 1 - h - l;
  return baseline > 0 ? h + (rate < 1 ? rate : 1) * baseline : h;
}

/** Moves baseline elements down by a fraction `rate` (≤ 1) of what is left at baseline; returns the new l. */
export function elementsDown(h: number, l: number, rate: number): number {
  const baseline = 1 - h - l;
  return baseline > 0 ? l + (rate < 1 ? rate : 1) * baseline : l;
}

/** Whether the cell's summed early change triggers protein synthesis. */
export function triggerOn(earlyChangeSum: number, triggerThreshold: number): boolean {
  return earlyChangeSum > triggerThreshold;
}

/**
 * One exact step of τ_p dp/dt = −p + drive over dt with drive held: p relaxes toward drive.
 * `decay` = exp(−dt/τ_p).
 */
export function proteinStep(p: number, drive: number, decay: number): number {
  return drive + (p - drive) * decay;
}

/**
 * One step of the late phase over dt (ms): exact for p held over the step. With an LTP tag z relaxes
 * toward 1 at rate p/τ_z, with an LTD tag toward −½; untagged (or without proteins) it stays.
 */
export function consolidationStep(z: number, p: number, upTagged: boolean, downTagged: boolean, dtMs: number, tauZMs: number): number {
  if (p <= 0) return z;
  const rate = (p * dtMs) / tauZMs;
  if (upTagged && !downTagged) return 1 + (z - 1) * Math.exp(-rate);
  if (downTagged && !upTagged) return -0.5 + (z + 0.5) * Math.exp(-rate);
  if (upTagged && downTagged) {
    // Both tags: dz/dt = p·((1 − z) − (z + ½))/τ_z relaxes toward ¼ at twice the rate.
    return 0.25 + (z - 0.25) * Math.exp(-2 * rate);
  }
  return z;
}

/** The synapse's weight from its baseline and its early and late components. */
export function tagTriggerWeight(w0: number, earlyWeight: number, lateWeight: number, h: number, l: number, z: number): number {
  const w = w0 + earlyWeight * (h - l) + lateWeight * z;
  return w > 0 ? w : 0;
}
