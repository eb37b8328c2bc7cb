import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WIDE_MODEL_MINERALS, wideModel } from '../fixtures/wide-model';
import { servedAppForThisFile } from './harness';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const app = servedAppForThisFile();

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('accessibility (axe-core, WCAG 2.2 AA rules)', () => {
  it.each([
    ['English', '?m=gallium,rare-earths&stage=refining&y=2023&lang=en'],
    // The default link: the first screen rendered at build time, then hydrated.
    ['English, the default link', ''],
    ['Japanese', '?m=graphite,dysprosium&stage=mining&y=2024&g=QUAD&lang=ja'],
    ['English, exposure', '?view=exposure&m=gallium,graphite&lang=en'],
    ['Japanese, exposure', '?view=exposure&m=rare-earths&lang=ja'],
    [
      'English, exposure over two years',
      '?view=exposure&m=graphite&as=JPN&ty=2024&vs=2022&lang=en',
    ],
    [
      'English, supply cut',
      '?view=scenario&m=gallium&stage=refining&y=2023&lang=en&s=CHN:refining:100:cap:gallium',
    ],
    ['Japanese, supply cut', '?view=scenario&m=graphite&stage=mining&lang=ja'],
    [
      'Japanese, supply cut with figures of two years',
      '?view=scenario&m=gallium&stage=refining&y=2023&lang=ja&s=CHN:refining:100:cap:gallium',
    ],
    ['English, timeline', '?view=timeline&m=gallium,germanium,graphite&lang=en'],
    ['Japanese, timeline', '?view=timeline&m=rare-earths,dysprosium&lang=ja'],
    ['English, map', '?view=map&m=graphite&stage=mining&y=2023&lang=en'],
    ['Japanese, map', '?view=map&m=rare-earths&stage=mining&lang=ja'],
    ['English, network', '?view=network&m=gallium,graphite&stage=refining&y=2023&lang=en'],
    ['Japanese, network', '?view=network&m=rare-earths&stage=mining&y=2023&lang=ja'],
    ['English, briefing', '?view=deck&m=gallium&lang=en'],
    ['Japanese, briefing', '?view=deck&m=gallium&lang=ja'],
  ])('finds no violation: %s', async (_, search) => {
    // axe is injected as an inline script, which the app's own CSP rightly refuses.
    const context = await app.browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(new URL(search, app.baseUrl).href);
    await page.locator('main .panel, main .timeline-list, main .deck').first().waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /…/ })
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => {});
    // Views that load trade data settle once no loading notice is left.
    await page.getByRole('status').filter({ hasText: /…/ }).waitFor({ state: 'detached' });
    // Charts mount one after another: all of them are audited.
    await expect.poll(() => page.locator('.chart-placeholder').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([
    ['English', 'en', /^569\sM USD$/],
    ['Japanese', 'ja', '5.7億ドル'],
  ])("finds no violation with a compact figure's tooltip open: %s", async (_, language, name) => {
    const context = await app.browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(
      new URL(`?view=exposure&m=rare-earths&as=JPN&lang=${language}`, app.baseUrl).href,
    );
    const figure = page.getByRole('button', { name }).first();
    await figure.focus();
    await page.getByRole('tooltip').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([
    ['English', 'en', 'Dependency graph with 1,616 nodes'],
    ['Japanese', 'ja', '1,616個のノードからなる依存関係グラフ'],
  ])('finds no violation on a network drawn on a canvas: %s', async (_, language, name) => {
    const context = await app.browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(new URL('?m=gallium', app.baseUrl).href);
    await page.getByLabel('Load your own model file…').setInputFiles({
      name: 'wide.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(wideModel())),
    });
    await page.getByText('Custom data').waitFor();
    const link = `?view=network&m=${WIDE_MODEL_MINERALS.join(',')}&stage=mining&y=2023&as=AAA&lang=${language}`;
    await page.goto(new URL(link, app.baseUrl).href);
    await page.getByRole('img', { name: new RegExp(`^${name}`) }).waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

/** A deck of the views' slides as the presenter shows them: one slide per link, in this order. */
const PRESENTED = {
  concentration: '?m=gallium,graphite&stage=refining&y=2023&as=JPN',
  timelineEvent: '?view=timeline&m=gallium&as=JPN&event=cn-ga-ge-export-control-2023',
  network: '?view=network&m=gallium,germanium&y=2023&as=JPN',
  chain: '?view=network&layout=chain&m=gallium&y=2025&as=JPN',
  map: '?view=map&m=rare-earths&stage=mining&y=2023&as=JPN',
  exposure: '?view=exposure&m=gallium,germanium&y=2023&as=JPN',
  exposureCompared: '?view=exposure&m=graphite&as=JPN&ty=2024&vs=2022',
  supplyCut: '?view=scenario&m=gallium&stage=refining&y=2023&as=JPN',
};

describe('accessibility of the presenter (axe-core) at 1280×720', () => {
  it.each([
    [
      'English',
      'en',
      'Present',
      'Presentation',
      (n: number, count: number) => `Slide ${n} of ${count}`,
    ],
    ['Japanese', 'ja', '発表', '発表', (n: number, count: number) => `スライド ${n} / ${count}`],
  ])(
    'finds no violation on any kind of slide, notes closed and open: %s',
    async (_, language, present, presentation, counter) => {
      const slides = Object.values(PRESENTED).map((link, position) => ({
        id: `slide-${position + 1}`,
        title: { en: `Slide ${position + 1}`, ja: `スライド${position + 1}` },
        // No Japanese notes: the pane then says so above the English ones.
        notes: { en: `Notes for slide ${position + 1}.`, ja: '' },
        link,
      }));
      const context = await app.browser.newContext({
        viewport: { width: 1280, height: 720 },
        bypassCSP: true,
      });
      const page = await context.newPage();
      await page.addInitScript(
        (deck) => {
          if (!sessionStorage.getItem('deck-seeded')) {
            localStorage.setItem('lodestone-deck', deck);
            sessionStorage.setItem('deck-seeded', 'yes');
          }
        },
        JSON.stringify({ state: { slides }, version: 2 }),
      );
      await page.goto(new URL(`?view=deck&lang=${language}`, app.baseUrl).href);
      await page.getByRole('button', { name: present, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: presentation });
      const views = Object.keys(PRESENTED);
      for (const [position, view] of views.entries()) {
        await dialog
          .getByRole('banner')
          .getByText(counter(position + 1, views.length))
          .waitFor();
        // The slide has loaded and drawn everything it shows.
        await page.waitForFunction(
          () =>
            document.querySelector('.slide-stage .slide-body > *') !== null &&
            document.querySelector('.slide-stage :is(.loading, .chart-placeholder)') === null,
        );
        const notes = dialog.getByRole('complementary');
        expect({ view, notes: 'closed', violations: await axeViolations(page) }).toEqual({
          view,
          notes: 'closed',
          violations: [],
        });
        await page.keyboard.press('n');
        await notes.waitFor();
        expect({ view, notes: 'open', violations: await axeViolations(page) }).toEqual({
          view,
          notes: 'open',
          violations: [],
        });
        await page.keyboard.press('n');
        await notes.waitFor({ state: 'detached' });
        await page.keyboard.press('ArrowRight');
      }
      await context.close();
    },
  );
});

/** axe-core's WCAG 2.2 AA and best-practice rules on the page as it is. */
async function axeViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target),
    }));
  });
}
