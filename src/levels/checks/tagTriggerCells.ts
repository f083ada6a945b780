/**
 * Loader checks for the tag-trigger-consolidation rule (plasticity/applyTagTrigger.ts):
 * - it moves weights up from w₀ and clamps them at 0, so it learns excitatory synapses only (an
 *   inhibitory weight, stored negative for current-mode cells, would be wiped out at the first tick);
 * - the trigger (θ_p, τ_p, synthesis) belongs to the postsynaptic cells, shared by every tagTrigger
 *   projection onto them, so those projections must agree on it (the first one's would win silently).
 */
import type { CheckContext } from './context';

const CELL_SETTINGS = ['triggerThreshold', 'proteinTauMs', 'proteinSynthesis'] as const;

export function checkTagTriggerCells(ctx: CheckContext): void {
  const { level } = ctx;
  const firstOnto = new Map<string, number>();
  level.projections.forEach((projection, index) => {
    const rule = projection.plasticity;
    if (rule.rule !== 'tagTrigger') return;
    const path = ['projections', index];
    if (projection.receptor !== 'excitatory') {
      ctx.report([...path, 'receptor'], 'the tagTrigger rule learns excitatory synapses only: use receptor "excitatory" or another rule',
        { code: 'ruleNeedsExcitatory', params: { rule: 'tagTrigger' } });
    }
    const first = firstOnto.get(projection.to);
    if (first === undefined) { firstOnto.set(projection.to, index); return; }
    const other = level.projections[first];
    const otherRule = other.plasticity;
    if (otherRule.rule !== 'tagTrigger') return;
    for (const field of CELL_SETTINGS) {
      if (rule[field] === otherRule[field]) continue;
      ctx.report([...path, 'plasticity', field], `must equal projection "${other.id}"'s ${field} (${otherRule[field]}): the cells of "${projection.to}" have one protein trigger, got ${rule[field]}`,
        { code: 'cellSettingDiffers', params: { field, projection: other.id, population: projection.to, value: String(otherRule[field]), got: String(rule[field]) } });
    }
  });
}
