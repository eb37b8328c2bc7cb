import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, REPORT_CSP_VIOLATIONS } from './harness';

/**
 * A deploy while a tab is open: the site folder holds build A, the tab opens it, then build B
 * replaces every file (its chunks under other names, as after any change to the code).
 */
let site: string;
let nextBuild: string;
let server: PreviewServer;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'lodestone-site-'));
  nextBuild = mkdtempSync(join(tmpdir(), 'lodestone-next-'));
  const renamed = 'assets/[name]-next-[hash]';
  // Vitest runs with NODE_ENV=test, which would give a development build of React.
  const testEnvironment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    logLevel: 'silent',
    build: {
      outDir: nextBuild,
      emptyOutDir: true,
      rollupOptions: {
        output: {
          entryFileNames: `${renamed}.js`,
          chunkFileNames: `${renamed}.js`,
          assetFileNames: `${renamed}[extname]`,
        },
      },
    },
  });
  process.env.NODE_ENV = testEnvironment;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(nextBuild, { recursive: true, force: true });
});

/** Serves `dist/` (build A) from a folder of its own, on a new port for each test. */
async function serveBuildA() {
  await server?.close();
  for (const entry of readdirSync(site)) rmSync(join(site, entry), { recursive: true });
  cpSync('dist', site, { recursive: true });
  server = await preview({
    logLevel: 'silent',
    build: { outDir: site },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  baseUrl = server.resolvedUrls!.local[0]!;
}

/** What a deploy does: the old files go, the new ones take their place. */
function deployBuildB() {
  for (const entry of readdirSync(site)) rmSync(join(site, entry), { recursive: true });
  cpSync(nextBuild, site, { recursive: true });
}

async function open(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  await page.addInitScript(REPORT_CSP_VIOLATIONS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('?m=gallium&stage=refining&y=2023', baseUrl).href);
  await page.getByText('Largest: China 98%').waitFor();
  // The trend chart's code comes after the share bars: loaded before the deploy, so that the only
  // code the tab lacks afterwards is the view it opens next.
  await page.getByRole('region', { name: /share of the largest producer, by stage/ }).waitFor();
  return { page, errors };
}

const entryScript = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')!.src);

describe('a tab kept open across a deploy', () => {
  it('keeps working on the old build, then offers the new one and reloads into it', async () => {
    await serveBuildA();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, errors } = await open(context);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve),
        );
      }
    });
    expect(await entryScript(page)).not.toContain('-next-');

    deployBuildB();
    // A view whose code the tab had not loaded yet: the old build's worker still has it.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('heading', { name: 'What happened when' }).waitFor();

    // The hourly (and on-return) check for a new version, done now.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration!.update();
    });
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Lodestone' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForURL(/view=timeline/);
    await page.waitForFunction(() =>
      document.querySelector('script[type="module"]')?.getAttribute('src')?.includes('-next-'),
    );
    await page.getByRole('heading', { name: 'What happened when' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reloads into the new build when a tab without the service worker misses a chunk', async () => {
    await serveBuildA();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    });
    const { page } = await open(context);
    deployBuildB();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.waitForFunction(() =>
      document.querySelector('script[type="module"]')?.getAttribute('src')?.includes('-next-'),
    );
    expect(page.url()).toContain('view=timeline');
    await page.getByRole('heading', { name: 'What happened when' }).waitFor();
    await context.close();
  });
});
