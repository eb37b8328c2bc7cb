import { describe, expect, it } from 'vitest';
import { openWatchedPage, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

describe('the network in Chromium', () => {
  it('finds China, focuses it and reads every stage it supplies, and keeps the picture steady on a filter change', async () => {
    const { page, errors } = await openWatchedPage(
      app.browser,
      new URL('?view=network&m=rare-earths,gallium,graphite&stage=refining&y=2023', app.baseUrl)
        .href,
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
