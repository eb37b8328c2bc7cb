import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPORT_CSP_VIOLATIONS, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

/** A page that fails the test on any uncaught error or console error. */
async function openPage(
  search: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await app.browser.newPage({ viewport });
  await page.addInitScript(REPORT_CSP_VIOLATIONS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await page.goto(new URL(search, app.baseUrl).href);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  return { page, errors };
}

const panel = (page: Page, name: RegExp) => page.getByRole('region', { name });

describe('the dashboard in Chromium', () => {
  it('shows the USGS gallium refining figures with their source', async () => {
    const { page, errors } = await openPage('?m=gallium&stage=refining&y=2023');
    const gallium = panel(page, /Gallium: refining by country, 2023/);
    await expect.poll(() => gallium.getByText('Largest: China 98%').isVisible()).toBe(true);
    expect(await gallium.getByText('highly concentrated').isVisible()).toBe(true);
    expect(
      await gallium
        .getByRole('button', {
          name: /U\.S\. Geological Survey, Mineral Commodity Summaries 2024: Gallium/,
        })
        .isVisible(),
    ).toBe(true);
    // The share is written on the bar in the drawn chart, which mounts after the text.
    await expect.poll(() => gallium.locator('svg text', { hasText: '98% e' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens every source from the footer with the keyboard, the first one focused and in view', async () => {
    const { page, errors } = await openPage('?m=gallium&stage=refining&y=2023');
    await panel(page, /Gallium: refining by country, 2023/).waitFor();
    await page.getByRole('button', { name: 'Sources', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'All sources' });
    await dialog.waitFor();
    const focused = await page.evaluate(() => {
      const element = document.activeElement!;
      const box = element.getBoundingClientRect();
      return {
        inList: element.closest('.source-list') !== null,
        inView: box.bottom > 0 && box.top < window.innerHeight,
      };
    });
    expect(focused).toEqual({ inList: true, inView: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fetches the built-in model once, through the preload the page starts with', async () => {
    const page = await app.browser.newPage();
    const modelRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/model-[\w-]+\.json$/.test(request.url())) modelRequests.push(request.url());
    });
    await page.goto(new URL('?m=gallium&stage=refining&y=2023', app.baseUrl).href);
    const preloaded = await page.locator('link[rel=preload][as=fetch]').getAttribute('href');
    expect(preloaded).toMatch(/^\/assets\/model-[\w-]+\.json$/);
    await panel(page, /Gallium: refining by country, 2023/).waitFor();
    // A preload the fetch could not use (another credentials mode) would be fetched twice.
    expect(modelRequests).toEqual([new URL(preloaded!, app.baseUrl).href]);
    await page.close();
  });

  it('keeps the view when the copied link is opened again after toggling a mineral and the language', async () => {
    const { page, errors } = await openPage('?m=gallium&stage=refining&y=2023');
    await panel(page, /Gallium: refining by country, 2023/).waitFor();
    await page.getByRole('checkbox', { name: 'Germanium' }).check();
    await panel(page, /Germanium: refining by country, 2023/).waitFor();
    await page.getByRole('button', { name: '日本語' }).click();
    await panel(page, /ゲルマニウム：国別の精製（2023年）/).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');

    const copiedLink = page.url();
    expect(new URL(copiedLink).search).toBe(
      '?m=gallium,germanium&stage=refining&y=2023&as=JPN&lang=ja',
    );

    const { page: second, errors: secondErrors } = await openPage(new URL(copiedLink).search);
    await panel(second, /ガリウム：国別の精製（2023年）/).waitFor();
    await panel(second, /ゲルマニウム：国別の精製（2023年）/).waitFor();
    expect(await second.getByRole('checkbox', { name: 'ゲルマニウム' }).isChecked()).toBe(true);
    expect(await second.getByRole('radio', { name: '精製' }).isChecked()).toBe(true);
    expect(await second.getByText('最大：中国 98%').isVisible()).toBe(true);
    expect([...errors, ...secondErrors]).toEqual([]);
    await page.close();
    await second.close();
  });

  it('reads gallium refining 2024 and 2025 in USGS kilograms from MCS 2026, not as shares of another table', async () => {
    const { page, errors } = await openPage('?m=gallium&stage=refining&y=2024');
    const gallium2024 = panel(page, /Gallium: refining by country, 2024/);
    // China 839,000 of 848,000 kg: 98.9 %, shown as 99 %.
    await gallium2024.getByText('Largest: China 99%').waitFor();
    expect(
      await gallium2024.getByText('Share of the published world total of 848,000 kg').isVisible(),
    ).toBe(true);
    expect(
      await gallium2024
        .getByRole('button', {
          name: /U\.S\. Geological Survey, Mineral Commodity Summaries 2026: Gallium/,
        })
        .isVisible(),
    ).toBe(true);
    await page.close();

    const next = await openPage('?m=gallium&stage=refining&y=2025');
    const gallium2025 = panel(next.page, /Gallium: refining by country, 2025/);
    await gallium2025.getByText('Share of the published world total of 900,000 kg').waitFor();
    expect(
      await gallium2025
        .getByText(/The listed countries add up to 909,000 kg, more than the rounded world total/)
        .isVisible(),
    ).toBe(true);
    expect([...errors, ...next.errors]).toEqual([]);
    await next.page.close();
  });

  it('shows rare-earth refining under its proxy label and no group tonnage on the dysprosium card', async () => {
    const { page, errors } = await openPage('?m=rare-earths,dysprosium&stage=refining&y=2024');
    const rareEarths = panel(page, /Rare earths: refining by country, 2024/);
    await rareEarths
      .getByText(/Magnet rare earths \(Nd, Pr, Dy, Tb\): separation and refining, IEA/)
      .waitFor();
    expect(await rareEarths.getByText(/No figures/).count()).toBe(0);
    const dysprosium = panel(page, /Dysprosium: refining by country, 2024/);
    await dysprosium.getByText(/Shares within the proxy group named in the note/).waitFor();
    expect(await dysprosium.innerText()).not.toMatch(/\bkt\b/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tells the reader about link parameters it could not use', async () => {
    const { page, errors } = await openPage('?m=gallium,kryptonite&stage=refining&y=1800');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'm=kryptonite' }).isVisible())
      .toBe(true);
    // The year falls back to the latest one with a published world total.
    await panel(page, /Gallium: refining by country, 2025/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a withheld value as n/a, never as zero', async () => {
    const { page, errors } = await openPage('?m=germanium&stage=refining&y=2021');
    const germanium = panel(page, /Germanium: refining by country, 2021/);
    await germanium.waitFor();
    expect(await germanium.locator('svg text', { hasText: 'n/a' }).count()).toBe(1);
    await germanium.getByRole('button', { name: 'Show as table' }).click();
    const us = germanium.getByRole('row', { name: /^United States/ });
    expect(await us.getByRole('cell').allTextContents()).toEqual([
      'n/a',
      'kg',
      'n/a',
      'withheld',
      'U.S. Geological Survey, Mineral Commodity Summaries 2022: Germanium (2022)',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads rare earths and graphite mining as USGS publishes them, with a tooltip on hover', async () => {
    const { page, errors } = await openPage('?m=rare-earths,graphite&stage=mining&y=2023');
    await page.getByText('Mining is highly concentrated: China 68%.').waitFor();
    const rareEarths = panel(page, /Rare earths: mining by country, 2023/);
    expect(
      await rareEarths.getByText('Share of the published world total of 376,000 t REO').isVisible(),
    ).toBe(true);
    expect(
      await rareEarths
        .getByText(/U\.S\. Geological Survey, Mineral Commodity Summaries 2025: Rare Earths/)
        .isVisible(),
    ).toBe(true);
    const graphite = panel(page, /Graphite: mining by country, 2023/);
    expect(await graphite.getByText('Largest: China 77%').isVisible()).toBe(true);

    await graphite.locator('.share-bar').first().hover();
    const tooltip = graphite.locator('.chart-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain('1,230,000 t');
    expect(await tooltip.innerText()).toContain('Status: estimated');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sets a 100% cut of China's gallium refining and reads the lost share and Japan's imports at risk", async () => {
    const { page, errors } = await openPage('?m=gallium&stage=refining&y=2023');
    await page.getByRole('tab', { name: 'Supply cut' }).click();
    const card = page.getByRole('region', {
      name: 'Scenario 1: China withholds 100% of its refining',
    });
    await card.waitFor();
    await card.getByRole('slider', { name: /Cut/ }).fill('100');
    await expect
      .poll(() => card.getByText('600,000 kg (98% of world supply)').isVisible())
      .toBe(true);
    const imports = card.getByText(
      /^Gallium, germanium and other metals, unwrought or powder \(HS 811292\), 2024: [\d,]+ USD from China \(\d+% of imports\); at risk [\d,]+ USD\.$/,
    );
    await expect.poll(() => imports.isVisible()).toBe(true);
    await card.getByRole('combobox', { name: "Partners' response" }).selectOption('cap');
    await expect.poll(() => card.getByText(/of a possible 21,000 kg/).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('s')).toEqual(['CHN:refining:100:cap:gallium']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws no timeline marker over another at 1280×720, December 2025 gathered into one', async () => {
    const { page, errors } = await openPage(
      '?view=timeline&m=rare-earths,dysprosium,terbium,gallium,germanium,graphite&lang=ja',
      { width: 1280, height: 720 },
    );
    const axis = page.getByRole('group', { name: /^時間軸上の出来事/ });
    await axis.waitFor();
    const markers = axis.getByRole('button');
    const boxes = await Promise.all(
      (await markers.all()).map(async (marker) => (await marker.boundingBox())!),
    );
    expect(boxes.length).toBeGreaterThan(5);
    for (const [position, a] of boxes.entries())
      for (const b of boxes.slice(position + 1)) {
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, JSON.stringify([a, b])).toBe(true);
      }
    // The events of late 2025 share a marker that lists them when it takes the focus.
    const gathered = axis.getByRole('button', { name: /件の出来事（2025年/ }).first();
    await gathered.focus();
    expect(await gathered.getAttribute('aria-expanded')).toBe('true');
    const name = (await gathered.getAttribute('aria-label'))!;
    const count = Number(/^(\d+)件/.exec(name)![1]);
    expect(await page.getByRole('region', { name }).getByRole('button').count()).toBe(count);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sets two trade years side by side in the exposure view at 1280×720', async () => {
    const { page, errors } = await openPage('?view=exposure&m=graphite&as=JPN&ty=2024&vs=2022', {
      width: 1280,
      height: 720,
    });
    const comparison = page.getByRole('region', { name: 'Graphite: 2022 and 2024 side by side' });
    await comparison.waitFor();
    const earlier = (await comparison
      .getByRole('columnheader', { name: '2022 value (USD)' })
      .boundingBox())!;
    const later = (await comparison
      .getByRole('columnheader', { name: '2024 value (USD)' })
      .boundingBox())!;
    // Side by side: one row of headers, 2022 left of 2024, both inside the window's width.
    expect(Math.abs(earlier.y - later.y)).toBeLessThan(1);
    expect(earlier.x + earlier.width).toBeLessThanOrEqual(later.x);
    expect(later.x + later.width).toBeLessThanOrEqual(1280);
    const china = comparison.getByRole('row', { name: /^China/ });
    expect(await china.getByRole('cell').allTextContents()).toEqual([
      '8,099,908',
      '95%',
      '7,876,414',
      '95%',
      '-223,494',
      '+0.7 pts',
    ]);
    expect(await page.getByRole('combobox', { name: 'Year', exact: true }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
