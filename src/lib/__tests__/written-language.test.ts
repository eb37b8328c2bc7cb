import { describe, expect, it } from 'vitest';
import { writtenLanguage } from '../written-language';

describe('writtenLanguage', () => {
  it('takes a text with kana or kanji as Japanese and any other as English', () => {
    expect(writtenLanguage('U.S. Geological Survey, Mineral Commodity Summaries 2026')).toBe('en');
    expect(writtenLanguage('経済産業省、重要鉱物（2024）')).toBe('ja');
    expect(writtenLanguage('JOGMEC レアアース')).toBe('ja');
    expect(writtenLanguage('')).toBe('en');
  });

  it("takes MOFCOM's titles, in simplified characters Japanese does not write, as Chinese", () => {
    expect(
      writtenLanguage('商务部 海关总署公告2023年第23号 关于对镓、锗相关物项实施出口管制的公告'),
    ).toBe('zh-Hans');
    expect(writtenLanguage('商務部・海関総署公告2023年第23号')).toBe('ja');
  });
});
