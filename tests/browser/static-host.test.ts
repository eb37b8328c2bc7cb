import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage } from './harness';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/** dist/ served as the plainest static host does: files and their types, no other header. */
function plainStaticHost(): Server {
  return createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://host').pathname).replace(/^\/+/, '');
    const file = join('dist', path === '' ? 'index.html' : path);
    const found = existsSync(file) && !file.endsWith('/') ? file : 'dist/index.html';
    response.writeHead(200, {
      'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(found));
  });
}

describe('the built app on a host that sends no headers', () => {
  let server: Server;
  let browser: Browser;
  let baseUrl = '';
  beforeAll(async () => {
    server = plainStaticHost();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('still runs under the policy, from its meta fallback', async () => {
    const { page, errors } = await openWatchedPage(
      browser,
      `${baseUrl}?m=gallium&stage=refining&y=2023`,
    );
    await page.getByText('Largest: China 98%').waitFor();
    expect(errors).toEqual([]);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
      return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan ?? false;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => errors)
      .toContainEqual(expect.stringMatching(/^CSP violation: script-src/));
    await page.close();
  });
});
