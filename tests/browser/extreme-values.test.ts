import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPORT_CSP_VIOLATIONS, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

/** Each view, and whether it draws charts (the supply cut's results are text and tables). */
const VIEWS: [string, boolean][] = [
  ['Concentration', true],
  ['Map', true],
  ['Network', true],
  ['Exposure', true],
  ['Supply cut', false],
  ['Timeline', true],
];

/** Chromium logs an SVG attribute it cannot read (`d="MNaN,0"`) as a console error. */
function recordAlarms(page: Page): string[] {
  const alarms: string[] = [];
  page.on('pageerror', (error) => alarms.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') alarms.push(message.text());
  });
  return alarms;
}

describe('figures at the contract’s upper bound, in Chromium', () => {
  it('draw every view with no Infinity or NaN in text or SVG', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(REPORT_CSP_VIOLATIONS);
    const alarms = recordAlarms(page);
    await page.goto(
      new URL('?m=gallium&stage=refining&y=2023&s=CHN:refining:100:cap:gallium', app.baseUrl).href,
    );
    await page.getByText('Largest: China 98%').waitFor();
    await page
      .getByLabel('Load your own model file…')
      .setInputFiles('tests/fixtures/good-models/values-at-the-bound.json');
    await page.getByText('Custom data').waitFor();
    await page.getByText('Largest: China 90%').waitFor();
    for (const [view, drawsCharts] of VIEWS) {
      await page.getByRole('tab', { name: view }).click();
      await page.getByRole('tabpanel').waitFor();
      const main = page.locator('main');
      if (drawsCharts) await main.locator('svg').first().waitFor();
      // Charts mount one at a time after the view: wait until the page has stopped adding any.
      await page.waitForFunction(
        () =>
          new Promise((settled) =>
            requestAnimationFrame(() => setTimeout(() => settled(true), 500)),
          ),
      );
      const text = await main.innerText();
      expect(text, view).not.toMatch(/∞|NaN|Infinity/);
      const svgAttributes = await main.evaluate((element) =>
        [...element.querySelectorAll('svg *')]
          .flatMap((node) => [...node.attributes].map((attribute) => attribute.value))
          .filter((value) => /NaN|Infinity/.test(value)),
      );
      expect(svgAttributes, view).toEqual([]);
    }
    expect(alarms).toEqual([]);
    await context.close();
  });
});
