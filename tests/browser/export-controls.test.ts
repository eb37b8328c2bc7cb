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
});
