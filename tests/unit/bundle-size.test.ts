import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/store/url-state';
import {
  BUDGETS,
  entryScripts,
  routeScripts,
  VIEW_MODULES,
  type ViteManifest,
} from '../../scripts/bench/sizes';

// Bytes are deterministic, so the size budget is the one performance budget checked in CI. It reads
// the build that `npm test` makes before the browser tests, and runs after them (`test:browser`);
// `test:unit` leaves it out, as a build left from an earlier commit would be weighed instead.
const built = existsSync('dist/index.html');
const kb = (path: string) => gzipSync(readFileSync(path)).length / 1024;

it('knows the module of every view a link can open', () => {
  expect(Object.keys(VIEW_MODULES).sort()).toEqual([...VIEWS].sort());
});

describe.runIf(built)('bundle size budget', () => {
  it(`keeps the first screen's JavaScript within ${BUDGETS.entryKb} KB gzip`, () => {
    const entry = entryScripts(readFileSync('dist/index.html', 'utf8'));
    expect(entry.length).toBeGreaterThan(0);
    expect(entry.reduce((total, name) => total + kb(join('dist', name)), 0)).toBeLessThanOrEqual(
      BUDGETS.entryKb,
    );
  });

  const views = Object.keys(VIEW_MODULES) as (keyof typeof VIEW_MODULES)[];
  it.each(
    views.flatMap((view) => (['en', 'ja'] as const).map((language) => [view, language] as const)),
  )("keeps a link to the %s view in %s within its route's budget", (view, language) => {
    const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as ViteManifest;
    const scripts = routeScripts(manifest, view, language);
    // The entry, the view and the reader's strings at least; never the other language's.
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    expect(scripts.some((file) => /\/(en|ja)-/.test(file) && !file.includes(`/${language}-`))).toBe(
      false,
    );
    const weight = scripts.reduce((total, file) => total + kb(join('dist', file)), 0);
    expect(weight).toBeLessThanOrEqual(BUDGETS.routeKb[view]);
  });

  it(`keeps all JavaScript within ${BUDGETS.totalKb} KB gzip`, () => {
    const scripts = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
    expect(
      scripts.reduce((total, name) => total + kb(join('dist/assets', name)), 0),
    ).toBeLessThanOrEqual(BUDGETS.totalKb);
  });
});
