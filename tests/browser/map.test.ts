import { describe, expect, it } from 'vitest';
import { openWatchedPage, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

describe('the map in Chromium', () => {
  it('draws the countries and flows, and opens China’s profile from the map', async () => {
    const { page, errors } = await openWatchedPage(
      app.browser,
      new URL('?view=map&m=graphite&stage=mining&y=2023', app.baseUrl).href,
    );
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
    const graphite = profile.getByRole('row', { name: /^Graphite Mining 2025/ });
    expect(await graphite.getByRole('cell').nth(3).innerText()).toMatch(/^\d+%$/);
    await profile.getByText('Largest customers').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
