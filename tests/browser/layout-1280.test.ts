import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWatchedPage, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

type View = 'concentration' | 'scenario' | 'map' | 'exposure' | 'network' | 'timeline' | 'deck';

/**
 * The first chart of each view. The timeline's is its event axis, which comes before the
 * export-control register. The briefing shows saved slides: a slide is saved before it is read.
 */
const FIRST_CHART: Record<View, string> = {
  concentration: '.stage-panel svg[role="img"]',
  scenario: '.outcome-figures',
  map: '.map-figure > svg',
  exposure: '.figures-table',
  network: '[role="tabpanel"] svg[role="group"]',
  timeline: '[role="tabpanel"] svg.timeline-axis[role="group"]',
  deck: '.slide-item',
};
const VIEWS = Object.keys(FIRST_CHART) as View[];

async function openView(view: View, language: 'en' | 'ja'): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
  const first = view === 'deck' ? 'concentration' : view;
  await page.goto(new URL(`?view=${first}&lang=${language}`, app.baseUrl).href);
  await page.locator('[role="tabpanel"] h2').first().waitFor();
  if (view === 'deck') {
    await page
      .getByRole('button', {
        name: language === 'en' ? 'Save view as slide' : 'ビューをスライドに保存',
      })
      .click();
    await page
      .getByRole('tab', { name: language === 'en' ? 'Briefing' : 'ブリーフィング' })
      .click();
  }
  await page.locator(FIRST_CHART[view]).first().waitFor();
  // Panels mount one after another: the page is read once none is left to come.
  await page.waitForFunction(
    () => document.querySelectorAll('.chart-placeholder, .loading').length === 0,
  );
  return page;
}

/**
 * Buttons whose label runs onto a second line. Not counted: citations, which are links inside a
 * sentence and wrap with it, and buttons laid out as cards of several blocks (a date above a title).
 */
function wrappedButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((button) => button.getClientRects().length > 0 && !button.matches('.link-button'))
      .filter((button) =>
        [...button.children].every((child) => getComputedStyle(child).display.startsWith('inline')),
      )
      .filter((button) => {
        const text = document.createRange();
        text.selectNodeContents(button);
        const lineHeight = parseFloat(getComputedStyle(button).fontSize) * 1.6;
        return text.getBoundingClientRect().height > lineHeight;
      })
      .map((button) => button.textContent ?? ''),
  );
}

