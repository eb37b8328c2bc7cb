import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPORT_CSP_VIOLATIONS, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

const LINKS = {
  concentration: '?m=gallium,graphite&stage=refining&y=2023&as=JPN&lang=en',
  scenario: '?view=scenario&m=gallium&stage=refining&y=2023&as=JPN&lang=en',
  map: '?view=map&m=rare-earths&stage=mining&y=2023&as=JPN&lang=en',
  exposure: '?view=exposure&m=gallium,germanium&y=2023&as=JPN&lang=en',
  exposureCompared: '?view=exposure&m=graphite&as=JPN&ty=2024&vs=2022&lang=en',
  // Forty-six suppliers, names on two lines: the rows give way to the notes and the source.
  exposureComparedLong: '?view=exposure&m=rare-earths&as=JPN&ty=2024&vs=2022&lang=en',
  timeline: '?view=timeline&m=gallium&as=JPN&lang=en',
  // An export control: its trade before and after beside the event, the lens at the foot.
  timelineExportControl:
    '?view=timeline&m=gallium&as=JPN&event=cn-ga-ge-export-control-2023&lang=en',
  network: '?view=network&m=gallium,germanium&y=2023&as=JPN&lang=en',
};

/** A deck kept in localStorage as the app keeps it (version 2), one slide per link. */
function keptDeck(links: string[]) {
  const slides = links.map((link, position) => ({
    id: `slide-${position + 1}`,
    title: { en: `Slide ${position + 1}`, ja: `スライド${position + 1}` },
    notes: { en: `Notes for slide ${position + 1}.`, ja: '' },
    link,
  }));
  return JSON.stringify({ state: { slides }, version: 2 });
}

async function openWithDeck(viewport: { width: number; height: number }, links: string[]) {
  const context = await app.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(REPORT_CSP_VIOLATIONS);
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('deck-seeded')) {
      localStorage.setItem('lodestone-deck', text);
      sessionStorage.setItem('deck-seeded', 'yes');
    }
  }, keptDeck(links));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL('?view=deck', app.baseUrl).href);
  return { context, page, errors };
}

/** Waits for the slide on the stage to have loaded and drawn everything it shows. */
async function slideDrawn(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelector('.slide-stage .slide-body > *') !== null &&
      document.querySelector('.slide-stage .loading') === null,
  );
}

/** A slide whole on its one stage, as `inspectSlide` measured it; `label` names it in a failure. */
function expectWholeOnStage(slide: Awaited<ReturnType<typeof inspectSlide>>, label: unknown) {
  expect({ label, ...slide }).toEqual({
    label,
    stages: 1,
    smallest: slide.smallest,
    controls: 0,
    cut: 0,
    clipped: 0,
    overFooter: 0,
    empty: false,
    pageScrolls: false,
  });
}

/**
 * What a projected slide must satisfy: the page does not scroll, nothing is cut off the stage (no
 * content below or beside it, no line of text drawn outside it), no line of the slide's body runs
 * into the line of the page number under it, no control is inside it, and the smallest visible text
 * (SVG text as drawn on screen).
 */
