// The loader refuses a belief-learner metric on a circuit that plays another task (it would read
// that task's empty scores, 0, and a goal on it would be met or missed by nothing the learners do),
// with a coded reason worded in English and Spanish that names the circuit field of the metric's
// args; a metric of every task (learnerPlayed) and a metric of the circuit's own task still load.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevel, type LevelError } from '../../../src/levels';
import { codedReason } from '../../../src/editor/levelErrorWords';
import { setLocale } from '../../../src/i18n/messages';

function levelFile(id: string): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function errorsOf(data: unknown): LevelError[] {
  const loaded = loadLevel(data);
  return loaded.ok ? [] : loaded.errors;
}

/** The sandbox (three circuits: beads, cues, checks) with one objective of `metric` on `circuit`. */
function sandboxWith(metric: string, circuit: string): Record<string, unknown> {
  const data = levelFile('error-processing-sandbox');
  data.objectives = [{ id: 'probe', label: 'Probe', description: 'A probe.', metric, args: { circuit, learner: 'b' }, comparison: '>=', threshold: 0.5, over: { lastTrials: 1 } }];
  return data;
}

afterEach(() => setLocale('en'));

describe('belief metrics read only a circuit that plays their task', () => {
  it('each task\'s metric on the sandbox circuit that plays it loads, and so does the count of games on any circuit', () => {
    expect(errorsOf(sandboxWith('beadsWrongShare', 'beads'))).toEqual([]);
    expect(errorsOf(sandboxWith('cueToneWeight', 'cues'))).toEqual([]);
    expect(errorsOf(sandboxWith('checkLimitShare', 'checks'))).toEqual([]);
    expect(errorsOf(sandboxWith('learnerPlayed', 'checks'))).toEqual([]);
  });

  it('a cue-task metric on the checking circuit is refused at args.circuit, naming both tasks', () => {
    const errors = errorsOf(sandboxWith('cueToneWeight', 'checks'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      path: 'objectives[0].args.circuit', code: 'metricNeedsCircuitSetting',
      params: { circuit: 'checks', field: 'task', value: 'salience', got: 'checking' },
    });
    expect(errors[0].message).toContain('circuit "checks" has task "checking", but cueToneWeight reads only a circuit with task "salience"');
    setLocale('es');
    expect(codedReason(errors[0])).toBe('el circuito «checks» tiene task «checking», pero esta medida solo lee un circuito con task «salience»: elige una medida de su task o un circuito que lo tenga');
  });

  it('a built-in level\'s own goal switched to another task\'s metric is refused (the checking metric on the beads task)', () => {
    const data = levelFile('beads-task');
    expect(errorsOf(data)).toEqual([]);
    data.objectives[0].metric = 'checksPerEpisode';
    const error = errorsOf(data).find((e) => e.code === 'metricNeedsCircuitSetting');
    expect(error?.path).toBe('objectives[0].args.circuit');
    expect(error?.params).toMatchObject({ circuit: 'beads', value: 'checking', got: 'beads' });
  });
});
