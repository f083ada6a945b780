/**
 * A place in a level in words, the same everywhere a designer meets it (the editor's problems list,
 * the open-file dialog): "Populations › item 3 › Delay (ms)", not `populations[2].delayMs`.
 */
import { fieldLabel } from './fieldLabels';

/** "Populations › item 3 › Delay (ms)"; the empty path is "the level". */
export function pathWords(path: readonly (string | number)[]): string {
  return path.length === 0 ? 'the level' : path.map((segment) => {
    if (typeof segment === 'number') return `item ${segment + 1}`;
    const { label, unit } = fieldLabel(segment);
    return unit === undefined ? label : `${label} (${unit})`;
  }).join(' › ');
}
