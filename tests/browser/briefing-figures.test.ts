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

  it("reads Japan's exact rare-earth magnet imports from their compact figure, by pointer and by keyboard", async () => {
    const { page, errors } = await openPage('?view=exposure&m=rare-earths&as=JPN');
    const scorecard = page.getByRole('region', {
      name: 'Minerals ranked by reliance on a single supplier, 2024',
    });
    // HS 850511, 2024: 568,756,873 USD, written "569 M USD" (a no-break space before the M).
    const figure = scorecard.getByRole('button', { name: /^569\sM USD$/ });
    await figure.waitFor();
    expect(await figure.getAttribute('title')).toBeNull();
    const tooltip = page.getByRole('tooltip');
    expect(await tooltip.count()).toBe(0);

    // The pointer: the tooltip shows at once, whole, inside the window.
    await figure.hover();
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    for (const part of ['Recorded imports', 'Exact value', '568,756,873 USD', 'US dollars', '2024'])
      expect(text).toContain(part);
    expect(text).toMatch(/Source\s+CEPII, BACI/);
    const box = (await tooltip.boundingBox())!;
    const shown = (await figure.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y).toBeGreaterThan(shown.y + shown.height - 1);
    // It stays while the pointer moves onto it, to be read or copied, and Escape closes it.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    expect(await tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltip.count()).toBe(0);
    await page.mouse.move(0, 0);

    // The keyboard: Tab reaches the figure; its description is the tooltip while it shows.
    // From the scorecard's CSV button, a few Tabs down its rows (graphite's figure comes first).
    await scorecard.getByRole('button', { name: 'CSV' }).focus();
    const focused = () => figure.evaluate((node) => node === document.activeElement);
    for (let tabs = 0; tabs < 5 && !(await focused()); tabs++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(true);
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toContain('568,756,873 USD');
    const described = (await figure.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${described}"]`).innerText()).toContain('568,756,873 USD');

    await page.getByRole('button', { name: '日本語' }).click();
    const figureJa = page
      .getByRole('region', { name: '単一供給国への依存度による鉱物の順位（2024年）' })
      .getByRole('button', { name: '5.7億ドル' });
    await figureJa.focus();
    await tooltip.waitFor();
    const textJa = await tooltip.innerText();
    for (const part of [
      '記録された輸入額',
      '正確な値',
      '568,756,873ドル',
      '米ドル',
      '2024年',
      '出典',
    ])
      expect(textJa).toContain(part);
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

  // dashboard.test.ts reads the 2024 and 2025 panels and the dysprosium card; these read the rest.
  it('draws gallium refining 2023–2024 as one USGS line, without a false drop', async () => {
    const { page, errors } = await openPage('?m=gallium&stage=refining&y=2024');
    const trend = page.getByRole('region', {
      name: 'Gallium: share of the largest producer, by stage',
    });
    await trend.getByText('Show as table').click();
    const refiningLines = trend
      .getByRole('list', { name: 'Lines and their sources' })
      .getByText(/^Refining:/);
    expect(await refiningLines.allTextContents()).toEqual([
      'Refining: U.S. Geological Survey, Mineral Commodity Summaries',
    ]);
    expect(await trend.getByText(/^Series break in Refining/).count()).toBe(0);
    // 2023: 600,000 of 610,000 kg (98 %); 2024: 839,000 of 848,000 kg (99 %), not the
    // Outlook's 87 % of its top five.
    expect(await trend.getByRole('row', { name: /^2023/ }).textContent()).toContain('98%');
    expect(await trend.getByRole('row', { name: /^2024/ }).textContent()).toContain('99%');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives dysprosium its own figures beside the magnet-group proxy', async () => {
    const { page, errors } = await openPage('?m=dysprosium&stage=refining&y=2024');
    const own = page.getByRole('region', { name: 'Dysprosium on its own' });
    const prices = own.getByRole('table', { name: 'Dysprosium oxide: price by year' });
    expect(await prices.getByRole('row', { name: /^2025/ }).textContent()).toBe(
      '2025239 USD/kgestimated',
    );
    const grades = own.getByRole('table', { name: /in the ore of named deposits/ });
    expect(await grades.getByRole('row', { name: /^Longnan/ }).textContent()).toContain('7.48%');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the EU CRM reading of rare-earth refining one click away', async () => {
    const { page, errors } = await openPage('?m=rare-earths&stage=refining&y=2024');
    const panel = page.getByRole('region', { name: 'Rare earths: refining by country, 2024' });
    const opinion = panel.getByText(/^EU CRM 2023 study, Table A: major global supplier/);
    await panel.getByText(/^Second opinion, not tied to this year: European Commission/).click();
    expect(await opinion.textContent()).toBe(
      'EU CRM 2023 study, Table A: major global supplier (processing; entry “magnets” in the third-party reading): China 85%',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
