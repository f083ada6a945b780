import type { SimWorld, Projection } from '../world/world';
import type { PlasticitySpec } from './plasticitySpec';
import { installStdp } from './applyStdp';
import { installDaStdp } from './applyDaStdp';
import { installCalcium } from './applyCalcium';
import { installHomeostaticScaling } from './applyHomeostaticScaling';
import { installInhibitoryStdp } from './applyInhibitoryStdp';
import { installTeacherDelta } from './applyTeacherDelta';
import { installNormalizedHebbian } from './applyNormalizedHebbian';
import { installTagTrigger } from './applyTagTrigger';

export type RuleInstaller = (world: SimWorld, projection: Projection) => void;

/** One installer per rule that keeps state; rules without state need none. */
export const ruleInstallers: Partial<Record<PlasticitySpec['rule'], RuleInstaller>> = {
  stdp: installStdp,
  daStdp: installDaStdp,
  calcium: installCalcium,
  homeostaticScaling: installHomeostaticScaling,
  inhibitoryStdp: installInhibitoryStdp,
  teacherDelta: installTeacherDelta,
  normalizedHebbian: installNormalizedHebbian,
  tagTrigger: installTagTrigger,
};
