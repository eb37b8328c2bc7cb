import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPORT_CSP_VIOLATIONS, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

/** A fresh browser profile (own IndexedDB and service worker) that records anything alarming. */
async function openFresh(
  search: string,
): Promise<{ context: BrowserContext; page: Page; alarms: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(REPORT_CSP_VIOLATIONS);
  const alarms: string[] = [];
  page.on('dialog', (dialog) => {
    alarms.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => alarms.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') alarms.push(message.text());
  });
  await page.goto(new URL(search, app.baseUrl).href);
  return { context, page, alarms };
}

const load = (page: Page, path: string) =>
  page.getByLabel('Load your own model file…').setInputFiles(path);

describe('your own data, in Chromium', () => {
  it.each([
    ['unknown-country.json', 'supply[2].country: "XXX" is not a known country'],
    ['trailing-comma.json', '$: not valid JSON at line 2, column 22 (PropertyNameExpected)'],
    ['proto-key.json', 'supply[0].__proto__: the key "__proto__" is not allowed in a model file'],
    ['latin1-not-utf8.json', '$: the file is not UTF-8 text (save it as UTF-8 JSON)'],
    ['javascript-url.json', 'sources[0].url: must be an http or https address'],
    [
      'schema-version-3.json',
      'schemaVersion: schema version 3 is not one this Lodestone reads (it reads versions 1 and 2)',
    ],
    ['empty.json', '$: the file is empty'],
  ])('answers %s with its problem and keeps the built-in data', async (name, problem) => {
    const { context, page, alarms } = await openFresh('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    await load(page, `tests/fixtures/bad-models/${name}`);
    const alert = page.getByRole('alert');
    await alert.getByText(problem, { exact: true }).waitFor();
    expect(await page.getByText('Largest: China 98%').isVisible()).toBe(true);
    expect(await page.getByText('Built-in data (USGS, IEA, BACI and others).').isVisible()).toBe(
      true,
    );
    expect(alarms).toEqual([]);
    await context.close();
  });

  it('shows markup in a hostile but valid file as text, runs none of it, and keeps it across a reload', async () => {
    const { context, page, alarms } = await openFresh('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    await load(page, 'tests/fixtures/good-models/hostile-text.json');
    await page.getByText('Custom data').waitFor();
    const mineral = page.getByRole('checkbox', { name: '<b onmouseover="alert(1)">Gallium</b>' });
    expect(await mineral.isVisible()).toBe(true);
    await page
      .getByText(/Custom edition/)
      .first()
      .hover();
    expect(await page.title()).toBe('Lodestone');
    expect(await page.locator('main script, main img[src="x"], main b').count()).toBe(0);

    await page.reload();
    await page.getByText('Custom data').waitFor();
    expect(await page.getByText('hostile-text.json').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Back to the built-in data' }).click();
    await page.getByText('Built-in data (USGS, IEA, BACI and others).').waitFor();
    await page.reload();
    await page.getByText('Built-in data (USGS, IEA, BACI and others).').waitFor();
    expect(alarms).toEqual([]);
    await context.close();
  });

  it('works with the network off after the first visit, trade included once it was used', async () => {
    const { context, page, alarms } = await openFresh('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    // The trade file is cached when a view first needs it, not with the app.
    await page.getByRole('tab', { name: 'Exposure' }).click();
    await page
      .getByRole('region', { name: /imports by supplier, 2024/ })
      .first()
      .waitFor();
    await page.getByRole('tab', { name: 'Concentration' }).click();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve),
        );
      }
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByText('Largest: China 98%').waitFor();
    await page.getByRole('tab', { name: 'Exposure' }).click();
    await page
      .getByRole('region', { name: /imports by supplier, 2024/ })
      .first()
      .waitFor();
    expect(alarms).toEqual([]);
    await context.close();
  });
});
