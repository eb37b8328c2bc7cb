import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPORT_CSP_VIOLATIONS, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

async function open(search: string) {
  const context = await app.browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.baseUrl).origin,
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

/** Width and height from a PNG's header (IHDR: bytes 16–23). */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

const svgWords = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join(' ');

describe('the whole view in Chromium', () => {
  it('keeps a map setting through the link, a kept slide and Back', async () => {
    const { context, page, errors } = await open('?view=map&m=graphite&stage=mining&y=2023');
    const flowsShown = page.getByRole('combobox', { name: 'Flows shown' });
    await flowsShown.waitFor();
    await flowsShown.selectOption('20');
    await page.getByRole('combobox', { name: 'Country profile' }).selectOption('CHN');
    await page.getByRole('region', { name: 'Country profile: China' }).waitFor();
    await page.waitForURL(/flows=20/);
    const link = page.url();
    expect(new URL(link).searchParams.get('profile')).toBe('CHN');
    expect(await page.title()).toBe('Graphite mining 2023 · Map · Lodestone');

    // The link, opened afresh, shows the same map.
    const other = await context.newPage();
    await other.goto(link);
    await other.getByRole('region', { name: 'Country profile: China' }).waitFor();
    expect(await other.getByRole('combobox', { name: 'Flows shown' }).inputValue()).toBe('20');
    await other.close();

    // A kept slide, titled after the map, shows the same map when presented.
    await page.getByRole('button', { name: 'Save view as slide' }).click();
    await page.getByText('Saved as slide 1.').waitFor();

    // Back, after moving to another view, returns to the map as it was.
    await page.getByRole('tab', { name: 'Exposure' }).click();
    await page.waitForURL(/view=exposure/);
    await page.goBack();
    await page.getByRole('region', { name: 'Country profile: China' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Flows shown' }).inputValue()).toBe('20');
    expect(page.url()).toBe(link);
    await page.goForward();
    await page.waitForURL(/view=exposure/);

    await page.getByRole('tab', { name: 'Briefing' }).click();
    expect(
      await page.getByRole('textbox', { name: 'Title of slide 1 in English' }).inputValue(),
    ).toMatch(/^Map: Graphite · mining · 2023 · HS \d+ flows, \d{4} · profile of China$/);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const presentation = page.getByRole('dialog', { name: 'Presentation' });
    // The slide is the composed map (map, legend, flows key): its flows are the 20 set on screen.
    await presentation.getByText(/^The 20 largest flows of .*\(HS \d+\) in \d{4}/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the trend and the map as PNGs at least 1,600 px wide, titled, and copies one', async () => {
    const { context, page, errors } = await open('?m=gallium&stage=refining&y=2023');
    const trendTitle = 'Gallium: share of the largest producer, by stage';
    const trend = page.getByRole('region', { name: trendTitle });
    await trend.locator('svg.recharts-surface').first().waitFor();
    const trendExports = trend.getByRole('group', { name: `Download: ${trendTitle}` });

    const png = await download(page, () =>
      trendExports.getByRole('button', { name: 'PNG', exact: true }).click(),
    );
    expect(png.suggestedFilename()).toMatch(/^gallium-refining-top1-share-\d{4}-\d{4}\.png$/);
    const [width, height] = pngSize(readFileSync((await png.path())!));
    expect(width).toBeGreaterThanOrEqual(1600);
    // The chart itself is 220 px high on screen: a picture of the chart alone would be far lower.
    expect(height).toBeGreaterThan(600);

    const slide = await download(page, () =>
      trendExports.getByRole('button', { name: /PNG 16:9/ }).click(),
    );
    const [slideWidth, slideHeight] = pngSize(readFileSync((await slide.path())!));
    expect(slideWidth).toBeGreaterThanOrEqual(1600);
    expect(slideWidth / slideHeight).toBeCloseTo(16 / 9, 2);

    const svg = await download(page, () =>
      trendExports.getByRole('button', { name: 'SVG' }).click(),
    );
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(Number(/^<svg[^>]* width="(\d+)"/.exec(svgText)![1])).toBeGreaterThanOrEqual(800);
    const words = svgWords(svgText);
    expect(words).toContain(trendTitle);
    expect(words).toMatch(/Data: .+ · exported /);
    // The series legend (HTML on screen) is in the picture, and so are the sources it names.
    expect(words).toMatch(/Refining: U\.S\. Geological Survey, Mineral Commodity Summaries/);
    expect(words).toContain('Source: U.S. Geological Survey, Mineral Commodity Summaries 2024');
    expect(svgText).toContain('<path');

    await trendExports.getByRole('button', { name: 'Copy image' }).click();
    await trendExports.getByText('Image copied').waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? item.types : [];
    });
    expect(copied).toContain('image/png');

    await page.getByRole('tab', { name: 'Map' }).click();
    const mapTitle = 'Gallium: refining by country and trade flows, 2023';
    await page.getByRole('group', { name: new RegExp(`World map: ${mapTitle}`) }).waitFor();
    const mapExports = page.getByRole('group', { name: `Download: ${mapTitle}` });
    const mapPng = await download(page, () =>
      mapExports.getByRole('button', { name: 'PNG', exact: true }).click(),
    );
    expect(mapPng.suggestedFilename()).toBe('gallium-refining-2023-map.png');
    expect(pngSize(readFileSync((await mapPng.path())!))[0]).toBeGreaterThanOrEqual(1600);
    const mapSvg = await download(page, () =>
      mapExports.getByRole('button', { name: 'SVG' }).click(),
    );
    const mapWords = svgWords(readFileSync((await mapSvg.path())!, 'utf8'));
    expect(mapWords).toContain(mapTitle);
    expect(mapWords).toContain('Source: ');
    // The classed legend and the flows key come with the map.
    expect(mapWords).toMatch(/Share of world, in \w+ classes/);
    expect(mapWords).toMatch(
      / or more .*n\/a.*no figure.*sea.*trade flow, width by value \(USD\).*partnership/,
    );
    expect(mapWords).toMatch(/The \d+ largest flows of .* \(HS \d+\) in \d{4}/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
