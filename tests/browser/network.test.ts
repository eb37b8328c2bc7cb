import { describe, expect, it } from 'vitest';
import { WIDE_MODEL_MINERALS, wideModel } from '../fixtures/wide-model';
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
