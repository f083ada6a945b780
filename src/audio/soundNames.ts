/**
 * Every sound the game can make, and the caption shown for it (for players who cannot hear it).
 * Captions are short and name the sound's meaning, not its acoustics.
 */
import { t } from '../i18n/messages';

/** Short synthesised sounds (earcons.ts). */
export type EarconName = 'tone' | 'buzz' | 'clickTrain' | 'puff' | 'chime' | 'dopamineBurst' | 'dopamineDip' | 'spikeClick';

/** Which recorded song (a circuit's playback): the tutor's, the last (or a given) rendition, the best one. */
export type SongKind = 'tutor' | 'last' | 'best';

export type SoundName = EarconName | `song:${SongKind}`;

/** Each earcon's caption, by key (read when shown, so it is in the page's language). */
const EARCON_CAPTION_KEYS: Record<EarconName, string> = {
  tone: 'scene.sound.tone',
  buzz: 'scene.sound.buzz',
  clickTrain: 'scene.sound.clickTrain',
  puff: 'scene.sound.puff',
  chime: 'scene.sound.chime',
  dopamineBurst: 'scene.sound.dopamineBurst',
  dopamineDip: 'scene.sound.dopamineDip',
  spikeClick: 'scene.sound.spikeClick',
};

export function earconCaption(name: EarconName): string {
  return t(EARCON_CAPTION_KEYS[name]);
}

/** "tutor song", "bird's song (rendition 312)", "bird's best song (rendition 88)"; renditions are shown 1-based. */
export function songCaption(kind: SongKind, rendition: number | null): string {
  if (kind === 'tutor') return t('scene.sound.song.tutor');
  const numbered = rendition !== null && rendition >= 0 ? { rendition: String(rendition + 1) } : null;
  if (kind === 'best') return numbered ? t('scene.sound.song.bestOf', numbered) : t('scene.sound.song.best');
  return numbered ? t('scene.sound.song.lastOf', numbered) : t('scene.sound.song.last');
}