function inspectSlide(page: Page, within: string) {
  return page.evaluate((selector) => {
    const stages = [...document.querySelectorAll<HTMLElement>(selector)];
    let smallest = Infinity;
    let controls = 0;
    let cut = 0;
    let clipped = 0;
    let overFooter = 0;
    for (const stage of stages) {
      controls += stage.querySelectorAll(
        'input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])',
      ).length;
      if (stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1)
        cut += 1;
      const edge = stage.getBoundingClientRect();
      const footer = stage.querySelector('.slide-footer')?.getBoundingClientRect();
      const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim() || element.closest('.visually-hidden')) continue;
        // A line of text partly or wholly outside the stage is clipped by it.
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects())
          if (
            line.width > 0 &&
            (line.bottom > edge.bottom + 1 ||
              line.right > edge.right + 1 ||
              line.top < edge.top - 1 ||
              line.left < edge.left - 1)
          )
            clipped += 1;
        // A line of the body (a source line, say) drawn into the page number's line touches it:
        // reaching more than a quarter of that line down (a Japanese font's glyph box alone
        // overhangs its line by a pixel or two).
        if (footer && element.closest('.slide-body'))
          for (const line of range.getClientRects())
            if (line.width > 0 && line.bottom > footer.top + footer.height / 4) overFooter += 1;
        const text = element.closest('text');
        const scale = text instanceof SVGTextElement ? (text.getScreenCTM()?.a ?? 1) : 1;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize) * scale);
      }
    }
    const scroller = document.scrollingElement!;
    return {
      stages: stages.length,
      smallest,
      controls,
      cut,
      clipped,
      overFooter,
      empty: stages.some((stage) => stage.querySelector('.empty-state') !== null),
      pageScrolls: scroller.scrollHeight > innerHeight || scroller.scrollWidth > innerWidth,
    };
  }, within);
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

