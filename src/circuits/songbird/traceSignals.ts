/** What the songbird offers to level trace monitors: the syrinx commands, one sample per song frame as sung (songFrameProbe.ts). */
export const SONGBIRD_TRACE_SIGNALS = {
  pitch: { label: 'song pitch per frame', unit: 'Hz', songFrame: 'pitchCommandHz' },
  loudness: { label: 'song loudness per frame', unit: '0 silent – 1 loudest', songFrame: 'amplitudeCommand' },
} as const;
