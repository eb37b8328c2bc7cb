import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** How long a browser test waits for anything on a page (see vite.config.ts for the test's own limit). */
export const BROWSER_WAIT_MS = 60_000;

/** The flags this machine needs: no sandbox as root, and no calls home on a closed network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Debian's chromium at ${CHROMIUM_PATH}: apt-get update && apt-get install -y chromium`,
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  // Every page's waits sized once for a 2-core machine busy with other work (playwright's 30 s
  // default was met by a first page load there); `newPage` goes through `newContext` too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(BROWSER_WAIT_MS);
    return context;
  };
  return browser;
}

/** Serves the built app (dist/, from `vite build`) on a free loopback port. */
export async function serveBuiltApp(): Promise<{ url: string; server: PreviewServer }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first');
  const server = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  return { url, server };
}

/**
 * Reports every Content-Security-Policy violation to the console as an error, where the tests'
 * console listener picks it up.
 */
export const REPORT_CSP_VIOLATIONS = `
  window.addEventListener('securitypolicyviolation', (event) => {
    console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI);
  });
`;

/** The built app served and Chromium launched for one test file, both closed after it. */
export function servedAppForThisFile(): { readonly browser: Browser; readonly baseUrl: string } {
  const served = { browser: undefined as unknown as Browser, baseUrl: '' };
  let server: PreviewServer | undefined;
  beforeAll(async () => {
    const app = await serveBuiltApp();
    server = app.server;
    served.baseUrl = app.url;
    served.browser = await launchChromium();
  });
  afterAll(async () => {
    await served.browser?.close();
    await server?.close();
  });
  return served;
}

/** A page that records page errors, console errors and CSP violations, for the test to check. */
export async function openWatchedPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(REPORT_CSP_VIOLATIONS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}
