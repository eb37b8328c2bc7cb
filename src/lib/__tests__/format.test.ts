import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatSigned,
  formatDate,
  formatExact,
  formatList,
  formatNumber,
  formatShare,
  sortedByName,
} from '../format';

describe('formatShare', () => {
  it('writes whole percent from 10 % up and one decimal below', () => {
    expect(formatShare(600000 / 610000, 'en')).toBe('98%');
    expect(formatShare(0.0049, 'en')).toBe('0.5%');
    expect(formatShare(0, 'en')).toBe('0%');
    expect(formatShare(0.0004, 'en')).toBe('<0.1%');
  });
});

describe('formatNumber and formatDate', () => {
  it('follow the locale', () => {
    expect(formatNumber(1230000, 'en')).toBe('1,230,000');
    expect(formatNumber(1230000, 'ja')).toBe('1,230,000');
    expect(formatDate('2023-08-01', 'en')).toBe('August 1, 2023');
    expect(formatDate('2023-08-01', 'ja')).toBe('2023年8月1日');
  });

  it('joins lists as each language does', () => {
    expect(formatList(['China', 'Russia', 'Japan'], 'en')).toBe('China, Russia, and Japan');
    expect(formatList(['中国', 'ロシア'], 'ja')).toBe('中国、ロシア');
  });
});

describe('formatExact', () => {
  it('keeps every decimal the publisher gives, grouped as the locale groups', () => {
    expect(formatExact(0.434428, 'en')).toBe('0.434428');
    expect(formatExact(0.007, 'ja')).toBe('0.007');
    expect(formatExact(1340, 'en')).toBe('1,340');
  });
});

describe('sortedByName', () => {
  it('orders items by their names in the language, working each name out once', () => {
    const names: Record<string, string> = { KOR: 'South Korea', AUS: 'Australia', JPN: 'Japan' };
    const asked: string[] = [];
    const nameOf = (id: string) => {
      asked.push(id);
      return names[id]!;
    };
    expect(sortedByName(new Set(['KOR', 'AUS', 'JPN']), nameOf, 'en')).toEqual([
      'AUS',
      'JPN',
      'KOR',
    ]);
    expect(asked.sort()).toEqual(['AUS', 'JPN', 'KOR']);
  });
});

describe('negative zero', () => {
  it('is written as 0, as is a tiny negative that rounds to it', () => {
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatNumber(-0.01, 'ja')).toBe('0');
    expect(formatNumber(-1200, 'en')).toBe('-1,200');
    expect(formatShare(-0, 'en')).toBe('0%');
  });
});

describe('formatDate for early years', () => {
  it('keeps the year as written, not moved to the 1900s', () => {
    expect(formatDate('0050-03-01', 'en')).toBe('March 1, 50');
  });
});

describe('formatCompact and formatSigned', () => {
  it('shortens a large figure as each language does', () => {
    // 568,756,873 USD: 569 million in English, 5.7 億 (hundred million) in Japanese.
    expect(formatCompact(568_756_873, 'en')).toBe('569\u00a0M');
    expect(formatCompact(568_756_873, 'ja')).toBe('5.7億');
    expect(formatCompact(500, 'en')).toBe('500');
    expect(formatCompact(12_345, 'ja')).toBe('1.2万');
  });

  it('signs a difference, and leaves zero unsigned', () => {
    expect(formatSigned(150, 'en')).toBe('+150');
    expect(formatSigned(-1234.5, 'en')).toBe('-1,234.5');
    expect(formatSigned(0, 'ja')).toBe('0');
  });
});
