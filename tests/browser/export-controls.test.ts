import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPORT_CSP_VIOLATIONS, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

async function openTimeline(search: string): Promise<{ page: Page; errors: string[] }> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(REPORT_CSP_VIOLATIONS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL(search, app.baseUrl).href);
  return { page, errors };
}

/** The register's row for a document, found by its number at the start of the row header. */
const registerRow = (page: Page, document: RegExp) =>
  page
    .getByRole('table', { name: /Register of documents|文書一覧/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: document }) });

describe('export controls as of a date, in Chromium', () => {
  it('reads Nos. 18, 70 and 72 and the measures aimed at Japan on 29 November 2026', async () => {
    const { page, errors } = await openTimeline('?view=timeline&m=rare-earths,gallium&lang=en');
    const asOf = page.getByLabel('As of');
    await asOf.fill('2026-11-10');
    await page.getByRole('heading', { name: 'Export controls on November 10, 2026' }).waitFor();
    expect(
      await registerRow(page, /^MOFCOM\/GAC Announcement No\. 70 \[2025\]/).textContent(),
    ).toContain('Suspension in effect until November 10, 2026');

    await asOf.fill('2026-11-29');
    await page.getByRole('heading', { name: 'Export controls on November 29, 2026' }).waitFor();
    expect(new URL(page.url()).searchParams.get('asof')).toBe('2026-11-29');
    expect(
      await registerRow(page, /^MOFCOM\/GAC Announcement No\. 18 \[2025\]/).textContent(),
    ).toContain('In force since April 4, 2025');
    expect(
      await registerRow(page, /^MOFCOM\/GAC Announcement No\. 70 \[2025\]/).textContent(),
    ).toContain('Suspension ran to November 10, 2026; no later document in the data');
    expect(
      await registerRow(page, /^MOFCOM Announcement No\. 72 \[2025\]/).textContent(),
    ).toContain('Suspension ran to November 27, 2026; no later document in the data');
    expect(
      await registerRow(page, /^MOFCOM\/GAC Announcement No\. 57 \[2025\]/).textContent(),
    ).toContain(
      'Suspension ran to November 10, 2026 (MOFCOM/GAC Announcement No. 70 [2025]); no later document in the data',
    );

    const aimedAtJapan = page.getByRole('list', { name: 'Aimed at Japan' });
    expect(await aimedAtJapan.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(
        /^MOFCOM Announcement No\. 1 \[2026\].*In force since January 6, 2026$/,
      ),
      expect.stringMatching(
        /^MOFCOM Announcements No\. 11 and No\. 12 \[2026\].*In force since February 24, 2026$/,
      ),
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a link with the date and reads it in Japanese', async () => {
    const { page, errors } = await openTimeline(
      '?view=timeline&m=gallium&as=JPN&lang=ja&asof=2026-11-29',
    );
    await page.getByRole('heading', { name: '2026年11月29日時点の輸出管理' }).waitFor();
    expect(await registerRow(page, /^商務部公告2025年第72号/).textContent()).toContain(
      '停止は2026年11月27日まで。その後の文書はデータにない',
    );
    const aimedAtJapan = page.getByRole('list', { name: '日本を対象とする措置' });
    expect(await aimedAtJapan.getByRole('listitem').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads the risk lens for Japan beside India and the EU27 gauge (gallium refining)', async () => {
    const { page, errors } = await openTimeline(
      '?view=timeline&m=gallium&stage=refining&as=JPN&c=IND&g=EU27&asof=2026-11-29&lang=en',
    );
    const lens = page.getByRole('table', {
      name: 'Supply-risk components for Gallium refining: Japan, India, and European Union (27), each with its source',
    });
    const cells = async (header: RegExp) =>
      lens
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: header }) })
        .getByRole('cell')
        .allTextContents();
    await lens.getByRole('rowheader', { name: /^Imports recorded/ }).waitFor();
    // Hand-computed in tests/unit/risk-lens-figures.test.ts: world 5.680550; sourcing Japan
    // 0.496346, India 0.655777; China 16,149,339 / 84,289,230 of Japan's imports, 472,000 /
    // 1,735,923 of India's, 57,394,630 / 130,476,869 of the EU's from outside it.
    expect(await cells(/^World supply concentration weighted by governance/)).toEqual([
      expect.stringMatching(/^5\.68 .*Source.*Mineral Commodity Summaries 2026: Gallium/),
    ]);
    expect(await cells(/^Share of world supply from countries with a control in force/)).toEqual([
      '100% (MOFCOM/GAC Announcement No. 23 [2023], MOFCOM Announcement No. 1 [2026], and MOFCOM Announcements No. 11 and No. 12 [2026])',
      '100% (MOFCOM/GAC Announcement No. 23 [2023])',
      '100% (MOFCOM/GAC Announcement No. 23 [2023])',
    ]);
    expect(await cells(/^Net import reliance/)).toEqual([
      'n/a Not published for Japan; its imports (HS 811292) are recorded in USD only, which cannot be set against production in tonnes.',
      'n/a Not published for India; its imports (HS 811292) are recorded in USD only, which cannot be set against production in tonnes.',
      expect.stringMatching(/^n\/a Not published for European Union \(27\)/),
    ]);
    expect(await cells(/^Imports recorded/)).toEqual([
      expect.stringMatching(/^2024 · 84,289,230 USD ?Source:.*BACI/),
      expect.stringMatching(/^2024 · 1,735,923 USD ?Source:.*BACI/),
      expect.stringMatching(
        /^2024 · 130,476,869 USD Members with imports recorded: 23 of 27 \(none for: Lithuania, Luxembourg, Malta, and Romania\)\./,
      ),
    ]);
    expect(await cells(/^Largest single supplier against the EU's 65% benchmark/)).toEqual([
      "19% from Taiwan (reported as 'Other Asia, n.e.s.'): within the 65% ceiling",
      '27% from China: within the 65% ceiling',
      '44% from China: within the 65% ceiling',
    ]);
    const sourcing = await cells(/^Own sourcing concentration/);
    expect(sourcing.slice(0, 2)).toEqual(['0.5', '0.66']);
    expect(await cells(/^Share from suppliers with a control in force/)).toEqual([
      '19% (MOFCOM/GAC Announcement No. 23 [2023], MOFCOM Announcement No. 1 [2026], and MOFCOM Announcements No. 11 and No. 12 [2026])',
      '27% (MOFCOM/GAC Announcement No. 23 [2023])',
      '44% (MOFCOM/GAC Announcement No. 23 [2023])',
    ]);
    expect(await cells(/^Supply risk \(EU formula/)).toEqual([
      'n/a needs a published net import reliance',
      'n/a needs a published net import reliance',
      'n/a needs a published net import reliance',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads the risk lens in Japanese, with the score for the United States from USGS', async () => {
    const { page, errors } = await openTimeline(
      '?view=timeline&m=gallium&stage=refining&as=USA&c=IND&asof=2026-11-29&lang=ja',
    );
    const lens = page.getByRole('table', { name: /^ガリウム（精製）の供給リスクの構成要素/ });
    const cells = async (header: RegExp) =>
      lens
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: header }) })
        .getByRole('cell')
        .allTextContents();
    // Read once the trade file is in: before it, no column may read as having no imports.
    await lens.getByRole('rowheader', { name: /^輸入の記録/ }).waitFor();
    expect(await cells(/^純輸入依存度/)).toEqual([
      expect.stringMatching(/^100% （2025年） 推定 米国の純輸入依存度：ガリウム.*出典/),
      expect.stringMatching(/^n\/a インドについては公表値がありません。/),
    ]);
    // USA: 5.680550 × 0.5 + 0.668011 × 0.5 = 3.174280 (tests/unit/risk-lens-figures.test.ts).
    expect(await cells(/^供給リスク（EU式/)).toEqual(['3.17', 'n/a 純輸入依存度の公表値が必要']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
