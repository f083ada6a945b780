/**
 * The browser side of the circuit plug-ins: one scene entry per circuit kind (src/circuits/registry.ts
 * lists the kinds). A kind without an entry is a type error here, and test/circuits/registry.test.ts
 * checks that every entry can draw. The page falls back to the generic circuit view for levels
 * without a circuit.
 */
import type { CircuitKind } from '../../levels/schema/circuits';
import type { SceneEntry } from './sceneEntry';
import { dopamineSceneFactory } from './dopamine/dopamineScene';
import { dopamineDescriber } from './dopamine/describeDopamine';
import { eyeblinkDescriber } from './eyeblink/describeEyeblink';
import { eyeblinkSceneFactory } from './eyeblink/eyeblinkScene';
import { songbirdSceneEntry } from './songbird/songbirdSceneEntry';
import { mapSceneFactory } from './maps/mapScene';
import { mapDescriber } from './maps/describeMap';
import { arenaSceneFactory } from './arena/arenaScene';
import { arenaDescriber } from './arena/describeArena';
import { devPruningSceneFactory } from './pruning/devPruningScene';
import { devPruningDescriber } from './pruning/describeDevPruning';
import { beliefSceneFactory } from './belief/beliefScene';
import { beliefDescriber } from './belief/describeBelief';
import { reversalSceneFactory } from './reversal/reversalScene';
import { reversalDescriber } from './reversal/describeReversal';

export const SCENES: { readonly [K in CircuitKind]: SceneEntry } = {
  reward: { name: 'dopamine', create: dopamineSceneFactory, describer: dopamineDescriber },
  cerebellum: { name: 'eyeblink', create: eyeblinkSceneFactory, describer: eyeblinkDescriber },
  songbird: songbirdSceneEntry,
  corticalMap: { name: 'maps', create: mapSceneFactory, describer: mapDescriber },
  creditArena: { name: 'arena', create: arenaSceneFactory, describer: arenaDescriber },
  devPruning: { name: 'pruning', create: devPruningSceneFactory, describer: devPruningDescriber },
  beliefLearner: { name: 'belief', create: beliefSceneFactory, describer: beliefDescriber },
  reversal: { name: 'reversal', create: reversalSceneFactory, describer: reversalDescriber },
};

/** The scene entry of a kind. */
export function sceneEntryOf(kind: CircuitKind): SceneEntry {
  return SCENES[kind];
}
