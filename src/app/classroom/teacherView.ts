/**
 * The teacher's page (`?teacher`): choose levels and settings (builderForm.ts), get the link with a
 * Copy button and its QR code (qrCode.ts), print a lesson sheet (lessonSheet.ts), read the teacher
 * guide (guidePanel.ts; `?teacher&guide` opens on it). The page is the builder alone (teacherPage.ts:
 * the game does not boot behind it); its keys are its own (the game's shortcuts never see them).
 */
import { el } from '../../ui/campaign/modalDialog';
import { pageAddress } from '../pageAddress';
import { t } from '../../i18n/messages';
import { buildTeacherGuide } from '../../levels/campaign/teacherGuideText';
import { loadLevel } from '../../levels/loadLevel';
import type { Level } from '../../levels/schema/level';
import type { Chapter } from '../../ui/campaign/chapters';
import type { LevelEntry } from '../levelCatalog';
import { YOUR_LEVELS_GROUP, type YourLevels } from '../open/yourLevels';
import { BuilderForm } from './builderForm';
import { createGuidePanel } from './guidePanel';
import { renderLessonSheet } from './lessonSheet';
import { composeTeacherLink, type FormChoice } from './linkComposer';
import { drawQrCode } from './qrCode';
import { playableDrafts } from './draftLevels';
import { localizedCampaign } from '../levelLanguage';
import './teacherView.css';

export interface TeacherViewSources {
  readonly levels: readonly LevelEntry[];
  /** Every campaign chapter. */
  readonly chapters: readonly Chapter[];
  readonly yourLevels: YourLevels;
}

const campaignFiles = import.meta.glob<unknown>('../../../levels/campaign.json', { eager: true, import: 'default' });


function button(text: string, id: string, action: () => void): HTMLButtonElement {
  const b = el('button', text, 'button');
  b.type = 'button';
  b.id = id;
  b.addEventListener('click', action);
  return b;
}

async function levelData(sources: TeacherViewSources, drafts: ReadonlyMap<string, Level>, id: string): Promise<Level | null> {
  const draft = drafts.get(id);
  if (draft !== undefined) return draft;
  const entry = sources.levels.find((l) => l.id === id) ?? sources.yourLevels.get(id);
  if (entry === undefined) return null;
  const loaded = loadLevel(await entry.load());
  return loaded.ok ? loaded.level : null;
}

export interface TeacherViewStart {
  /** `?teacher&guide`: the guide is opened (and has the keyboard) once the builder is made. */
  readonly guideFirst: boolean;
  /** The form's first choices (the address's lesson, TeacherLink.builderStart). */
  readonly start: FormChoice;
  /** What the address's lesson had that was left out, in words; null when nothing was. */
  readonly warning: string | null;
}

