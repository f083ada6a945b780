// Browser entry point. The page keeps ONE main-thread world per level (spawned from the level, its
// seed and assets) that every view reads. Normal and slow speeds step it on the Pixi ticker with a
// fixed-step accumulator (frameLoop.ts, timeControl.ts); fast-forward runs the same level in a Web
// Worker and restores the worker's snapshots into this world (fastForwardControl.ts). A ring of
// snapshots lets the player step back. startPage.ts opens the page the address asks for (pageRoute.ts:
// game, builder, class view);
// bootPage.ts wires the game's parts; levelOpener.ts opens and resets
// levels; the lesson around a level (cards, predictions, stars) is lessonFlow.ts; the scene and
// panels are levelViews.ts. The sim never sees a clock or the DOM.
// First: zod must be told not to use eval before any schema is built (zodWithoutEval.ts).
import './zodWithoutEval';
import { startPage } from './startPage';
import { t } from '../i18n/messages';

startPage().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById('status-state');
  if (status) status.textContent = t('game.status.failedToStart', { reason: error instanceof Error ? error.message : String(error) });
});
