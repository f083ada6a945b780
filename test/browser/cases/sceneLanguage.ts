// The scene, its plots, the sound captions and the circuit's controls speak the page's language: with
// ?locale=es an eyeblink level and a songbird level show Spanish plot titles, axes, population names,
// captions and controls, and no English text of ours is left on the canvas. Every canvas label lies
// inside the canvas (Spanish words are longer). Screenshots at 1280x800 in test-output/i18nscene/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, openPlainLevel, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i18nscene/', import.meta.url));

async function canvasTexts(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (document.getElementById('sim-view')?.dataset.canvasTexts ?? '') !== '', null, { timeout: 10_000 });
  return ((await page.locator('#sim-view').getAttribute('data-canvas-texts')) ?? '').split('\n');
}

/** Every plot label's box (canvas px) lies inside the canvas: a longer Spanish label was wrapped or cut, never pushed off. */
async function labelsInsideCanvas(page: Page, level: string): Promise<void> {
  const { rects, width, height } = await page.evaluate(() => {
    const view = document.getElementById('sim-view')!;
    const canvas = view.querySelector('canvas')!;
    return { rects: view.dataset.plotLabelRects ?? '', width: canvas.clientWidth, height: canvas.clientHeight };
  });
  for (const rect of rects.split(';').filter(Boolean)) {
    const [x, y, w, h] = rect.split(',').map(Number);
    assert(x >= -1 && y >= -1 && x + w <= width + 1 && y + h <= height + 1, `${level}: a plot label at ${rect} leaves the ${width}×${height} canvas`);
  }
}

function expectAll(level: string, texts: readonly string[], wanted: readonly string[]): void {
  for (const want of wanted) assert(texts.some((text) => text.includes(want)), `${level}: no canvas label says "${want}"; labels: ${texts.join(' | ')}`);
}

function expectNone(level: string, texts: readonly string[], english: readonly string[]): void {
  for (const word of english) assert(!texts.some((text) => text.includes(word)), `${level}: the canvas still says "${word}" in Spanish; labels: ${texts.join(' | ')}`);
}

export const tests: TestCase[] = [
  {
    name: 'sceneLanguage: with ?locale=es the eyeblink and songbird scenes, plots, captions and controls are Spanish',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 800 });

      await openPlainLevel(page, `${url}?locale=es`, 'eyeblink-acquisition');
      await waitForTicks(page, 400, 20_000); // past the first tone
      let texts = await canvasTexts(page);
      // The raster's band names share 'Células' (granulares, de Purkinje): where a name is too long for its
      // margin the shared first word gives way to an ellipsis (rasterNames.ts), so the Spanish part that
      // tells the bands apart is what must be there.
      expectAll('eyeblink', texts, ['Cierre del párpado', 'tiempo desde el inicio del tono (ms)', 'Fibras musgosas', 'de Purkinje', 'soplo de aire', 'Ensayo']);
      expectNone('eyeblink', texts, ['Eyelid closure', 'time after tone onset', 'Mossy fibres', 'air puff', 'Trial ', 'Spikes, last', 'Membrane voltage']);
      await labelsInsideCanvas(page, 'eyeblink');
      const controls = (await page.locator('#player-actions-body').textContent()) ?? '';
      assert(controls.includes('intervalo (ISI) de los próximos ensayos') && controls.includes('Inactivar la oliva inferior'), `eyeblink: the circuit's controls: ${controls}`);
      const captions = await page.evaluate(() => (window as unknown as { __synapticaSoundLog?: Array<{ caption: string }> }).__synapticaSoundLog?.map((s) => s.caption) ?? []);
      assert(captions.includes('♪ tono') && !captions.includes('♪ tone'), `eyeblink: the sound captions: ${captions.join(' | ')}`);
      await page.screenshot({ path: `${shots}eyeblink-es-1280x800.png` });

      // The same page opens the next level (a reload would cost seconds).
      await page.evaluate(() => window.__synaptica!.openLevel('songbird-tutor', false));
      await page.waitForFunction(() => window.__synaptica!.levelId() === 'songbird-tutor' && window.__synaptica!.sceneName() === 'songbird', null, { timeout: 10_000 });
      await page.evaluate(() => { delete document.getElementById('sim-view')!.dataset.canvasTexts; });
      await page.waitForFunction(() => window.__synaptica!.tick() > 200, null, { timeout: 20_000 });
      texts = await canvasTexts(page);
      expectAll('songbird', texts, ['Canto del tutor', 'Similitud por interpretación', 'similitud con el tutor (0–100)', 'tiempo en el canto (ms)']);
      expectNone('songbird', texts, ['Tutor song', 'Similarity over renditions', 'similarity to the tutor', 'time in the song', 'flashes on each spike']);
      await labelsInsideCanvas(page, 'songbird');
      const panel = (await page.locator('#player-actions-body').textContent()) ?? '';
      assert(panel.includes('Escuchar:') && panel.includes('Última interpretación') && !panel.includes('Listen'), `songbird: the side panel: ${panel}`);
      await page.screenshot({ path: `${shots}songbird-es-1280x800.png` });
    },
  },
];
