import type { SimWorld } from '../world/world';
import { applyStdp } from './applyStdp';
import { applyDaStdp } from './applyDaStdp';
import { applyCalcium } from './applyCalcium';
import { applyHomeostaticScaling } from './applyHomeostaticScaling';
import { applyInhibitoryStdp } from './applyInhibitoryStdp';
import { applyTeacherDelta } from './applyTeacherDelta';
import { applyNormalizedHebbian } from './applyNormalizedHebbian';
import { applyTagTrigger } from './applyTagTrigger';
import { applyStructuralPlasticity } from './structuralPlasticity';

/**
 * The plasticity rule systems, in order: the fast spike-timing and calcium rules (inhibitory STDP,
 * the teacher-guided delta rule, the normalised Hebbian rule and tag-trigger-consolidation among them), then the slow
 * homeostatic scaling that acts on their result, then structural turnover, which judges weights
 * after every rule of the tick has moved them.
 */
export const ruleSystems: ReadonlyArray<(world: SimWorld) => void> = [
  applyStdp,
  applyDaStdp,
  applyCalcium,
  applyInhibitoryStdp,
  applyTeacherDelta,
  applyNormalizedHebbian,
  applyTagTrigger,
  applyHomeostaticScaling,
  applyStructuralPlasticity,
];