describe('the app at 1280×720', () => {
  it.each(VIEWS.flatMap((view) => [[view, 'en'] as const, [view, 'ja'] as const]))(
    '%s (%s): no button wraps, the first chart starts in the window',
    async (view, language) => {
      const page = await openView(view, language);
      expect(await wrappedButtons(page)).toEqual([]);
      const top = await page
        .locator(FIRST_CHART[view])
        .first()
        .evaluate((chart) => chart.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(0);
      // The chart's top and at least its first lines: not a sliver at the bottom edge.
      expect(top).toBeLessThan(720 - 100);
      await page.close();
    },
  );

  it.each(['en', 'ja'] as const)(
    'timeline (%s), sidebar folded: the event axis starts in the window, the register a click away',
    async (language) => {
      const page = await openView('timeline', language);
      await page
        .getByRole('button', { name: language === 'en' ? 'Filters' : 'フィルター', exact: true })
        .click();
      expect(await page.getByRole('form', { name: /Filters|フィルター/ }).count()).toBe(0);
      const axis = page.getByRole('group', {
        name: language === 'en' ? /^Events on a time axis/ : /^時間軸上の/,
      });
      const axisTop = await axis.evaluate((svg) => svg.getBoundingClientRect().top);
      expect(axisTop).toBeGreaterThan(0);
      expect(axisTop).toBeLessThan(720 - 100);
      expect(await wrappedButtons(page)).toEqual([]);
      // The register follows the events, and the line under the heading leads to it.
      const register = page.getByRole('region', {
        name: language === 'en' ? /^Export controls on / : /時点の輸出管理$/,
      });
      const registerTop = await register.evaluate((section) => section.getBoundingClientRect().top);
      expect(registerTop).toBeGreaterThan(axisTop);
      await page
        .getByRole('navigation', {
          name:
            language === 'en'
              ? 'The export-control register, further down'
              : 'この下の輸出管理の一覧',
        })
        .getByRole('button')
        .first()
        .click();
      const heading = register.getByRole('heading', { level: 2 });
      await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
      const headingTop = await heading.evaluate((h) => h.getBoundingClientRect().top);
      expect(headingTop).toBeGreaterThanOrEqual(0);
      expect(headingTop).toBeLessThan(720 - 100);
      await page.close();
    },
  );

  it('folds the filter sidebar and opens it again from the keyboard', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(new URL('?view=concentration', app.baseUrl).href);
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await toggle.waitFor();
    const panelWidth = () =>
      page.locator('[role="tabpanel"]').evaluate((panel) => panel.getBoundingClientRect().width);
    const widthBeside = await panelWidth();
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('form', { name: 'Filters' }).count()).toBe(0);
    // The charts take the width the sidebar leaves.
    expect(await panelWidth()).toBeGreaterThan(widthBeside + 200);
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('checkbox', { name: 'Rare earths' }).waitFor();
    await page.close();
  });

  it('starts with the sidebar folded on a narrower screen', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1024, height: 720 } });
    await page.goto(new URL('?view=map', app.baseUrl).href);
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.getByText('Rare earths · Mining · 2025 · as seen from Japan').waitFor();
    await page.close();
  });

  it('draws the default link folded on a narrower screen, without taking over the wide prerender', async () => {
    const { page, errors } = await openWatchedPage(app.browser, 'about:blank');
    await page.setViewportSize({ width: 1024, height: 720 });
    await page.goto(app.baseUrl);
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // React has taken the chart over (its properties are on the node) and reported no mismatch.
    await page.waitForFunction(() =>
      Object.keys(document.querySelector('.share-chart svg') ?? {}).some((key) =>
        key.startsWith('__react'),
      ),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * Latin-script words a Japanese page may show in its own text: units and marks (USD, t, kg, e for
 * "estimated", n/a), trade-code and index names (HS, HHI, ISO, REO), file formats and keys (PNG,
 * SVG, CSV, JSON, Enter, Esc), element symbols, the app's name, country groups, and the acronyms
 * of publishers and agencies the Japanese text names as they name themselves. Words with a digit
 * (codes such as 1C902, G7) count as codes. Anything else counts against a small allowance per
 * view: proper names the Japanese text keeps in Latin letters (Caremag, JAXA).
 */
const ALLOWED_WORDS = new Set(
  [
    'USD',
    't',
    'kg',
    'kt',
    'e',
    'p',
    'n/a',
    'yr',
    'HS',
    'HHI',
    'ISO',
    'REO',
    'PNG',
    'SVG',
    'CSV',
    'JSON',
    'Enter',
    'Esc',
    'Nd',
    'Pr',
    'Dy',
    'Tb',
    'NdPr',
    'NdFeB',
    'Lodestone',
    'EU',
    'UN',
    'USGS',
    'IEA',
    'BACI',
    'CEPII',
    'BGS',
    'MOFCOM',
    'GAC',
    'JOGMEC',
    'JARE',
    'JUCIP',
    'WGI',
    'METI',
    'Comtrade',
  ].map((word) => word.toLowerCase()),
);
const ALLOWANCE_PER_VIEW = 12;

/** Latin-script words in visible text outside `lang="en"` and code, not in the allowed list. */
function englishWords(page: Page): Promise<string[]> {
  return page.evaluate(
    (allowed) => {
      const words: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest('[lang="en"], code, script, style')) continue;
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        for (const word of node.textContent?.match(
          /\p{Script=Latin}[\p{Script=Latin}\d'’./_-]*/gu,
        ) ?? []) {
          const bare = word.replace(/[.’'_-]+$/, '');
          if (/\d/.test(bare) || allowed.includes(bare.toLowerCase())) continue;
          words.push(bare);
        }
      }
      return words;
    },
    [...ALLOWED_WORDS],
  );
}

describe('the Japanese interface at 1280×720', () => {
  it.each(VIEWS)('shows almost no English of its own: %s', async (view) => {
    const page = await openView(view, 'ja');
    const words = await englishWords(page);
    expect(words.length, words.join(' ')).toBeLessThanOrEqual(ALLOWANCE_PER_VIEW);
    await page.close();
  });

  it("shows a country's profile on the map without English outside the marked sources", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(new URL('?view=map&m=gallium&profile=CHN&lang=ja', app.baseUrl).href);
    await page.getByRole('region', { name: '国のプロフィール：中国' }).waitFor();
    const words = await englishWords(page);
    expect(words.length, words.join(' ')).toBeLessThanOrEqual(ALLOWANCE_PER_VIEW);
    await page.close();
  });
});
