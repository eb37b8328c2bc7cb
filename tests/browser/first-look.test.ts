import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWatchedPage, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();
const GALLIUM = '?m=gallium&stage=refining&y=2023';

/** Marks when the first share chart is in the page, before any of the app's code runs. */
const MARK_FIRST_CHART = `
  new MutationObserver((_, observer) => {
    if ([...document.querySelectorAll('.share-chart svg')].some((chart) => !chart.closest('#root[data-prerendered]') || document.documentElement.classList.contains('prerendered-link'))) {
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

  it('asks for the stylesheet and the model before the script that adds the route preloads', async () => {
    const html = await (await fetch(app.baseUrl)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const at = (pattern: RegExp) => head.search(pattern);
    const routeScript = at(/<script src="\/route-preload\.js">/);
    expect(routeScript).toBeGreaterThan(0);
    expect(at(/<link rel="stylesheet"[^>]+\/assets\/index-[\w-]+\.css/)).toBeLessThan(routeScript);
    expect(at(/<link rel="preload" as="fetch"[^>]+\/assets\/model-[\w-]+\.json/)).toBeLessThan(
      routeScript,
    );
    expect(at(/<link rel="modulepreload"/)).toBeGreaterThan(routeScript);
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

/** What the build renders into index.html for the default link (src/prerender.tsx). */
const DEFAULT_READOUT = 'Mining is highly concentrated: China 69%';

/**
 * Watches the build's render of the default link from before the page's first frame: whether a
 * share chart inside it was ever visible at a frame, which nodes of it were ever removed, the first
 * share chart found, and the element of the largest paint.
 */
const WATCH_PRERENDER = `
  window.__prerender = { visibleAtAFrame: false, removed: [], firstChart: null, lcp: null };
  const watch = window.__prerender;
  const prerenderedChart = () => document.querySelector('#root[data-prerendered] .share-chart svg');
  const everyFrame = () => {
    const chart = prerenderedChart();
    if (chart && chart.checkVisibility()) watch.visibleAtAFrame = true;
    requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
  document.addEventListener('DOMContentLoaded', () => { watch.firstChart = prerenderedChart(); });
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.removedNodes) {
      if (node.nodeType === 1 && (node.matches('.share-chart, .summary') || node.querySelector('.share-chart, .summary'))) {
        watch.removed.push(node.className || node.nodeName);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      watch.lcp = entry.element ? entry.element.className || entry.element.nodeName : null;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

type PrerenderWatch = {
  visibleAtAFrame: boolean;
  removed: string[];
  lcp: string | null;
};
const watched = (page: Page) =>
  page.evaluate(() => (window as unknown as { __prerender: PrerenderWatch }).__prerender);

describe('the default link rendered at build time', () => {
  it('shows the read-out and the share charts without JavaScript', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.baseUrl);
    await expect.poll(() => page.getByText(DEFAULT_READOUT).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page.getByRole('img', { name: /rare earths: mining by country, 2025/i }).isVisible(),
      )
      .toBe(true);
    // Without JavaScript every link gets this page; the note says what it is and what is missing.
    await expect
      .poll(() => page.getByText(/JavaScript is off in this browser/).isVisible())
      .toBe(true);
    await context.close();
  });

  it('is taken over by React as it is: no hydration error, the same chart node, nothing removed', async () => {
    const { page, errors } = await openWatchedPage(app.browser, 'about:blank');
    await page.addInitScript(WATCH_PRERENDER);
    await page.goto(app.baseUrl);
    // Hydrated: React's own properties are on the very node the page was parsed with.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const chart = document.querySelector('.share-chart svg');
          const { firstChart } = (window as unknown as { __prerender: { firstChart: Element } })
            .__prerender;
          return (
            chart === firstChart && Object.keys(chart!).some((key) => key.startsWith('__react'))
          );
        }),
      )
      .toBe(true);
    // Interactive: a filter answers.
    await page.getByRole('radio', { name: 'Refining' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Refining' }).isChecked()).toBe(true);
    const { removed, lcp } = await watched(page);
    expect(removed).toEqual([]);
    // The largest paint is the read-out sentence or a chart, not a heading waiting for data.
    expect(lcp).toMatch(/summary|share-chart|svg/);
    await page.getByText(DEFAULT_READOUT).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never shows its figures, not even for a frame, on a link that asks for anything else', async () => {
    for (const search of ['?view=map', GALLIUM, '?lang=ja']) {
      const { page, errors } = await openWatchedPage(app.browser, 'about:blank');
      await page.addInitScript(WATCH_PRERENDER);
      await page.goto(new URL(search, app.baseUrl).href);
      await page.locator('#root:not([data-prerendered]) > *').first().waitFor();
      await page.waitForTimeout(300);
      expect((await watched(page)).visibleAtAFrame, search).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('hides it before any of the app code runs, and where a model of the reader’s own is kept', async () => {
    const { page } = await openWatchedPage(app.browser, 'about:blank');
    await page.addInitScript(WATCH_PRERENDER);
    // The app's entry never arrives: only the page's head script has run.
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(new URL('?view=map', app.baseUrl).href);
    await page.waitForTimeout(300);
    expect(await page.locator('#root[data-prerendered] .share-chart svg').count()).toBeGreaterThan(
      0,
    );
    expect((await watched(page)).visibleAtAFrame).toBe(false);
    await page.goto(app.baseUrl);
    await page.waitForTimeout(300);
    expect((await watched(page)).visibleAtAFrame).toBe(true);
    await page.evaluate(() => localStorage.setItem('lodestone-kept-model', 'yes'));
    await page.goto(app.baseUrl);
    await page.waitForTimeout(300);
    expect((await watched(page)).visibleAtAFrame).toBe(false);
    await page.close();
  });
});
