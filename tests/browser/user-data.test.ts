import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticModel } from '../../scripts/bench/synthetic-model';
import type { Model } from '../../src/domain/model-schema';
import { REPORT_CSP_VIOLATIONS, servedAppForThisFile } from './harness';

const app = servedAppForThisFile();

/** A fresh browser profile (own IndexedDB and service worker) that records anything alarming. */
async function openFresh(
  search: string,
): Promise<{ context: BrowserContext; page: Page; alarms: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(REPORT_CSP_VIOLATIONS);
  const alarms: string[] = [];
  page.on('dialog', (dialog) => {
    alarms.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => alarms.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') alarms.push(message.text());
  });
  await page.goto(new URL(search, app.baseUrl).href);
  return { context, page, alarms };
}

const load = (page: Page, path: string) =>
  page.getByLabel('Load your own model file…').setInputFiles(path);

describe('your own data, in Chromium', () => {
  it.each([
    ['unknown-country.json', 'supply[2].country: "XXX" is not a known country'],
    ['trailing-comma.json', '$: not valid JSON at line 2, column 22 (PropertyNameExpected)'],
    ['proto-key.json', 'supply[0].__proto__: the key "__proto__" is not allowed in a model file'],
    ['latin1-not-utf8.json', '$: the file is not UTF-8 text (save it as UTF-8 JSON)'],
    ['javascript-url.json', 'sources[0].url: must be an http or https address'],
    [
      'schema-version-99.json',
      'schemaVersion: schema version 99 is not one this Lodestone reads (it reads versions 1, 2 and 3)',
    ],
    ['empty.json', '$: the file is empty'],
  ])('answers %s with its problem and keeps the built-in data', async (name, problem) => {
    const { context, page, alarms } = await openFresh('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    await load(page, `tests/fixtures/bad-models/${name}`);
    const alert = page.getByRole('alert');
    await alert.getByText(problem, { exact: true }).waitFor();
    expect(await page.getByText('Largest: China 98%').isVisible()).toBe(true);
    expect(await page.getByText('Built-in data (USGS, IEA, BACI and others).').isVisible()).toBe(
      true,
    );
    expect(alarms).toEqual([]);
    await context.close();
  });

  it('shows markup in a hostile but valid file as text, runs none of it, and keeps it across a reload', async () => {
    const { context, page, alarms } = await openFresh('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    await load(page, 'tests/fixtures/good-models/hostile-text.json');
    await page.getByText('Custom data').waitFor();
    const mineral = page.getByRole('checkbox', { name: '<b onmouseover="alert(1)">Gallium</b>' });
    expect(await mineral.isVisible()).toBe(true);
    await page
      .getByText(/Custom edition/)
      .first()
      .hover();
    expect(await page.title()).toBe('Lodestone');
    expect(await page.locator('main script, main img[src="x"], main b').count()).toBe(0);

    await page.reload();
    await page.getByText('Custom data').waitFor();
    expect(await page.getByText('hostile-text.json').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Back to the built-in data' }).click();
    await page.getByText('Built-in data (USGS, IEA, BACI and others).').waitFor();
    await page.reload();
    await page.getByText('Built-in data (USGS, IEA, BACI and others).').waitFor();
    expect(alarms).toEqual([]);
    await context.close();
  });

  it('works with the network off after the first visit, trade included once it was used', async () => {
    const { context, page, alarms } = await openFresh('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve),
        );
      }
    });
    // The trade file is cached by the worker when a view first needs it, not with the app.
    await page.getByRole('tab', { name: 'Exposure' }).click();
    await page
      .getByRole('region', { name: /imports by supplier, 2024/ })
      .first()
      .waitFor();
    await page.getByRole('tab', { name: 'Concentration' }).click();
    await context.setOffline(true);
    await page.reload();
    await page.getByText('Largest: China 98%').waitFor();
    await page.getByRole('tab', { name: 'Exposure' }).click();
    await page
      .getByRole('region', { name: /imports by supplier, 2024/ })
      .first()
      .waitFor();
    expect(alarms).toEqual([]);
    await context.close();
  });
});

