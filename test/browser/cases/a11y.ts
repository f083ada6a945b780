// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules) finds no serious or critical violation on the
// main page, the campaign menu, a prediction dialog and a result card. axe's source is evaluated
// through the DevTools protocol, which the page's Content-Security-Policy does not apply to (an
// injected <script> would be refused), so the page is checked with its real policy in force.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { assert, openPlainLevel, type TestCase } from '../harness';
import { cspViolations, watchCsp } from './robust';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }

/** The violations axe finds on the page as it is now, for these tags. */
async function axeViolations(page: Page, tags: string[]): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, tags);
}

/** The serious and critical violations of the WCAG 2.1 A/AA rules; the rest (and best practices) are printed, not failed. */
async function seriousViolations(page: Page, screen: string): Promise<AxeViolation[]> {
  const all = await axeViolations(page, [...WCAG_TAGS, 'best-practice']);
  const failing = (await axeViolations(page, WCAG_TAGS)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const others = all.filter((v) => !failing.some((f) => f.id === v.id));
  if (others.length > 0) console.log(`    (${screen}, not failed: ${others.map((v) => `${v.impact} ${v.id} ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' ')}`).join('; ')})`);
  return failing;
}

function describe(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 6).map((n) => JSON.stringify(n.target)).join(' ')}`).join('\n    ');
}

async function expectClean(page: Page, screen: string, found: string[]): Promise<void> {
  const violations = await seriousViolations(page, screen);
  if (violations.length > 0) found.push(`${screen}:\n    ${describe(violations)}`);
}

export const tests: TestCase[] = [
  {
    name: 'a11y: axe finds no serious or critical WCAG 2.1 AA violation on the main page, the campaign menu, a prediction dialog and a result card',
    async run(page, url) {
      const found: string[] = [];
      // The dialogs are also checked against the page's Content-Security-Policy (robust.ts checks the scenes).
      await watchCsp(page);
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
      await expectClean(page, 'main page', found);

      await page.click('#campaign-open');
      await page.waitForSelector('#campaign-dialog[open]');
      await expectClean(page, 'campaign menu', found);
      const violations = await cspViolations(page);

      // A campaign level: its intro card, then its question before the start.
      await page.goto(`${url}?level=stdp-pairing`);
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      await page.keyboard.press('Escape');
      await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
      await expectClean(page, 'prediction dialog', found);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      await page.keyboard.press('3');
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 90_000 });
      await expectClean(page, 'result card', found);
      violations.push(...(await cspViolations(page)));
      assert(violations.length === 0, `CSP violations on the menu and dialogs: ${violations.join('; ')}`);
      assert(found.length === 0, `axe violations:\n  ${found.join('\n  ')}`);
    },
  },
];