/** Width and height from a PNG's header (IHDR: bytes 16–23). */
async function pngSize(file: Download): Promise<[number, number]> {
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The text an SVG shows, line after line. */
async function svgWords(file: Download): Promise<string> {
  const svg = readFileSync((await file.path())!, 'utf8');
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join(' ');
}

describe('slides in Chromium', () => {
  it.each([
    [1280, 720, 18],
    [1920, 1080, 27],
  ])(
    'presents every kind of slide at %i×%i without scrolling, controls or small type',
    async (width, height, minimumText) => {
      const { context, page, errors } = await openWithDeck({ width, height }, Object.values(LINKS));
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      const presentation = page.getByRole('dialog', { name: 'Presentation' });
      for (const [position, view] of Object.keys(LINKS).entries()) {
        await presentation
          .getByText(`Slide ${position + 1} of ${Object.keys(LINKS).length}`)
          .waitFor();
        await slideDrawn(page);
        const slide = await inspectSlide(page, '.presenter .slide-stage');
        expectWholeOnStage(slide, view);
        expect(slide.smallest, view).toBeGreaterThanOrEqual(minimumText);
        // Sources cited compactly (publisher, title, year, table or document number): the
        // addresses are in the view.
        expect(await presentation.locator('.slide-stage').innerText(), view).not.toMatch(/https?:/);
        if (view === 'timeline') {
          // No event chosen: gallium's events, newest first, its export controls among them, and
          // how many more the view lists.
          const events = presentation.getByRole('region', {
            name: 'Gallium: events, newest first',
          });
          const listed = await events.getByRole('listitem').allInnerTexts();
          expect(listed[0]).toMatch(/^November 9, 2025 China suspends its ban on gallium/);
          expect(listed).toContainEqual(
            expect.stringMatching(
              /China's export licensing for gallium and germanium takes effect/,
            ),
          );
          await events.getByText(/^\d+ more in the Timeline view\.$/).waitFor();
          // As on the screen: the EU's 65 % gauge for the view-as country, with its source.
          const lens = presentation.getByRole('region', { name: /^Supply-risk lens on / });
          await lens.getByText(/^Japan \(view as\), /).waitFor();
          expect(
            await lens
              .getByText(
                /^Largest single supplier .+: \d+% from .+: (within|above) the 65% ceiling/,
              )
              .count(),
          ).toBe(1);
          expect(await lens.getByText(/^Source: CEPII, BACI/).count()).toBe(1);
        }
        if (view === 'timelineExportControl') {
          // The event, and Japan's imports from China under the controlled code before and after,
          // with their source.
          const stage = presentation.locator('.slide-stage');
          await stage
            .getByRole('heading', {
              name: "China's export licensing for gallium and germanium takes effect",
            })
            .waitFor();
          const table = stage.getByRole('table', { name: /^Imports of Japan from China/ });
          const row = table.getByRole('row', { name: /HS 811292/ });
          expect(await row.getByRole('cell').allInnerTexts()).toEqual([
            '2022: 24,553,618 USD',
            '2024: 16,149,339 USD',
          ]);
          expect(
            await stage
              .locator('.trade-around')
              .getByText(/^Source: CEPII, BACI/)
              .count(),
          ).toBe(1);
          // What the trade leaves no room for is named, with where it is: China's exports to all
          // countries, and the supply-risk lens's reading.
          await stage
            .getByText(
              "China's exports under these codes to all countries, before and after, are in the Timeline view.",
            )
            .waitFor();
          const lens = presentation.getByRole('region', { name: /^Supply-risk lens on / });
          expect(await lens.getByRole('heading').innerText()).toMatch(
            /^Supply-risk lens: Gallium refining, as of .+; 0 of 1 readings, all in the view$/,
          );
        }
        await page.keyboard.press('ArrowRight');
      }
      // The stage is laid out for the screen, not zoomed: a 16:9 box as large as the room allows.
      const box = (await page.locator('.slide-stage').boundingBox())!;
      expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
      expect(box.width).toBeGreaterThan(width * 0.9);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('presents the timeline and exposure slides in Japanese at 1280×720 within the stage, clear of the page number', async () => {
    const links = [
      LINKS.timeline,
      LINKS.timelineExportControl,
      LINKS.exposureCompared,
      LINKS.exposureComparedLong,
    ].map((link) => link.replace('lang=en', 'lang=ja'));
    const { context, page, errors } = await openWithDeck({ width: 1280, height: 720 }, links);
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('button', { name: '発表', exact: true }).click();
    const presentation = page.getByRole('dialog', { name: '発表' });
    for (const position of links.keys()) {
      await presentation.getByText(`スライド ${position + 1} / ${links.length}`).waitFor();
      await slideDrawn(page);
      const slide = await inspectSlide(page, '.presenter .slide-stage');
      expectWholeOnStage(slide, position);
      expect(slide.smallest).toBeGreaterThanOrEqual(18);
      const stage = presentation.locator('.slide-stage');
      expect(await stage.innerText()).not.toMatch(/https?:/);
      if (position === 0) {
        const events = stage.getByRole('region', { name: 'ガリウム：出来事（新しい順）' });
        expect((await events.getByRole('listitem').allInnerTexts())[0]).toMatch(
          /^2025年11月9日 中国が米国向けガリウム/,
        );
        await events.getByText(/^ほかの\d+件は年表ビューに表示されます。$/).waitFor();
        await stage.getByRole('heading', { name: /^供給リスク：ガリウム（精製）/ }).waitFor();
      }
      if (position === 1) {
        // The event's source on the slide, compactly: publisher, the notice's number and title, year.
        await stage
          .getByText(
            /^出典：Ministry of Commerce of the PRC \(MOFCOM\) and General Administration of Customs \(GAC\), 商务部 海关总署公告2023年第23号 .+ \(2023\)$/,
          )
          .waitFor();
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    [
      'en',
      'Present',
      // The built-in data have no gallium mining in any year (USGS carries it as refining).
      /No mining figure for Gallium in any year of the data\./,
      /HS 811292\), 2024/,
      /^Sources: U\.S\. Geological Survey, Mineral Commodity Summaries 2026: Gallium.*; CEPII, BACI/,
    ],
    [
      'ja',
      '発表',
      /ガリウムの採掘の数値はどの年にもありません。/,
      /HS 811292）、2024年/,
      /^出典：U\.S\. Geological Survey, Mineral Commodity Summaries 2026: Gallium.*；CEPII, BACI/,
    ],
  ])(
    'presents the chain at 1280×720 (%s) laid out for the stage: whole text, ribbons by value, notes and sources',
    async (language, present, noMining, tradeYear, sources) => {
      const { context, page, errors } = await openWithDeck({ width: 1280, height: 720 }, [
        `?view=network&layout=chain&m=gallium&y=2025&as=JPN&lang=${language}`,
      ]);
      if (language === 'ja') await page.getByRole('button', { name: '日本語' }).click();
      await page.getByRole('button', { name: present, exact: true }).click();
      await page.locator('.presenter .slide-stage .chain-flow').first().waitFor();
      await slideDrawn(page);
      const slide = await inspectSlide(page, '.presenter .slide-stage');
      expect(slide).toEqual({
        ...slide,
        stages: 1,
        controls: 0,
        cut: 0,
        overFooter: 0,
        pageScrolls: false,
      });
      expect(slide.smallest).toBeGreaterThanOrEqual(18);
      const drawn = await page.evaluate(() => {
        const stage = document.querySelector('.presenter .slide-stage')!;
        const svg = stage.querySelector<SVGSVGElement>('.slide-chain svg')!;
        const legend = stage.querySelector('.slide-chain .legend')!.getBoundingClientRect();
        const frame = svg.getBoundingClientRect();
        const boxes = [...svg.querySelectorAll('text')].map((text) => {
          const box = text.getBoundingClientRect();
          return {
            text: text.textContent ?? '',
            left: box.left,
            right: box.right,
            top: box.top,
            bottom: box.bottom,
          };
        });
        const ribbons = [...svg.querySelectorAll<SVGPathElement>('.chain-flow')].map((path) => {
          // The ribbon's end at its importer: "…L x1,bottom C…" after "… x1,top".
          const d = path.getAttribute('d')!;
          const end = /C[^C]* [\d.]+,([\d.]+)L[\d.]+,([\d.]+)C/.exec(d)!;
          return {
            value: Number(path.dataset.value),
            width: (Number(end[2]) - Number(end[1])) * path.getScreenCTM()!.d,
          };
        });
        return {
          frame: { left: frame.left, right: frame.right, top: frame.top, bottom: frame.bottom },
          legend: {
            left: legend.left,
            right: legend.right,
            top: legend.top,
            bottom: legend.bottom,
          },
          boxes,
          ribbons,
          empty: [...svg.querySelectorAll('.chain-empty')].map((text) => text.textContent ?? ''),
          notes: [...stage.querySelectorAll('.slide-chain .notes > *')].map(
            (line) => (line as HTMLElement).innerText,
          ),
        };
      });
      type Box = { left: number; right: number; top: number; bottom: number };
      const overlap = (a: Box, b: Box) =>
        a.left < b.right - 0.5 &&
        b.left < a.right - 0.5 &&
        a.top < b.bottom - 0.5 &&
        b.top < a.bottom - 0.5;
      // Column headings, the empty column's note and every label: whole, inside the drawing, clear
      // of the legend and of each other.
      expect(drawn.boxes.length).toBeGreaterThan(5);
      for (const box of drawn.boxes) {
        expect(box.text, box.text).not.toMatch(/…$/);
        expect(box.left, box.text).toBeGreaterThanOrEqual(drawn.frame.left - 0.5);
        expect(box.right, box.text).toBeLessThanOrEqual(drawn.frame.right + 0.5);
        expect(box.top, box.text).toBeGreaterThanOrEqual(drawn.frame.top - 0.5);
        expect(box.bottom, box.text).toBeLessThanOrEqual(drawn.frame.bottom + 0.5);
        expect(overlap(box, drawn.legend), box.text).toBe(false);
        for (const other of drawn.boxes)
          if (other !== box) expect(overlap(box, other), `${box.text} / ${other.text}`).toBe(false);
      }
      // The empty mining column says so, in lines of its own.
      expect(drawn.empty.join(language === 'en' ? ' ' : '')).toBe(
        language === 'en' ? 'n/a: no figure published' : 'n/a：数値の公表なし',
      );
      // Ribbons as wide as their values in USD, on one scale: the widest is many pixels wide.
      const widest = drawn.ribbons.reduce((a, b) => (b.width > a.width ? b : a));
      expect(widest.width).toBeGreaterThan(20);
      for (const ribbon of drawn.ribbons.filter((ribbon) => ribbon.width > 2))
        expect(ribbon.width / ribbon.value).toBeCloseTo(widest.width / widest.value, 6);
      expect(drawn.ribbons.filter((ribbon) => ribbon.width > 2).length).toBeGreaterThan(2);
      // The chain's notes (no mining figure; the ribbons' goods and trade year, which is not the
      // supply year) and the sources of the shares and of the flows.
      expect(drawn.notes.some((line) => noMining.test(line))).toBe(true);
      expect(drawn.notes.some((line) => tradeYear.test(line))).toBe(true);
      expect(drawn.notes.some((line) => sources.test(line))).toBe(true);
      // The exported slide is the same composition: headings, notes and sources in the picture.
      await page.keyboard.press('Escape');
      const words = await svgWords(
        await download(page, () =>
          page
            .getByRole('button', {
              name: language === 'en' ? 'Slide 1 as SVG' : 'スライド1をSVGで書き出す',
            })
            .click(),
        ),
      );
      expect(words).toMatch(noMining);
      expect(words).toMatch(
        language === 'en' ? /Sources ?: U\.S\. Geological Survey/ : /出典：\s?U\.S\./,
      );
      expect(words).toMatch(/CEPII, BACI/);
      expect(words).toMatch(language === 'en' ? /Imports from/ : /これらの精製国/);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('presents a deck made in English in Japanese after the switch, notes marked', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(new URL('?m=gallium&stage=refining&y=2023&lang=en', app.baseUrl).href);
    await page.getByText('Largest: China 98%').waitFor();
    await page.getByRole('button', { name: 'Save view as slide' }).click();
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await page
      .getByRole('textbox', { name: 'Speaker notes for slide 1 in English' })
      .fill('China refines almost all of it.');
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('button', { name: '発表', exact: true }).click();

    const presentation = page.getByRole('dialog', { name: '発表' });
    await presentation.getByText('スライド 1 / 1').waitFor();
    await slideDrawn(page);
    const stage = presentation.locator('.slide-stage');
    await stage.getByText('最大：中国 98%').waitFor();
    expect(await stage.getByRole('heading', { level: 1 }).innerText()).toBe(
      '集中度：ガリウム · 精製 · 2023',
    );
    expect(await stage.getByText(/Largest|refining/).count()).toBe(0);
    await page.keyboard.press('n');
    const notes = presentation.getByLabel('発表者メモ', { exact: true });
    await notes.getByText('日本語のメモはありません。以下は英語のメモです。').waitFor();
    await notes.getByText('China refines almost all of it.').waitFor();
    await context.close();
  });

  it('switches English ⇄ 日本語 from the presenter bar at 1280×720: slide, counter and notes follow, the bar stays one line, the keys keep working', async () => {
    const { context, page, errors } = await openWithDeck({ width: 1280, height: 720 }, [
      LINKS.concentration,
      LINKS.timeline,
    ]);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const presentation = page.getByRole('dialog', { name: 'Presentation' });
    // Found by class: the bar and the stage are the same elements in either language, whose
    // dialog's name changes with it.
    const bar = page.locator('.presenter-bar');
    const stage = page.locator('.presenter .slide-stage');
    await presentation.getByText('Slide 1 of 2').waitFor();
    await slideDrawn(page);
    const stageBox = async () => {
      const box = (await stage.boundingBox())!;
      return { width: box.width, height: box.height };
    };
    const english = await stageBox();
    // The bar is one row of controls: every control shares the row, and the bar is one control high.
    const barLayout = () =>
      bar.evaluate((header) => {
        const items = [...header.querySelectorAll('p, button, summary')]
          .filter((item) => item.checkVisibility())
          .map((item) => item.getBoundingClientRect());
        const style = getComputedStyle(header);
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        return {
          oneRow:
            Math.max(...items.map((box) => box.top)) < Math.min(...items.map((box) => box.bottom)),
          extraHeight:
            header.getBoundingClientRect().height -
            padding -
            Math.max(...items.map((box) => box.height)),
        };
      });
    expect(await barLayout()).toEqual({ oneRow: true, extraHeight: expect.closeTo(0, 0) });

    // The language switch is reached with Tab from the bar's start.
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let presses = 0; presses < 20 && (await focusedName()) !== '日本語'; presses += 1)
      await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('日本語');
    await page.keyboard.press('Enter');

    const japanese = page.getByRole('dialog', { name: '発表' });
    await japanese.getByText('スライド 1 / 2').waitFor();
    expect(await stage.getByRole('heading', { level: 1 }).innerText()).toBe('スライド1');
    await stage
      .getByText(/^最大：中国/)
      .first()
      .waitFor();
    expect(await stage.getByText(/Largest/).count()).toBe(0);
    // Focus stays on the pressed button, and the presentation's keys still move the slides.
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed') ?? null),
    ).toBe('true');
    expect(await focusedName()).toBe('日本語');
    expect(await barLayout()).toEqual({ oneRow: true, extraHeight: expect.closeTo(0, 0) });
    expect(await stageBox()).toEqual(english);
    await page.keyboard.press('ArrowRight');
    await japanese.getByText('スライド 2 / 2').waitFor();
    await page.keyboard.press('n');
    const notes = japanese.getByRole('complementary', { name: '発表者メモ' });
    await notes.getByText('日本語のメモはありません。以下は英語のメモです。').waitFor();
    await notes.getByText('Notes for slide 2.').waitFor();

    // The keys' list is a disclosure on the bar: Tab reaches it, Enter opens it, Esc closes it
    // without ending the presentation.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName()).toBe('キー操作');
    await page.keyboard.press('Enter');
    const keys = bar.getByText(/^← → スペース/);
    await keys.waitFor();
    await page.keyboard.press('Escape');
    await keys.waitFor({ state: 'hidden' });
    expect(await japanese.count()).toBe(1);

    await bar.getByRole('button', { name: 'English' }).click();
    await presentation.getByText('Slide 2 of 2').waitFor();
    expect(await stage.getByRole('heading', { level: 1 }).innerText()).toBe('Slide 2');
    await presentation
      .getByRole('complementary', { name: 'Speaker notes' })
      .getByText('Notes for slide 2.')
      .waitFor();
    expect(await focusedName()).toBe('English');
    expect(await barLayout()).toEqual({ oneRow: true, extraHeight: expect.closeTo(0, 0) });
    await page.keyboard.press('ArrowLeft');
    await presentation.getByText('Slide 1 of 2').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a three-slide deck with a map on three landscape pages, readable, without controls', async () => {
    const { context, page, errors } = await openWithDeck({ width: 1280, height: 900 }, [
      LINKS.concentration,
      LINKS.scenario,
      LINKS.map,
    ]);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
    const pdfPages = async () => {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        landscape: true,
        printBackground: true,
        preferCSSPageSize: true,
      });
      const text = pdf.toString('latin1');
      return {
        pages: (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length,
        sizes: [...new Set(text.match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [])],
      };
    };

    await page.getByRole('button', { name: 'Print deck' }).click();
    await expect.poll(printed).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const onPaper = await inspectSlide(page, '.print-deck .slide-stage');
    expect(onPaper).toEqual({
      ...onPaper,
      stages: 3,
      controls: 0,
      cut: 0,
      overFooter: 0,
      empty: false,
    });
    // 10 pt is 13.33 CSS pixels.
    expect(onPaper.smallest).toBeGreaterThanOrEqual(13.3);
    const a4 = await pdfPages();
    expect(a4.pages).toBe(3);
    // A4 landscape: 297 × 210 mm is 842 × 595 pt.
    expect(a4.sizes).toEqual([expect.stringMatching(/^\/MediaBox \[0 0 841\.\d+ 59[45]\.\d+\]$/)]);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    await page.getByRole('combobox', { name: 'Page' }).selectOption('wide');
    await page.getByRole('button', { name: 'Print deck' }).click();
    await expect.poll(printed).toBe(2);
    const wide = await pdfPages();
    expect(wide.pages).toBe(3);
    // 254 × 142.875 mm, a 16:9 slide, is 720 × 405 pt.
    expect(wide.sizes).toEqual([expect.stringMatching(/^\/MediaBox \[0 0 720 40[45](\.\d+)?\]$/)]);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    await page.getByRole('checkbox', { name: /Handout/ }).check();
    await page.getByRole('button', { name: 'Print deck' }).click();
    await expect.poll(printed).toBe(3);
    await page
      .locator('.print-deck')
      .getByText('Notes for slide 3.')
      .waitFor({ state: 'attached' });
    const handout = await pdfPages();
    expect(handout.pages).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports each slide of the deck as a 1920×1080 PNG and as an SVG holding its title and figures', async () => {
    const { context, page, errors } = await openWithDeck({ width: 1280, height: 720 }, [
      LINKS.concentration,
      LINKS.scenario,
      LINKS.map,
      LINKS.network,
    ]);
    const expected = [
      // The read-out of the concentration slide, the scenario's results, the map's legend and flows
      // key, the network's legend.
      /Largest: China/,
      /Gallium/,
      /trade flow, width by value \(USD\).*The \d+ largest flows of/,
      /Other countries.*Circle size: the country's share of the stages shown.*Dashed line: Japan's partnerships/,
    ];
    for (const [position, figures] of expected.entries()) {
      const number = position + 1;
      const png = await download(page, () =>
        page.getByRole('button', { name: `Slide ${number} as PNG` }).click(),
      );
      expect(png.suggestedFilename()).toBe(`lodestone-slide-${number}.png`);
      expect(await pngSize(png)).toEqual([1920, 1080]);
      const svg = await download(page, () =>
        page.getByRole('button', { name: `Slide ${number} as SVG` }).click(),
      );
      const words = await svgWords(svg);
      expect(words).toContain(`Slide ${number}`);
      expect(words).toContain(`${number} / ${expected.length}`);
      expect(words).toMatch(figures);
    }
    // In Japanese, the picture is the Japanese slide.
    await page.getByRole('button', { name: '日本語' }).click();
    const japanese = await svgWords(
      await download(page, () =>
        page.getByRole('button', { name: 'スライド1をSVGで書き出す' }).click(),
      ),
    );
    expect(japanese).toContain('スライド1');
    expect(japanese).toMatch(/最大：中国/);
    expect(japanese).not.toMatch(/Largest/);
    // A browser that cannot make the PNG: the reader is told, nothing is downloaded.
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (callback) {
        callback(null);
      };
    });
    await page.getByRole('button', { name: 'スライド2をPNGで書き出す' }).click();
    await page
      .getByRole('alert')
      .getByText(/PNGファイルを作成できませんでした/)
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("presents a map slide saved in English under the view's own caption in Japanese, and exports it", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(new URL('?view=map&m=gallium&stage=refining&y=2023&lang=en', app.baseUrl).href);
    await page.getByRole('group', { name: /World map/ }).waitFor();
    // Saved once the trade flows are drawn: the caption names their code and year.
    await page.getByText(/largest flows of .+ in \d{4}/).waitFor();
    await page.getByRole('button', { name: 'Save view as slide' }).click();
    await page.getByText('Saved as slide 1.').waitFor();
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('button', { name: '発表', exact: true }).click();
    const presentation = page.getByRole('dialog', { name: '発表' });
    await presentation.getByText('スライド 1 / 1').waitFor();
    await slideDrawn(page);
    expect(await presentation.getByRole('heading', { level: 1 }).innerText()).toMatch(
      /^地図：ガリウム · 精製 · 2023 · HS \d+の貿易（\d{4}年）$/,
    );
    const png = await download(page, () =>
      presentation.getByRole('button', { name: 'スライドをPNGで書き出す' }).click(),
    );
    expect(await pngSize(png)).toEqual([1920, 1080]);
    await context.close();
  });
});