/** Writes a record where the app keeps a model file, as a hand edit or an older version might. */
function keepRecord(page: Page, record: { file: string | null; fileName: unknown }) {
  return page.evaluate(async ({ file, fileName }) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lodestone');
      request.onupgradeneeded = () => request.result.createObjectStore('models');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const transaction = database.transaction('models', 'readwrite');
      const value = { file: file === null ? file : new Blob([file]), fileName, savedAt: 'today' };
      transaction.objectStore('models').put(value, 'custom-model');
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    database.close();
  }, record);
}

const keptKeys = (page: Page) =>
  page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('lodestone');
      request.onsuccess = () => resolve(request.result);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const request = database.transaction('models').objectStore('models').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    database.close();
    return keys.map(String).sort();
  });

describe('saved state, in Chromium', () => {
  const builtInShown = (page: Page) =>
    page.getByText('Built-in data (USGS, IEA, BACI and others).').waitFor();

  it('sets aside a kept record whose file name is not text, and offers it back', async () => {
    const { context, page, alarms } = await openFresh('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    await keepRecord(page, { file: '{}', fileName: 42 });
    await page.reload();
    await builtInShown(page);
    await page.getByText(/The data kept from an earlier visit could not be read/).waitFor();
    expect(await keptKeys(page)).toEqual(['custom-model-set-aside']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the kept data' }).click();
    expect((await download).suggestedFilename()).toBe('lodestone-model.json');
    await page.getByRole('button', { name: 'Discard the kept data' }).click();
    await page.reload();
    await builtInShown(page);
    expect(await page.getByText(/could not be read/).count()).toBe(0);
    expect(await keptKeys(page)).toEqual([]);
    expect(alarms).toEqual([]);
    await context.close();
  });

  it('sets aside a kept file that no longer passes, once, with its name', async () => {
    const { context, page, alarms } = await openFresh('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    await keepRecord(page, { file: '{"schemaVersion": 1}', fileName: 'old-figures.json' });
    await page.reload();
    await builtInShown(page);
    await page.getByText(/\(old-figures\.json\) does not pass the checks/).waitFor();
    expect(await keptKeys(page)).toEqual(['custom-model-set-aside']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the kept data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('old-figures.json');
    expect(readFileSync((await file.path())!, 'utf8')).toBe('{"schemaVersion": 1}');
    expect(alarms).toEqual([]);
    await context.close();
  });

  it('opens with an empty deck, not presenting, when the kept deck is corrupt', async () => {
    const { context, page, alarms } = await openFresh('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    const corrupt = JSON.stringify({
      state: { slides: 'all of them', presenting: { index: 0, before: {}, showNotes: false } },
      version: 1,
    });
    await page.evaluate((text) => localStorage.setItem('lodestone-deck', text), corrupt);
    await page.reload();
    await page.getByText('Largest: China 98%').waitFor();
    await page.getByText(/The slides kept in this browser could not be read/).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the kept slides' }).click();
    expect(readFileSync((await (await download).path())!, 'utf8')).toBe(corrupt);
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await page.getByText(/No slides yet/).waitFor();
    expect(alarms).toEqual([]);
    await context.close();
  });

  it('keeps the last file chosen, on screen and for the next visit, when a slower one was chosen first', async () => {
    const builtIn = JSON.parse(readFileSync('data/model.json', 'utf8')) as Model;
    const slowPath = join(tmpdir(), 'lodestone-slow-model.json');
    writeFileSync(slowPath, JSON.stringify(syntheticModel(builtIn, 100)));
    const { context, page, alarms } = await openFresh('?m=gallium&stage=refining&y=2023');
    await page.getByText('Largest: China 98%').waitFor();
    await load(page, slowPath);
    await load(page, 'tests/fixtures/good-models/hostile-text.json');
    await page.getByText('hostile-text.json').waitFor();
    await page.waitForTimeout(3000);
    expect(await page.getByText('hostile-text.json').isVisible()).toBe(true);
    await page.reload();
    await page.getByText('hostile-text.json').waitFor();
    expect(await page.getByText('lodestone-slow-model.json').count()).toBe(0);
    expect(alarms).toEqual([]);
    await context.close();
  });
});
