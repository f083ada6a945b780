// Boot time of the page in headless Chromium (a measurement, not a test): loads the production site
// `runs` times and reports, as medians, when the level menu became usable (data-ready-at-ms: boot
// reached the first screen) and when the welcome dialog was open, in ms since navigation start, and
// the main thread's long tasks (> 50 ms) and Chromium's own counters of main-thread work (task and
// script time, from the DevTools protocol) until then: these depend less on other load of the machine.
//   node --import tsx test/browser/measure-boot.ts [siteDir] [runs]
// With no siteDir it builds the production site first.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, ensureChromium } from './chromium';
import { buildSite, productionSiteDir, startPreview } from './server';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

async function main(): Promise<void> {
  const [siteArg, runsArg] = process.argv.slice(2);
  ensureChromium();
  const site = siteArg ?? buildSite('production', productionSiteDir);
  const runs = Number(runsArg ?? 9);
  const preview = await startPreview(site);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const menu: number[] = [];
  const welcome: number[] = [];
  const longTasks: number[] = [];
  const taskMs: number[] = [];
  const scriptMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.addInitScript(() => {
        const w = window as unknown as { __bootLongTaskMs: number; __welcomeAtMs: number };
        w.__bootLongTaskMs = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__bootLongTaskMs += e.duration; }).observe({ type: 'longtask', buffered: true });
        new MutationObserver(() => {
          if (!w.__welcomeAtMs && document.getElementById('welcome-dialog')?.hasAttribute('open')) w.__welcomeAtMs = performance.now();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['open'] });
      });
      await page.goto(preview.url);
      await page.waitForSelector('#level-select[data-ready="true"]', { state: 'attached', timeout: 30_000 });
      await page.waitForFunction(() => (window as unknown as { __welcomeAtMs?: number }).__welcomeAtMs, null, { timeout: 30_000 });
      const m = await page.evaluate(() => ({
        menu: Number(document.getElementById('level-select')?.dataset.readyAtMs),
        welcome: (window as unknown as { __welcomeAtMs: number }).__welcomeAtMs,
        longTasks: (window as unknown as { __bootLongTaskMs: number }).__bootLongTaskMs,
      }));
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string): number => 1000 * (metrics.find((x) => x.name === name)?.value ?? Number.NaN);
      taskMs.push(metric('TaskDuration'));
      scriptMs.push(metric('ScriptDuration'));
      menu.push(m.menu);
      welcome.push(m.welcome);
      longTasks.push(m.longTasks);
      await context.close();
    }
  } finally {
    await browser.close();
    await preview.stop();
  }
  console.log(JSON.stringify({ site, runs, menuReadyMs: median(menu), welcomeOpenMs: median(welcome), longTasksMs: median(longTasks), taskMs: median(taskMs), scriptMs: median(scriptMs), menu, welcome }, null, 1));
}

void main();
