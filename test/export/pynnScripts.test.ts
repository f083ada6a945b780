/**
 * npm run export -- <level> --pynn: every built-in level exports without throwing and gives a script
 * Python compiles; what PyNN cannot express is listed at the top with its level path; units are
 * PyNN's (checked on Song, Miller & Abbott's conductance LIF cell and STDP, and on Izhikevich 2003).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPynnNetwork } from '../../src/export/pynn';
import { loadLevel } from '../../src/levels';
import { builtInAssets, builtInLevel, exportToTempFile, PYTHON } from './pynnHarness';

const levelIds = readdirSync('levels').filter((f) => f.endsWith('.json') && !f.includes('schema') && f !== 'campaign.json').map((f) => f.replace(/\.json$/, ''));
const hasPython = existsSync(PYTHON);

describe('PyNN export of every built-in level', () => {
  it.each(levelIds)('%s exports, lists its unsupported parts, and compiles', (id) => {
    const level = builtInLevel(id);
    const file = exportToTempFile(level);
    const built = buildPynnNetwork(level, { assets: builtInAssets(level) });
    if (!built.ok) throw new Error(built.errors.join('\n'));
    // Circuit levels: each circuit is listed by its path.
    level.circuits.forEach((_, i) => expect(built.network.unsupported.map((p) => p.path)).toContain(`circuits[${i}]`));
    if (level.timeline) expect(built.network.unsupported.map((p) => p.path)).toContain('timeline');
    if (!hasPython) return;
    const compiled = spawnSync(PYTHON, ['-m', 'py_compile', file], { encoding: 'utf8' });
    expect(compiled.stderr).toBe('');
    expect(compiled.status).toBe(0);
  });
});

describe('PyNN units and mapping', () => {
  it('Song, Miller & Abbott: IF_cond_exp with cm = τm/R, weights in µS, A± as fractions of w_max', () => {
    const built = buildPynnNetwork(builtInLevel('song-miller-abbott'));
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const post = built.network.populations.find((p) => p.name === 'post')!;
    expect(post.cellType).toBe('IF_cond_exp');
    expect(post.parameters.cm).toBeCloseTo(20 / 100, 12); // nF: 20 ms / 100 MΩ
    expect(post.parameters.e_rev_E).toBe(0);
    const projection = built.network.projections.find((p) => p.name === 'inputsToPost')!;
    expect(projection.weight.length).toBe(1000);
    expect(projection.weight.every((w) => w >= 0 && w <= 0.015 / 100)).toBe(true); // µS: g in leak units / R
    expect(projection.stdp).toMatchObject({ tauPlusMs: 20, tauMinusMs: 20, weightDependence: 'additive', wMin: 0 });
    expect(projection.stdp!.aPlusRelative).toBeCloseTo(0.005, 12);
    expect(projection.stdp!.aMinusRelative).toBeCloseTo(0.00525, 12);
    expect(projection.stdp!.wMax).toBeCloseTo(0.015 / 100, 15);
    expect(built.network.unsupported.map((p) => p.path)).toEqual(['monitors[2]']);
  });

  it('Izhikevich 2003: per-neuron c and d from our build, noise per ms per neuron in nA, inhibition negative', () => {
    const built = buildPynnNetwork(builtInLevel('izhikevich-2003'));
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const exc = built.network.populations.find((p) => p.name === 'exc')!;
    expect(exc.scheme).toBe('izhikevich2003network');
    const c = exc.parameters.c as Float64Array;
    expect(c.length).toBe(800);
    expect(Math.min(...c)).toBeGreaterThanOrEqual(-65);
    expect(Math.max(...c)).toBeLessThanOrEqual(-50);
    expect(new Set(c).size).toBeGreaterThan(700);
    const noise = built.network.currentSources.find((s) => s.name === 'thalamusExc')!;
    expect(noise).toMatchObject({ kind: 'noise', stdevNa: 0.005, dtMs: 1 });
    const inhibitory = built.network.projections.find((p) => p.name === 'inhToExc')!;
    expect(inhibitory.weight.length).toBe(200 * 800);
    expect(inhibitory.weight.every((w) => w <= 0)).toBe(true);
    expect(built.network.unsupported).toEqual([]);
  });

  it('inhibitory Poisson inputs onto the conductance cell (the level\'s population, or a Poisson stimulus) export as positive µS on the inhibitory receptor', () => {
    const data = JSON.parse(readFileSync('levels/song-miller-abbott.json', 'utf8'));
    data.stimuli = [{ id: 'background', kind: 'poisson', target: 'post', rateHz: 10, weight: 0.02, receptor: 'inhibitory' }];
    const loaded = loadLevel(data);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
    const built = buildPynnNetwork(loaded.level);
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const inhibition = built.network.projections.find((p) => p.name === 'inhibitionToPost')!;
    expect(inhibition.receptor).toBe('inhibitory');
    expect(inhibition.weight.length).toBe(200);
    expect(inhibition.weight.every((w) => Math.abs(w - 0.05 / 100) < 1e-15)).toBe(true);
    expect(built.network.populations.find((p) => p.name === 'inhibitoryInputs')).toMatchObject({ cellType: 'SpikeSourcePoisson', parameters: { rate: 10 } });
    const sources = built.network.populations.find((p) => p.name === 'background_sources')!;
    expect(sources).toMatchObject({ cellType: 'SpikeSourcePoisson', size: 1 });
    const background = built.network.projections.find((p) => p.name === 'background_input')!;
    expect(background).toMatchObject({ pre: 'background_sources', post: 'post', receptor: 'inhibitory' });
    expect(background.weight[0]).toBeCloseTo(0.02 / 100, 15);
  });

  it('a modulated STDP level lists the modulation and the pools with their paths', () => {
    const built = buildPynnNetwork(builtInLevel('stdp-acetylcholine'));
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const paths = built.network.unsupported.map((p) => p.path);
    expect(paths.some((p) => p.startsWith('modulators['))).toBe(true);
  });
});
