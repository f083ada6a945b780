/**
 * Every sound the game can make, and the caption shown for it (for players who cannot hear it).
 * Captions are short and name the sound's meaning, not its acoustics.
 */

/** Short synthesised sounds (earcons.ts). */
export type EarconName = 'tone' | 'buzz' | 'clickTrain' | 'puff' | 'chime' | 'dopamineBurst' | 'dopamineDip' | 'spikeClick';

/** Which recorded song (a circuit's playback): the tutor's, the last (or a given) rendition, the best one. */
export type SongKind = 'tutor' | 'last' | 'best';

export type SoundName = EarconName | `song:${SongKind}`;

const EARCON_CAPTIONS: Record<EarconName, string> = {
  tone: '♪ tone',
  buzz: '♪ buzzer',
  clickTrain: '♪ clicks',
  puff: 'puff of air',
  chime: 'reward chime',
  dopamineBurst: 'dopamine burst',
  dopamineDip: 'dopamine dip',
  spikeClick: 'spike click',
};

export function earconCaption(name: EarconName): string {
  return EARCON_CAPTIONS[name];
}

/** "tutor song", "bird's song (rendition 312)", "bird's best song (rendition 88)"; renditions are shown 1-based. */
export function songCaption(kind: SongKind, rendition: number | null): string {
  if (kind === 'tutor') return 'tutor song';
  const which = kind === 'best' ? "bird's best song" : "bird's song";
  return rendition !== null && rendition >= 0 ? `${which} (rendition ${rendition + 1})` : which;
}
