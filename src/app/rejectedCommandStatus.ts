/**
 * What the player reads beside the sliders when the world turns a command down: a setting that only
 * applies on Reset says so and names the key; anything else says why it was not possible.
 */
import type { SimEvent } from '../sim/events/simEvents';
import { t } from '../i18n/messages';

/** The status line for a sim event, or null when the event needs none. */
export function rejectedCommandStatus(event: SimEvent): string | null {
  if (event.type !== 'commandRejected') return null;
  if (event.command.type === 'setParameter') {
    return t('game.rejected.setting', { reason: event.reason });
  }
  return t('game.rejected.command', { reason: event.reason });
}
