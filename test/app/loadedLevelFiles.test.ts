import { describe, expect, it } from 'vitest';
import { loadedLevelFiles } from '../../src/app/loadedLevelFiles';
import { openLevelSession } from '../../src/app/levelSession';
import { fixture } from '../levels/helpers';

const wav = (n: number) => Uint8Array.from([n, n, n]);

describe('a level loaded with its files takes its assets from them', () => {
  it('finds files by their path relative to the level, normalizing ./ and backslashes', async () => {
    const source = loadedLevelFiles(new Map([['./tutor.wav', wav(1)], ['songs\\bird.wav', wav(2)]]));
    await expect(source('tutor.wav')).resolves.toEqual(wav(1));
    await expect(source('songs/bird.wav')).resolves.toEqual(wav(2));
    await expect(source('other.wav')).rejects.toThrow('"other.wav" was not loaded with the level (load it together with the level file)');
    await expect(source('../assets/tutors/whistle-sweep.wav')).rejects.toThrow(/may use only files from its own folder/);
  });

  it('openLevelSession reports a file that did not come with the level at the field that names it', async () => {
    const level = { ...fixture('minimal.json'), populations: [], projections: [], stimuli: [], playerParameters: [], objectives: [], monitors: [],
      neuronTypes: [], circuits: [{ kind: 'songbird', tutor: { wav: 'bird.wav' } }],
      timeline: { sessions: [{ id: 's', phases: [{ id: 'p', trials: 1, trialMs: 660, intertrialMs: 10, order: 'sequential', trialTypes: [{ id: 't', events: [] }] }] }] } };
    const missing = await openLevelSession('dropped', level, loadedLevelFiles(new Map()));
    expect(missing).toEqual({ ok: false, errors: [{ path: 'circuits[0].tutor.wav', message: 'cannot load "bird.wav": "bird.wav" was not loaded with the level (load it together with the level file)' }] });
    const broken = await openLevelSession('dropped', level, loadedLevelFiles(new Map([['bird.wav', wav(0)]])));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatchObject({ path: 'circuits[0].tutor.wav', message: expect.stringMatching(/^"bird\.wav": not a usable WAV file/) });
  });
});
