// End-to-end tests in real headless Chromium: build, serve dist/ with vite preview, load the page, let
// the sim run, and look at the pixels. Run with `npm run test:browser`. Each file in cases/ exports
// `tests: TestCase[]`; they run in file-name order. BROWSER_TEST_FILTER=<text> runs only the tests whose
// name contains it (for working on one); `a|b` runs those containing either. BROWSER_TEST_FILES=<a|b> runs
// only the case files whose name (without .ts) contains a part. Failures are listed again at the end,
// so a log cut to its tail still names them. A case that fails is run once more in a fresh context
// (BROWSER_TEST_RETRIES, default 1): a pass then counts, but the first failure is printed and listed
// at the end as flaky, so a timing-sensitive case is seen and fixed rather than hidden.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath, ensureChromium } from './chromium';
import { viewport, type TestCase } from './harness';
import { buildSite, startPreview, type Preview } from './server';

const casesDir = fileURLToPath(new URL('./cases/', import.meta.url));

function envParts(name: string): string[] {
  return process.env[name]?.split('|').filter((part) => part !== '') ?? [];
}

async function loadCases(): Promise<TestCase[]> {
  const fileFilters = envParts('BROWSER_TEST_FILES');
  const files = readdirSync(casesDir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => fileFilters.length === 0 || fileFilters.some((part) => f.slice(0, -3).includes(part)))
    .sort();
  const all: TestCase[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(casesDir + file).href)) as { tests?: TestCase[] };
    if (!Array.isArray(module.tests)) throw new Error(`test/browser/cases/${file} does not export tests`);
    all.push(...module.tests);
  }
  return all;
}

async function runTest(browser: Browser, url: string, test: TestCase): Promise<string | null> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: test.serviceWorkers ?? 'block' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  try {
    await test.run(page, url);
    if (consoleErrors.length > 0) return `console errors:\n    ${consoleErrors.join('\n    ')}`;
    return null;
  } catch (error) {
    const extra = consoleErrors.length > 0 ? `\n    console errors:\n    ${consoleErrors.join('\n    ')}` : '';
    return `${error instanceof Error ? error.message : String(error)}${extra}`;
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  let preview: Preview | null = null;
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  const flaky: string[] = [];
  const retries = Math.max(0, Number(process.env.BROWSER_TEST_RETRIES ?? 1) || 0);
  try {
    ensureChromium();
    buildSite();
    preview = await startPreview();
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
    const filters = envParts('BROWSER_TEST_FILTER');
    const tests = (await loadCases()).filter((t) => filters.length === 0 || filters.some((part) => t.name.includes(part)));
    if (tests.length === 0) console.log('no case matches BROWSER_TEST_FILES / BROWSER_TEST_FILTER');
    for (const test of tests) {
      const testStarted = Date.now();
      let failure = await runTest(browser, preview.url, test);
      const firstFailure = failure;
      for (let retry = 1; failure !== null && retry <= retries; retry++) {
        console.log(`  ↻ ${test.name}: failed, run again (${retry}/${retries})\n    ${failure}`);
        failure = await runTest(browser, preview.url, test);
        if (failure === null) flaky.push(`  ↻ ${test.name}\n    ${firstFailure}`);
      }
      const took = `(${((Date.now() - testStarted) / 1000).toFixed(1)} s)`;
      if (failure === null) {
        passed++;
        console.log(`  ✓ ${test.name} ${took}`);
      } else {
        failed++;
        failures.push(`  ✗ ${test.name}\n    ${failure}`);
        console.log(`  ✗ ${test.name} ${took}\n    ${failure}`);
      }
    }
  } catch (error) {
    failed++;
    const why = `browser tests could not run: ${error instanceof Error ? error.message : String(error)}`;
    failures.push(`  ✗ ${why}`);
    console.error(why);
  } finally {
    await browser?.close().catch(() => undefined);
    await preview?.stop();
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (flaky.length > 0) console.log(`flaky (failed, then passed when run again):\n${flaky.join('\n')}`);
  if (failures.length > 0) console.log(`failed:\n${failures.join('\n')}`);
  console.log(`browser: ${passed} passed${flaky.length > 0 ? ` (${flaky.length} on a second run)` : ''}, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

process.exitCode = await main();
