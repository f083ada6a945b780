import { describe, expect, it } from 'vitest';
import { openLevelSession } from '../../src/app/levelSession';
import { loadedLevelFiles } from '../../src/levels/loadedLevelFiles';
import { fixture } from '../levels/helpers';

const wav = (n: number) => Uint8Array.from([n, n, n]);

describe('openLevelSession with a level loaded with its files', () => {
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
