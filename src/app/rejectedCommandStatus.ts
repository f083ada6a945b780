/**
 * What the player reads beside the sliders when the world turns a command down: a setting that only
 * applies on Reset says so and names it by its label; anything else says why it was not possible, in
 * the player's language (rejectionWords.ts).
 */
import type { Level } from '../levels/schema/level';
import type { SimEvent } from '../sim/events/simEvents';
import { t } from '../i18n/messages';
import { rejectionWords, settingLabel } from './rejectionWords';

/** The status line for a sim event, or null when the event needs none. `level`: the level running (for its labels). */
export function rejectedCommandStatus(event: SimEvent, level: Level | null = null): string | null {
  if (event.type !== 'commandRejected') return null;
  const command = event.command as { type: string; path?: unknown };
  if (command.type === 'setParameter' && event.code === 'notLive') {
    return t('game.rejected.setting', { setting: settingLabel(level, typeof command.path === 'string' ? command.path : '') });
  }
  return t('game.rejected.command', { reason: rejectionWords(event, level) });
}
