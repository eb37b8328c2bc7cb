import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, REPORT_CSP_VIOLATIONS, serveBuiltApp } from './harness';

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;

beforeAll(async () => {
  ({ url: baseUrl, server } = await serveBuiltApp());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the map in Chromium', () => {
  it('draws the countries and flows, and opens China’s profile from the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(REPORT_CSP_VIOLATIONS);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(new URL('?view=map&m=graphite&stage=mining&y=2023', baseUrl).href);
    const map = page.getByRole('img', {
      name: /World map: Graphite: mining by country and trade flows, 2023/,
    });
    await map.waitFor();
    expect(await map.locator('path.map-country').count()).toBeGreaterThan(150);
    await page
      .getByText(
        /The 10 largest flows of Natural graphite, other than powder or flakes \(HS 250490\) in 2024/,
      )
      .waitFor();
    expect(await map.locator('path[marker-end]').count()).toBeGreaterThan(5);

    // China is the darkest country: click it on the map.
    const china = map.locator('path.map-country', {
      has: page.locator('title', { hasText: /^China: 77%$/ }),
    });
    await china.click();
    const profile = page.getByRole('region', { name: 'Country profile: China' });
    await profile.waitFor();
    const graphite = profile.getByRole('row', { name: /^Graphite Mining 2024/ });
    expect(await graphite.getByRole('cell').nth(3).innerText()).toMatch(/^\d+%$/);
    await profile.getByText('Largest customers').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
