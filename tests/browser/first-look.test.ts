import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWatchedPage, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();
const GALLIUM = '?m=gallium&stage=refining&y=2023';

/** Marks when the first share chart is in the page, before any of the app's code runs. */
const MARK_FIRST_CHART = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('.share-chart svg')) {
      performance.mark('first-chart');
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function openCounted(search: string) {
  const { page, errors } = await openWatchedPage(app.browser, 'about:blank');
  const workers: string[] = [];
  const scripts: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.push(path);
  });
  await page.addInitScript(MARK_FIRST_CHART);
  await page.goto(new URL(search, app.baseUrl).href);
  await page.locator('.share-chart svg').first().waitFor();
  return { page, errors, workers, scripts };
}

/** When a script whose name starts so was requested, and when the first chart was in the page. */
const timesOf = (page: Page, chunk: string) =>
  page.evaluate((chunk) => {
    const resource = performance
      .getEntriesByType('resource')
      .find((entry) => new URL(entry.name).pathname.startsWith(`/assets/${chunk}-`));
    return {
      requested: resource?.startTime ?? null,
      firstChart: performance.getEntriesByName('first-chart')[0]?.startTime ?? null,
    };
  }, chunk);

describe('the first look', () => {
  it('draws the first chart from the checked built-in model without a worker, in one language', async () => {
    const { page, errors, workers, scripts } = await openCounted(GALLIUM);
    await expect
      .poll(() => page.getByText('Refining is highly concentrated: China 98%').count())
      .toBeGreaterThan(0);
    expect(workers).toEqual([]);
    expect(scripts.some((path) => /\/assets\/en-[\w-]+\.js$/.test(path))).toBe(true);
    expect(scripts.some((path) => /\/assets\/ja-[\w-]+\.js$/.test(path))).toBe(false);
    // The chart library comes after the share bars are on screen, for the trend chart below them.
    await expect.poll(async () => (await timesOf(page, 'trend-chart')).requested).not.toBeNull();
    const { requested, firstChart } = await timesOf(page, 'trend-chart');
    expect(firstChart).not.toBeNull();
    expect(requested!).toBeGreaterThan(firstChart!);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("preloads the linked view's code and language from the page's route map, not another view's", async () => {
    const { page, errors } = await openWatchedPage(app.browser, 'about:blank');
    await page.goto(new URL('?view=map&lang=ja', app.baseUrl).href);
    await page.locator('.map-figure svg').first().waitFor();
    const preloaded = await page.$$eval('link[rel=modulepreload]', (links) =>
      links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
    );
    expect(preloaded.some((path) => /\/assets\/map-view-[\w-]+\.js$/.test(path))).toBe(true);
    expect(preloaded.some((path) => /\/assets\/ja-[\w-]+\.js$/.test(path))).toBe(true);
    expect(preloaded.some((path) => /\/assets\/concentration-view-/.test(path))).toBe(false);
    expect(preloaded.some((path) => /\/assets\/en-/.test(path))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fetches Japanese only when the reader switches to it', async () => {
    const { page, errors, scripts } = await openCounted(GALLIUM);
    expect(scripts.some((path) => /\/assets\/ja-[\w-]+\.js$/.test(path))).toBe(false);
    await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => page.getByText('ガリウム').first().isVisible()).toBe(true);
    expect(scripts.some((path) => /\/assets\/ja-[\w-]+\.js$/.test(path))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checks a served model that is not the one the build checked, in the worker, before showing it', async () => {
    const { page, errors } = await openWatchedPage(app.browser, 'about:blank');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.route(/\/assets\/model-[\w-]+\.json$/, async (route) => {
      const response = await route.fetch();
      const model = (await response.json()) as { edition: { date: string } };
      model.edition.date = '2026-11-23';
      await route.fulfill({ response, body: JSON.stringify(model) });
    });
    await page.goto(new URL(GALLIUM, app.baseUrl).href);
    await expect
      .poll(() => page.getByText('Refining is highly concentrated: China 98%').count())
      .toBeGreaterThan(0);
    expect(workers.some((url) => url.includes('model-file.worker'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
