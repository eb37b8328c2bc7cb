import { describe, expect, it } from 'vitest';
import { writtenLanguage } from '../written-language';

describe('writtenLanguage', () => {
  it('takes a text with kana or kanji as Japanese and any other as English', () => {
    expect(writtenLanguage('U.S. Geological Survey, Mineral Commodity Summaries 2026')).toBe('en');
    expect(writtenLanguage('経済産業省、重要鉱物（2024）')).toBe('ja');
    expect(writtenLanguage('JOGMEC レアアース')).toBe('ja');
    expect(writtenLanguage('')).toBe('en');
  });
});
