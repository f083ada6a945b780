/**
 * A place in a level in words, the same everywhere a designer meets it (the editor's problems list,
 * the open-file dialog): "Populations › item 3 › Delay (ms)", not `populations[2].delayMs`. A field
 * reads as its form's label does (fieldTexts.ts), in the page's language.
 */
import { t } from '../i18n/messages';
import { fieldLabel } from './fieldLabels';
import { childPlace, fieldText } from './fieldTexts';
import { ROOT_PLACE } from './schemaWalk';

/** "Populations › item 3 › Delay (ms)"; the empty path is "the level". */
export function pathWords(path: readonly (string | number)[]): string {
  if (path.length === 0) return t('editor.path.level');
  let place = ROOT_PLACE;
  return path.map((segment) => {
    if (typeof segment === 'number') {
      place = `${place}[]`;
      return t('editor.path.item', { number: segment + 1 });
    }
    place = childPlace(place, segment);
    const { label, unit } = fieldLabel(segment);
    const words = fieldText(place, 'title', label);
    return unit === undefined ? words : t('editor.path.withUnit', { label: words, unit });
  }).join(' › ');
}
