/**
 * One Okabe-Ito colour per learning rule (Okabe & Ito 2008: distinguishable with the common colour-
 * vision deficiencies; their dark blue is left out, too dark on the plots' background), in the
 * arena's rule order, and the rules' names as string keys (scene.arena.rule.<id>).
 */
import { RULES } from '../../../circuits/creditArena/arena';

export const RULE_COLOURS: readonly number[] = [
  0x56b4e9, // backprop: sky blue
  0xf0e442, // feedback alignment: yellow (far from node perturbation's vermillion)
  0x009e73, // predictive coding: bluish green
  0xd55e00, // node perturbation: vermillion
  0xcc79a7, // three-factor rule: reddish purple
];

/** The string key of rule r's name. */
export function ruleNameKey(r: number): string {
  return `scene.arena.rule.${RULES[r]}`;
}
