import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPORT_CSP_VIOLATIONS, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

async function open(search: string) {
  const context = await app.browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.addInitScript(REPORT_CSP_VIOLATIONS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL(search, app.baseUrl).href);
  return { context, page, errors };
}

/** Focus then keys: what a keyboard user does with Tab and Enter, without counting Tab presses. */
async function press(page: Page, target: ReturnType<Page['getByRole']>, key: string) {
  await target.focus();
  await page.keyboard.press(key);
}

describe('briefing mode in Chromium', () => {
  it('builds a two-slide deck and presents it from the keyboard alone', async () => {
    const { context, page, errors } = await open('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    await press(page, page.getByRole('button', { name: 'Save view as slide' }), 'Enter');
    await page.getByText('Saved as slide 1.').waitFor();
    await press(page, page.getByRole('checkbox', { name: 'Graphite' }), 'Space');
    await press(page, page.getByRole('radio', { name: 'Mining' }), 'Space');
    await page.getByRole('region', { name: /Graphite: mining by country, 2023/ }).waitFor();
    await press(page, page.getByRole('button', { name: 'Save view as slide' }), 'Enter');
    await page.getByText('Saved as slide 2.').waitFor();
    await press(page, page.getByRole('tab', { name: 'Concentration' }), 'End');
    await page.getByRole('textbox', { name: 'Title of slide 2 in English' }).waitFor();
    await press(
      page,
      page.getByRole('textbox', { name: 'Speaker notes for slide 2 in English' }),
      'KeyG',
    );
    await press(page, page.getByRole('button', { name: 'Present', exact: true }), 'Enter');

    const presentation = page.getByRole('dialog', { name: 'Presentation' });
    await presentation.getByText('Slide 1 of 2').waitFor();
    await presentation.getByText('Largest: China 98%').waitFor();
    await page.keyboard.press('ArrowRight');
    await presentation.getByText('Slide 2 of 2').waitFor();
    await presentation.getByRole('region', { name: /Graphite: mining by country, 2023/ }).waitFor();
    await page.keyboard.press('n');
    await presentation.getByLabel('Speaker notes').getByText('g').waitFor();
    await page.keyboard.press('Home');
    await presentation.getByText('Slide 1 of 2').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Briefing' }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Presentation' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the speaker notes in a second window that follows the slides and answers the keys', async () => {
    const { context, page, errors } = await open('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    await page.getByRole('button', { name: 'Save view as slide' }).click();
    await page.getByText('Saved as slide 1.').waitFor();
    await page.getByRole('checkbox', { name: 'Graphite' }).check();
    await page.getByRole('button', { name: 'Save view as slide' }).click();
    await page.getByText('Saved as slide 2.').waitFor();
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await page
      .getByRole('textbox', { name: 'Title of slide 1 in English' })
      .fill('Gallium refining');
    await page
      .getByRole('textbox', { name: 'Speaker notes for slide 1 in English' })
      .fill('China holds 98%.');
    await page
      .getByRole('textbox', { name: 'Speaker notes for slide 2 in English' })
      .fill('Add graphite.');
    const secondTitle = await page
      .getByRole('textbox', { name: 'Title of slide 2 in English' })
      .inputValue();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const presentation = page.getByRole('dialog', { name: 'Presentation' });
    await presentation.getByText('Slide 1 of 2').waitFor();

    const [notes] = await Promise.all([
      page.waitForEvent('popup'),
      presentation.getByRole('button', { name: 'Notes in a second window' }).click(),
    ]);
    await notes.getByRole('heading', { name: 'Gallium refining' }).waitFor();
    expect(await notes.title()).toBe('Speaker notes');
    expect(await notes.getByLabel('Speaker notes').innerText()).toBe('China holds 98%.');
    expect(await notes.getByText(`Next: ${secondTitle}`, { exact: true }).count()).toBe(1);

    await page.keyboard.press('ArrowRight');
    await notes.getByText('Slide 2 of 2').waitFor();
    expect(await notes.getByLabel('Speaker notes').innerText()).toBe('Add graphite.');
    await notes.getByText('This is the last slide.').waitFor();

    // The presenter can drive the slides from the notes window too.
    await notes.keyboard.press('ArrowLeft');
    await presentation.getByText('Slide 1 of 2').waitFor();

    await page.keyboard.press('Escape');
    await expect.poll(() => notes.isClosed()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports a chart as a 2× PNG and as an SVG that carry the title and source, and the figures as CSV', async () => {
    const { context, page, errors } = await open('?m=gallium&stage=refining&y=2023');
    const panel = page.getByRole('region', { name: 'Gallium: refining by country, 2023' });
    await panel.getByText('Largest: China 98%').waitFor();
    const exportGroup = panel.getByRole('group', {
      name: 'Download: Gallium: refining by country, 2023',
    });

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      exportGroup.getByRole('button', { name: 'PNG', exact: true }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('gallium-refining-2023-shares.png');
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const chartWidth = await panel
      .locator('.share-chart svg')
      .evaluate((svg) => Number(svg.getAttribute('width')));
    // Laid out at least 800 px wide (the chart and its 16 px margins if wider), drawn at 2×.
    expect(pngBytes.readUInt32BE(16)).toBe(Math.max(800, chartWidth + 32) * 2);

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      exportGroup.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    // Lines wrap to the chart's width; read as text, everything is there.
    const words = [...svgText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
      .map((match) => match[1])
      .join(' ');
    expect(words).toContain('Gallium: refining by country, 2023');
    expect(words).toContain(
      'U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)',
    );

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      exportGroup.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n')).toContain(
      // The share as a number (600,000 of 610,000 kg), its bound and the status in their own columns.
      `China,600000,kg,${600000 / 610000},,estimated,"U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)"`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the deck one slide a page', async () => {
    const { context, page, errors } = await open('?m=gallium&stage=refining&y=2023&lang=ja');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByText('最大：中国 98%').waitFor();
    await page.getByRole('button', { name: 'ビューをスライドに保存' }).click();
    await page.getByRole('checkbox', { name: '黒鉛' }).check();
    await page.getByRole('button', { name: 'ビューをスライドに保存' }).click();
    await page.getByRole('tab', { name: 'ブリーフィング' }).click();
    await page.getByRole('button', { name: '資料を印刷' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
    const pdf = await page.pdf({ landscape: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
