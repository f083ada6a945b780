/**
 * The teacher's link builder, made only when wanted (`?teacher`, or `?teacher&guide` for the guide
 * first): most visits are students', so its code is a chunk of its own, fetched on first use. The
 * "For teachers" button (in the header, the welcome and the campaign menu) opens it as its own page
 * address, so Back returns to the game.
 */
import { t } from '../../i18n/messages';
import { pageAddress } from '../pageAddress';
import type { TeacherViewSources } from './teacherView';

/** Goes to the builder (its folder, the language in force kept: pageAddress.ts). */
export function openTeacherView(): void {
  window.location.assign(pageAddress('teacher'));
}

/** A "For teachers" button (its own id), opening the builder. */
export function forTeachersButton(id: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.id = id;
  button.textContent = t('classroom.forTeachers');
  button.addEventListener('click', openTeacherView);
  return button;
}

export class TeacherView {
  /** The address asks for the builder: the page shows it instead of the welcome. */
  readonly wanted: boolean;

  constructor(search: string, sources: TeacherViewSources, warn: (text: string) => void) {
    const params = new URLSearchParams(search);
    this.wanted = params.has('teacher');
    if (!this.wanted) return;
    import('./teacherView')
      .then(({ showTeacherView }) => showTeacherView(sources, params.has('guide')))
      .catch((error: unknown) => warn(t('classroom.builder.notLoaded', { reason: error instanceof Error ? error.message : String(error) })));
  }
}

/**
 * Adds "For teachers" to the welcome's buttons (rebuilt each time it shows) and to the campaign
 * menu's bottom row, beside the editor's button. A student's link that locks anything leaves it out.
 */
export function installForTeachersButtons(enabled: boolean): void {
  if (!enabled) return;
  const place = (): void => {
    const welcomeRow = document.querySelector('#welcome-dialog .welcome-buttons');
    if (welcomeRow !== null && welcomeRow.querySelector('#welcome-teachers') === null) welcomeRow.append(forTeachersButton('welcome-teachers'));
    const close = document.getElementById('campaign-close');
    if (close !== null && document.getElementById('campaign-teachers') === null) close.before(forTeachersButton('campaign-teachers'));
  };
  place();
  new MutationObserver(place).observe(document.body, { childList: true, subtree: true });
}
