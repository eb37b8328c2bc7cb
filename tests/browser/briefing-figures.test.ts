import { describe, expect, it } from 'vitest';
import { openWatchedPage, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

const openPage = (search: string) =>
  openWatchedPage(app.browser, new URL(search, app.baseUrl).href);

describe('figures a briefer can quote, in Chromium', () => {
  it("names Taiwan as Japan's largest HS 811292 supplier, in English and Japanese", async () => {
    const { page, errors } = await openPage('?view=exposure&m=gallium&as=JPN');
    const panel = page.getByRole('region', {
      name: 'Gallium and Germanium: imports by supplier, 2024',
    });
    await panel
      .getByText(
        "Reliance on the largest supplier under HS 811292: Taiwan (reported as 'Other Asia, n.e.s.') 19%",
      )
      .waitFor();
    expect(await panel.getByText(/^Taiwan: BACI's country list/).isVisible()).toBe(true);
    await page.getByRole('button', { name: '日本語' }).click();
    await page
      .getByText('HS 811292での最大供給国への依存：台湾（統計上は「その他アジア」） 19%')
      .waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers 2023 capacities for a 2024 gallium cut instead of reading a gap as 0', async () => {
    const { page, errors } = await openPage(
      '?view=scenario&m=gallium&stage=refining&y=2024&s=CHN:refining:100:cap:gallium',
    );
    const card = page.getByRole('region', { name: /Scenario 1/ });
    await card.getByText(/^n\/a: no capacity in the same unit for 2024/).waitFor();
    expect(await card.getByText(/0 % of world of a possible/).count()).toBe(0);
    await card
      .getByRole('button', { name: 'Use 2023, the nearest year with capacities in the same unit' })
      .click();
    await card.getByRole('heading', { name: 'Gallium, refining, 2023' }).waitFor();
    // 2023: Japan 10,000 − 3,000 kg and South Korea 16,000 − 2,000 kg of room.
    await card.getByText(/of a possible 21,000 kg/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
