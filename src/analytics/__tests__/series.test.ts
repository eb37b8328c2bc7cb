import { describe, expect, it } from 'vitest';
import { publicationOf, seriesKey, splitBySeries } from '../series';

describe('publicationOf', () => {
  it('drops the edition year and the chapter, so editions of one publication match', () => {
    const usgs = 'U.S. Geological Survey';
    expect(
      publicationOf({ publisher: usgs, title: 'Mineral Commodity Summaries 2022: Gallium' }),
    ).toEqual({ publisher: usgs, title: 'Mineral Commodity Summaries' });
    expect(
      publicationOf({ publisher: usgs, title: 'Mineral Commodity Summaries 2024: Gallium' }),
    ).toEqual({ publisher: usgs, title: 'Mineral Commodity Summaries' });
  });

  it('keeps a different publication of the same publisher apart', () => {
    expect(
      publicationOf({
        publisher: 'U.S. Geological Survey',
        title: 'World Minerals Outlook to 2029 (Scientific Investigations Report 2025-5021)',
      }),
    ).toEqual({ publisher: 'U.S. Geological Survey', title: 'World Minerals Outlook to 2029' });
  });
});

describe('seriesKey', () => {
  const mcs = { publisher: 'U.S. Geological Survey', title: 'Mineral Commodity Summaries' };

  it('is the same for one publication in one unit and differs when the unit changes', () => {
    expect(seriesKey(mcs, 'kg')).toBe(seriesKey({ ...mcs }, 'kg'));
    expect(seriesKey(mcs, 'kg')).not.toBe(seriesKey(mcs, '% of world'));
    expect(seriesKey(mcs, 'kg')).not.toBe(seriesKey({ ...mcs, title: 'Minerals Yearbook' }, 'kg'));
  });
});

describe('splitBySeries', () => {
  it('cuts wherever the key changes, and starts anew when a series returns', () => {
    // a a b a → [a a] [b] [a]: the returning "a" is not joined to the first run across "b".
    const points = [
      { year: 2020, key: 'a' },
      { year: 2021, key: 'a' },
      { year: 2022, key: 'b' },
      { year: 2023, key: 'a' },
    ];
    const segments = splitBySeries(points, (point) => point.key);
    expect(segments.map((segment) => [segment.key, segment.points.map((p) => p.year)])).toEqual([
      ['a', [2020, 2021]],
      ['b', [2022]],
      ['a', [2023]],
    ]);
  });

  it('gives no segment for no points', () => {
    expect(splitBySeries([], () => 'a')).toEqual([]);
  });
});
