import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGETS, entryScripts } from '../../scripts/bench/sizes';

// Bytes are deterministic, so the size budget is the one performance budget checked in CI. It reads
// the build that `npm test` makes before the browser tests; without one it has nothing to weigh.
const built = existsSync('dist/index.html');
const kb = (path: string) => gzipSync(readFileSync(path)).length / 1024;

describe.runIf(built)('bundle size budget', () => {
  it(`keeps the first screen's JavaScript within ${BUDGETS.entryKb} KB gzip`, () => {
    const entry = entryScripts(readFileSync('dist/index.html', 'utf8'));
    expect(entry.length).toBeGreaterThan(0);
    expect(entry.reduce((total, name) => total + kb(join('dist', name)), 0)).toBeLessThanOrEqual(
      BUDGETS.entryKb,
    );
  });

  it(`keeps all JavaScript within ${BUDGETS.totalKb} KB gzip`, () => {
    const scripts = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
    expect(
      scripts.reduce((total, name) => total + kb(join('dist/assets', name)), 0),
    ).toBeLessThanOrEqual(BUDGETS.totalKb);
  });
});
