import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import ja from '../locales/ja.json';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

function leaf(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('have the same keys in English and Japanese', () => {
    expect(keyPaths(ja).sort()).toEqual(keyPaths(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const path of keyPaths(en)) {
      expect(placeholders(String(leaf(ja, path))), path).toEqual(
        placeholders(String(leaf(en, path))),
      );
    }
  });

  it.each([
    ['English', en],
    ['Japanese', ja],
  ])('have no empty strings in %s', (_language, locale) => {
    for (const path of keyPaths(locale)) {
      expect(String(leaf(locale, path)).trim(), path).not.toBe('');
    }
  });

  it('translate every sentence: Japanese text differs from English except names and symbols', () => {
    const sameOnPurpose = new Set([
      'app.title',
      'language.en',
      'language.ja',
      'common.na',
      'dataText.unit.kg',
      'concentration.hhi',
      'concentration.trend.metrics.hhi',
      'scenario.hhiChange',
      'slide.pageNumber',
      // An arrow and a date formatted in the reader's language.
      'timeline.afterTrendMark',
    ]);
    for (const path of keyPaths(en)) {
      if (sameOnPurpose.has(path)) continue;
      expect(leaf(ja, path), path).not.toBe(leaf(en, path));
    }
  });
});
