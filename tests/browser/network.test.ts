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

describe('the network in Chromium', () => {
  it('finds China, focuses it and reads every stage it supplies, and keeps the picture steady on a filter change', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(REPORT_CSP_VIOLATIONS);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(
      new URL('?view=network&m=rare-earths,gallium,graphite&stage=refining&y=2023', baseUrl).href,
    );
    const china = page.getByRole('button', { name: 'China', exact: true });
    await china.waitFor();
    await page.getByRole('combobox', { name: 'Find' }).fill('China');
    await page.getByRole('button', { name: 'Go' }).click();
    const details = page.getByRole('region', { name: 'China' });
    await details.waitFor();
    const links = await details.getByRole('listitem').allInnerTexts();
    expect(links).toContain('China → Gallium · refining: 98% of the world (600,000 kg, estimated)');
    expect(links.some((text) => text.startsWith('China → Rare earths · mining: 68%'))).toBe(true);
    expect(links.some((text) => text.startsWith('China → Graphite · mining: 77%'))).toBe(true);

    // Turning the trade flows on adds links but moves China little.
    const before = await china.getAttribute('transform');
    await page.getByRole('checkbox', { name: 'Largest trade flows' }).check();
    await expect.poll(() => page.locator('line[marker-end]').count()).toBeGreaterThan(0);
    const after = await china.getAttribute('transform');
    const at = (transform: string | null) => (transform?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const [x1, y1] = at(before);
    const [x2, y2] = at(after);
    expect(Math.hypot(x2! - x1!, y2! - y1!)).toBeLessThan(80);
    expect(errors).toEqual([]);
    await page.close();
  });
});
