import type { SimWorld, Projection } from '../world/world';
import type { PlasticitySpec } from './plasticitySpec';

export type RuleInstaller = (world: SimWorld, projection: Projection) => void;

/** One installer per rule that keeps state; rules without state need none. */
export const ruleInstallers: Partial<Record<PlasticitySpec['rule'], RuleInstaller>> = {};
