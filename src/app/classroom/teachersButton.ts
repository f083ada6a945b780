/**
 * The way to the teacher's link builder from the game: a "For teachers" button (the welcome and the
 * campaign menu each make one when they build their buttons, Classroom.teachersButton) opens it as its
 * own page address, `?teacher` (pageRoute.ts), so Back returns to the game. Most visits are students',
 * so the builder's code is a chunk of its own, fetched only there (teacherPage.ts).
 */
import { t } from '../../i18n/messages';
import { pageAddress } from '../pageAddress';

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
