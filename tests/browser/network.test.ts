import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WIDE_MODEL_MINERALS, wideModel } from '../fixtures/wide-model';
import { openWatchedPage, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

/** The texts of the SVG the view's SVG button downloads. */
async function exportedSvgTexts(page: Page): Promise<string[]> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVG', exact: true }).click(),
  ]);
  const svg = readFileSync((await file.path())!, 'utf8');
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
}

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

    // The exported picture explains itself: its legend is in it, in the reader's language.
    expect(await exportedSvgTexts(page)).toEqual(
      expect.arrayContaining([
        'Other countries',
        'Mineral and stage',
        "Circle size: the country's share of the stages shown",
        'Line width: share of the world stage',
        "Dashed line: Japan's partnerships",
        'Arrow: trade flow in USD',
      ]),
    );
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('button', { name: '中国', exact: true }).waitFor();
    const japanese = await exportedSvgTexts(page);
    expect(japanese).toEqual(
      expect.arrayContaining([
        'その他の国',
        '鉱物と段階',
        '円の大きさ：表示中の段階での国のシェア',
        '線の太さ：世界の段階に占めるシェア',
        '破線：日本のパートナーシップ',
        '矢印：貿易の流れ（USD）',
      ]),
    );
    expect(japanese).not.toContain('Other countries');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a network too large for SVG, in Chromium', () => {
  it('draws 1,616 nodes on a canvas, pans it, and still reaches a node by search', async () => {
    const { page, errors } = await openWatchedPage(
      app.browser,
      new URL('?m=gallium&stage=refining&y=2023', app.baseUrl).href,
    );
    await page.getByLabel('Load your own model file…').setInputFiles({
      name: 'wide.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(wideModel())),
    });
    await page.getByText('Custom data').waitFor();
    await page.goto(
      new URL(
        `?view=network&m=${WIDE_MODEL_MINERALS.join(',')}&stage=mining&y=2023&as=AAA`,
        app.baseUrl,
      ).href,
    );

    const canvas = page.getByRole('img', { name: /^Dependency graph with 1,616 nodes, drawn/ });
    await canvas.waitFor({ timeout: 30_000 });
    expect(await page.locator('svg[role=group]').count()).toBe(0);
    // Something is drawn (the canvas is not one flat colour), and a drag moves it.
    const picture = () =>
      canvas.evaluate((element) => {
        const canvasElement = element as HTMLCanvasElement;
        const { data } = canvasElement
          .getContext('2d')!
          .getImageData(0, 0, canvasElement.width, canvasElement.height);
        const colours = new Set<number>();
        let checksum = 0;
        for (let i = 0; i < data.length; i += 4 * 97) {
          const colour = (data[i]! << 16) + (data[i + 1]! << 8) + data[i + 2]!;
          colours.add(colour);
          checksum = (checksum * 31 + colour) % 2_147_483_647;
        }
        return { colours: colours.size, checksum };
      });
    const before = await picture();
    expect(before.colours).toBeGreaterThan(2);
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await picture()).checksum).not.toBe(before.checksum);

    await page.getByRole('combobox', { name: 'Find' }).fill('Country ABC');
    await page.getByRole('button', { name: 'Go' }).click();
    const details = page.getByRole('region', { name: 'Country ABC' });
    await details.waitFor();
    expect(await details.getByRole('listitem').allInnerTexts()).toContain(
      'Country ABC → Mineral 1 · mining: 1.0% of the world (10 t, reported)',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Pairs of visible graph labels whose boxes on screen overlap (by more than half a pixel). */
async function overlappingLabels(page: import('playwright-core').Page) {
  return page.locator('svg[role=group] text.graph-label').evaluateAll((texts) => {
    const boxes = texts
      .filter((text) => getComputedStyle(text).visibility === 'visible')
      .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }));
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (
          Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 0.5 &&
          Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 0.5
        )
          overlaps.push(`${a.text} / ${b.text}`);
    return { overlaps, count: boxes.length, smallest: Math.min(...boxes.map((b) => b.box.height)) };
  });
}

describe('the network read as a briefer reads it, in Chromium', () => {
  it('reads the gallium chain left to right: refiners, then importers, with China → Japan', async () => {
    const { page, errors } = await openWatchedPage(
      app.browser,
      new URL('?view=network&m=gallium&y=2024&layout=chain', app.baseUrl).href,
    );
    const chain = page.getByRole('group', { name: /^Supply chain of Gallium in columns/ });
    await chain.waitFor();
    const headingX = async (name: string) =>
      (await chain.getByText(name, { exact: true }).boundingBox())!.x;
    const [mining, refining, importers] = [
      await headingX('Mining'),
      await headingX('Refining'),
      await headingX('Imports from these refiners'),
    ];
    expect(mining).toBeLessThan(refining);
    expect(refining).toBeLessThan(importers);
    const china = chain.getByRole('button', {
      name: /^China, Gallium · refining: 9\d% of the world$/,
    });
    const japan = chain.getByRole('button', { name: 'Japan: buys from the refiners shown' });
    expect((await china.boundingBox())!.x).toBeGreaterThan(mining);
    expect((await japan.boundingBox())!.x).toBeGreaterThan((await china.boundingBox())!.x);
    // The flow China → Japan as BACI publishes it for HS 811292 in 2024.
    const flow = chain.locator('path.chain-flow[data-from=CHN][data-to=JPN]');
    expect(await flow.count()).toBe(1);
    expect(await flow.locator('title').textContent()).toBe(
      'China → Japan: 16,149,339 USD (HS 811292, 2024)',
    );
    expect(await chain.locator('[tabindex="0"]').count()).toBe(1);
    expect((await overlappingLabels(page)).overlaps).toEqual([]);
    // The chain's picture carries the chain's own legend, not the network's.
    const exported = await exportedSvgTexts(page);
    expect(exported).toEqual(
      expect.arrayContaining([
        'Bar height: share of world mining or refining',
        'Ribbon width: trade value in USD',
      ]),
    );
    expect(exported).not.toContain('Other countries');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is one Tab stop, and its labels never overlap, with the focus panel open or not', async () => {
    const { page, errors } = await openWatchedPage(
      app.browser,
      new URL('?view=network&m=rare-earths,gallium,graphite&stage=refining&y=2023', app.baseUrl)
        .href,
    );
    const graph = page.getByRole('group', { name: /^Dependency graph with/ });
    await graph.getByRole('button', { name: 'China', exact: true }).waitFor();
    expect(await graph.locator('[tabindex="0"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Show as table' }).focus();
    const inGraph = () => graph.evaluate((element) => element.contains(document.activeElement));
    let presses = 0;
    while (!(await inGraph()) && presses < 10) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await inGraph()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inGraph()).toBe(false);

    const closed = await overlappingLabels(page);
    expect(closed.overlaps).toEqual([]);
    expect(closed.count).toBeGreaterThan(5);
    // Labels are drawn at 12 px on screen: a box at least 11 px tall.
    expect(closed.smallest).toBeGreaterThanOrEqual(11);
    await graph.getByRole('button', { name: 'China', exact: true }).click();
    await page.getByRole('region', { name: 'China' }).waitFor();
    const open = await overlappingLabels(page);
    expect(open.overlaps).toEqual([]);
    expect(open.smallest).toBeGreaterThanOrEqual(11);
    expect(errors).toEqual([]);
    await page.close();
  });
});
