import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWatchedPage, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

/** Whether the element lies wholly inside the 1280×720 window. */
async function inViewport(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.top < innerHeight && box.right <= innerWidth;
  });
}

describe('the map in Chromium', () => {
  it('draws the countries and flows, and opens China’s profile from the map', async () => {
    const { page, errors } = await openWatchedPage(
      app.browser,
      new URL('?view=map&m=graphite&stage=mining&y=2023', app.baseUrl).href,
    );
    const map = page.getByRole('group', {
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
    await map.getByRole('button', { name: /^China: 77%$/ }).click();
    const profile = page.getByRole('region', { name: 'Country profile: China' });
    await profile.waitFor();
    const graphite = profile.getByRole('row', { name: /^Graphite Mining 2025/ });
    expect(await graphite.getByRole('cell').nth(2).innerText()).toMatch(/^\d+%$/);
    await profile.getByText('Largest customers').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers a click on India where the eye is: its profile in the 1280×720 window', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(new URL('?view=map&m=rare-earths&stage=mining', app.baseUrl).href);
    const india = page.getByRole('button', { name: /^India: / });
    await india.scrollIntoViewIfNeeded();
    await india.click();
    const heading = page.getByRole('heading', { name: 'Country profile: India' });
    await heading.waitFor();
    expect(await inViewport(page, '.country-profile h3')).toBe(true);
    // India mines a small share: its fill is a class colour, not the grey of "no figure".
    expect(await india.getAttribute('fill')).not.toBe('#d9d9d9');
    await page.close();
  });

  it('lets a click through a trade arc to Kazakhstan under it', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(new URL('?view=map&m=rare-earths&stage=mining', app.baseUrl).href);
    const kazakhstan = page.locator('path[data-country="KAZ"][role="button"]');
    await kazakhstan.waitFor();
    await page.locator('path[marker-end]').first().waitFor();
    await kazakhstan.scrollIntoViewIfNeeded();
    // A point of Kazakhstan that an arc's stroke covers, in window pixels.
    const under = await kazakhstan.evaluate((country: SVGPathElement) => {
      const svg = country.ownerSVGElement!;
      const arcs = [
        ...svg.querySelectorAll<SVGPathElement>('path[marker-end], path[stroke-dasharray]'),
      ];
      const box = country.getBBox();
      const point = svg.createSVGPoint();
      for (let x = box.x; x <= box.x + box.width; x += 0.5) {
        for (let y = box.y; y <= box.y + box.height; y += 0.5) {
          // Well inside the country (2 units from any border), where no neighbour's shape reaches.
          const inside = [
            [0, 0],
            [2, 0],
            [-2, 0],
            [0, 2],
            [0, -2],
          ].every(([dx, dy]) => {
            point.x = x + dx!;
            point.y = y + dy!;
            return country.isPointInFill(point);
          });
          point.x = x;
          point.y = y;
          if (!inside) continue;
          const arc = arcs.find((path) => path.isPointInStroke(point));
          if (!arc) continue;
          const onScreen = point.matrixTransform(country.getScreenCTM()!);
          return { x: onScreen.x, y: onScreen.y };
        }
      }
      return null;
    });
    expect(under).not.toBeNull();
    await page.mouse.click(under!.x, under!.y);
    await page.getByRole('heading', { name: 'Country profile: Kazakhstan' }).waitFor();
    await page.close();
  });
});
