import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { firstChartShown, OBSERVERS, pageLoadFigures, waitInPage } from './page-figures.ts';

export interface PageFigures {
  lcp: number;
  firstChart: number;
}

/**
 * A first visit in a fresh profile (empty HTTP cache, no service worker, no IndexedDB), then a
 * return visit in the same profile once the page's service worker, if it has one, has taken over.
 */
export async function firstAndReturnVisit(
  browser: Browser,
  url: string,
  throttle: number,
): Promise<{ first: PageFigures; again: PageFigures }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const visit = async () => {
    const page = await context.newPage();
    await page.addInitScript(OBSERVERS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url);
    await waitInPage(page, firstChartShown);
    // The largest paint is settled once the frames after the first chart are painted.
    await page.waitForTimeout(500);
    const { lcp, firstChart } = await pageLoadFigures(page);
    return { page, figures: { lcp, firstChart } };
  };
  try {
    const first = await visit();
    await first.page.waitForLoadState('load');
    await first.page.waitForTimeout(1000);
    await first.page.evaluate(async () => {
      if (await navigator.serviceWorker?.getRegistration()) await navigator.serviceWorker.ready;
    });
    await first.page.close();
    const again = await visit();
    return { first: first.figures, again: again.figures };
  } finally {
    await context.close();
  }
}

/**
 * Builds the app as it was at a git revision into a folder of its own (a detached worktree that
 * borrows this checkout's node_modules), so that the bench can measure it beside today's build.
 */
export function buildRevision(revision: string): { dist: string; remove: () => void } {
  const folder = join(tmpdir(), `lodestone-at-${revision.replace(/[^\w]/g, '_')}`);
  if (!existsSync(folder)) {
    execFileSync('git', ['worktree', 'add', '--detach', folder, revision], { stdio: 'ignore' });
    symlinkSync(resolve('node_modules'), join(folder, 'node_modules'));
  }
  execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], {
    cwd: folder,
    stdio: 'ignore',
  });
  return {
    dist: join(folder, 'dist'),
    remove: () => execFileSync('git', ['worktree', 'remove', '--force', folder]),
  };
}
