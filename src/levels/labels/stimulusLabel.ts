/**
 * The name a player reads for a stimulus a level names by id (a conditioned stimulus "tone", "light"):
 * the id as words ("csPlus" → "cs plus"), translated when the string files know the id.
 */
import { labelWord } from './labelWords';

/** "csPlus" → "cs plus", "blue_light" → "blue light". */
export function stimulusWords(id: string): string {
  return id.replace(/[_-]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().trim();
}

/** Stimulus ids the built-in levels and templates use, each with a key "scene.stimulus.<id>". */
export const KNOWN_STIMULUS_IDS: readonly string[] = ['tone', 'light', 'puff'];

export function stimulusLabel(id: string): string {
  const words = stimulusWords(id);
  return KNOWN_STIMULUS_IDS.includes(id) ? labelWord(`scene.stimulus.${id}`, words) : words;
}
