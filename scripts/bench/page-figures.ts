import type { Page } from 'playwright-core';

/**
 * Observers installed before any of a page's own code runs: LCP, long tasks, the first chart. The
 * default link's build-time render is in the HTML of every link, shown only where the page's head
 * script found the default link (public/route-preload.js); elsewhere the first chart is the app's.
 */
export const OBSERVERS = `
  window.__lcp = 0; window.__longest = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
    .observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if ([...document.querySelectorAll('.share-chart svg')].some((chart) => !chart.closest('#root[data-prerendered]') || document.documentElement.classList.contains('prerendered-link'))) { performance.mark('first-chart'); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

/** The first share chart on screen, as OBSERVERS marked it (being in the page is not enough). */
export const firstChartShown = () => performance.getEntriesByName('first-chart').length > 0;

/**
 * Polls with plain evaluations: a playwright locator would inject playwright's own script into the
 * page while it is being measured, a task of 30–80 ms that is the harness's, not the app's.
 */
export async function waitInPage(page: Page, condition: () => boolean) {
  const deadline = Date.now() + 60_000;
  while (!(await page.evaluate(condition))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(condition)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const pageLoadFigures = (page: Page) =>
  page.evaluate(() => ({
    lcp: (window as unknown as { __lcp: number }).__lcp,
    firstChart: performance.getEntriesByName('first-chart')[0]?.startTime ?? NaN,
    longest: (window as unknown as { __longest: number }).__longest,
  }));