export async function showTeacherView(sources: TeacherViewSources, { guideFirst, start, warning }: TeacherViewStart): Promise<void> {
  const drafts = await playableDrafts();
  const root = el('div', undefined, 'teacher-view');
  root.id = 'teacher-view';
  // The game's shortcuts (Space, c, ?) belong to the game; here keys type and press this page's controls.
  root.addEventListener('keydown', (e) => e.stopPropagation());
  const heading = el('h1', t('classroom.builder.heading'));
  heading.tabIndex = -1;
  const back = el('a', t('classroom.builder.back'), 'button');
  back.href = pageAddress('game');
  const intro = el('p', t('classroom.builder.intro'), 'muted');
  const yours = sources.yourLevels.menuItems();
  const chapters = [...sources.chapters];
  if (yours.length > 0) chapters.push({ title: YOUR_LEVELS_GROUP, levels: yours.map(({ id, title }) => ({ id, title })) });
  if (drafts.size > 0) chapters.push({ title: t('classroom.builder.drafts'), levels: [...drafts].map(([id, level]) => ({ id, title: level.title })) });
  const titleOf = (id: string): string => chapters.flatMap((c) => c.levels).find((l) => l.id === id)?.title ?? id;

  const linkText = el('textarea', undefined, 'teacher-link');
  linkText.id = 'teacher-link';
  linkText.readOnly = true;
  linkText.rows = 3;
  const linkLabel = el('label', t('classroom.builder.link'));
  linkLabel.htmlFor = 'teacher-link';
  const status = el('p', '', 'muted');
  status.id = 'teacher-status';
  status.setAttribute('role', 'status');
  const openLink = el('a', t('classroom.builder.open'), 'button');
  openLink.id = 'teacher-open-link';
  openLink.target = '_blank';
  openLink.rel = 'noopener';
  const qr = el('figure', undefined, 'teacher-qr');
  qr.id = 'teacher-qr';
  const sheet = el('section', undefined, 'lesson-sheet');
  sheet.id = 'lesson-sheet';
  const guide = createGuidePanel(() => guideMarkdown(sources));

  let sheetToken = 0;
  const update = (): void => {
    const token = ++sheetToken;
    const choice = form.choice();
    const title = choice.title || t('classroom.offered.chapter');
    void Promise.all(choice.levelIds.map((id) => levelData(sources, drafts, id))).then((levels) => {
      if (token !== sheetToken) return;
      const builtIn = new Set(sources.levels.map((l) => l.id));
      // A level that cannot be loaded (a damaged draft, a file gone) is left out of the link and the sheet, and said so.
      const chosen = choice.levelIds.map((id, i) => (levels[i] === null ? null : builtIn.has(id) ? { id } : { level: levels[i]! }));
      const failedIds = choice.levelIds.filter((_, i) => levels[i] === null);
      form.markUnloadable(new Set(failedIds));
      const leftOut = failedIds.length === 0 ? null : t('classroom.builder.levelsLeftOut', { count: failedIds.length, titles: failedIds.map((id) => `“${titleOf(id)}”`).join(', ') });
      // A level whose goal needs its settings changed cannot be won with the settings locked: say which.
      const needSettings = choice.locks.includes('parameters') ? levels.filter((l): l is Level => l !== null && (l.playerParameters?.length ?? 0) > 0) : [];
      const lockWarning = needSettings.length === 0 ? null : t('classroom.builder.settingsLockedWarning', { count: needSettings.length, titles: needSettings.map((l) => `“${l.title}”`).join(', ') });
      const say = (text: string): void => { status.textContent = [text, leftOut, lockWarning].filter((part) => part !== null).join(' '); };
      const composed = composeTeacherLink(new URL('./', window.location.href).toString(), { ...choice, title, levels: chosen.filter((c) => c !== null) });
      renderLessonSheet(sheet, title, levels.filter((l): l is Level => l !== null));
      if (!composed.ok) {
        linkText.value = '';
        say(composed.message);
        qr.replaceChildren();
        return;
      }
      linkText.value = composed.url;
      openLink.href = composed.url;
      const code = drawQrCode(composed.url, t('classroom.builder.qrLabel'));
      qr.replaceChildren(...(code.ok ? [code.svg, el('figcaption', t('classroom.builder.qrCaption', { version: code.version, modules: code.moduleCount }))] : [el('p', t('classroom.builder.qrTooLong', { count: composed.url.length }))]));
      qr.dataset.modules = code.ok ? String(code.moduleCount) : '0';
      // The printed sheet carries the link and its code too (the QR caption promises it).
      const linkOnSheet = el('div', undefined, 'lesson-sheet-link');
      linkOnSheet.append(el('h3', t('classroom.sheet.link')), el('p', composed.url, 'lesson-sheet-url'), ...(code.ok ? [code.svg.cloneNode(true)] : []));
      sheet.children[1]?.after(linkOnSheet);
      const offered = choice.levelIds.length - failedIds.length;
      // With every chosen level left out the link offers them all, and says so.
      say(offered === 0 ? t('classroom.builder.allLevels') : t('classroom.builder.offers', { count: offered }));
    });
  };
  const form = new BuilderForm(chapters, titleOf, update);
  const copy = button(t('classroom.builder.copy'), 'teacher-copy', () => {
    void navigator.clipboard?.writeText(linkText.value).then(
      () => { status.textContent = t('classroom.builder.copied'); },
      () => { linkText.select(); status.textContent = t('classroom.builder.copyByHand'); },
    );
  });
  const print = button(t('classroom.builder.print'), 'teacher-print', () => window.print());
  const output = el('section', undefined, 'teacher-output');
  output.append(el('h2', t('classroom.builder.outputHeading')), linkLabel, linkText, el('div', undefined, 'teacher-buttons'), status, qr);
  output.querySelector('.teacher-buttons')!.append(copy, openLink, print, guide.toggle);
  const top = el('header', undefined, 'teacher-top');
  top.append(heading, back);
  // The address's lesson's problems, said where the builder starts (the game's warning line is not shown here).
  const linkWarning = warning === null ? [] : [el('p', warning, 'notice notice-warning teacher-link-warning')];
  linkWarning[0]?.setAttribute('role', 'status');
  root.append(top, intro, ...linkWarning, form.element, output, sheet, guide.section);
  const game = document.getElementById('app');
  if (game) game.hidden = true;
  document.body.append(root);
  form.start(start);
  heading.focus();
  if (guideFirst) await guide.setOpen(true);
}

/** The teacher guide's Markdown in the page's language, or null when it cannot be made. */
async function guideMarkdown(sources: TeacherViewSources): Promise<string | null> {
  // The campaign's and the levels' texts in the page's language, as the menus show them.
  const manifest = Object.values(campaignFiles)[0];
  const campaignText = manifest === undefined ? undefined : JSON.stringify(localizedCampaign(manifest));
  const texts = new Map<string, string>();
  await Promise.all(sources.levels.map(async (l) => texts.set(l.id, JSON.stringify(await l.load()))));
  const built = campaignText === undefined ? null : buildTeacherGuide(campaignText, (id) => texts.get(id) ?? null);
  return built === null || !built.ok ? null : built.markdown;
}
