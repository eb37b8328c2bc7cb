import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { Model } from '../../domain/model-schema';
import { seriesBreaks, seriesKey, seriesSegments } from '../series';

describe('seriesSegments', () => {
  const point = (year: number, key: string) => ({ year, key });

  it('keeps a series of one key whole, in year order', () => {
    const segments = seriesSegments(
      [point(2022, 'a'), point(2020, 'a'), point(2021, 'a')],
      (p) => p.key,
    );
    expect(segments).toEqual([
      { key: 'a', points: [point(2020, 'a'), point(2021, 'a'), point(2022, 'a')] },
    ]);
  });

  it('splits wherever the key changes, and again if it changes back', () => {
    const segments = seriesSegments(
      [point(2020, 'a'), point(2021, 'a'), point(2022, 'b'), point(2023, 'a')],
      (p) => p.key,
    );
    expect(segments.map((s) => [s.key, s.points.map((p) => p.year)])).toEqual([
      ['a', [2020, 2021]],
      ['b', [2022]],
      ['a', [2023]],
    ]);
  });

  it('gives nothing for no points', () => {
    expect(seriesSegments([], () => 'a')).toEqual([]);
  });
});

describe('seriesBreaks', () => {
  /** Gallium refining: 2022 and 2023 from USGS in kg (the small model), 2024 from a second table. */
  function withSecondPublisher(publisher: string, unit: string): Model {
    const model = smallModel();
    const total = model.worldTotals[0]!;
    return {
      ...model,
      sources: [...model.sources, { id: 'other', publisher, title: 'Other table', year: 2025 }],
      worldTotals: [...model.worldTotals, { ...total, year: 2024, unit, source: 'other' }],
    };
  }

  it('lists a mineral and stage whose publisher changes, with each segment’s years', () => {
    const [series, ...rest] = seriesBreaks(withSecondPublisher('Another publisher', 'kg'));
    expect(rest).toEqual([]);
    expect(series!.mineral).toBe('gallium');
    expect(series!.measure).toBe('refining');
    expect(series!.segments.map((s) => [s.key, s.points.map((p) => p.year)])).toEqual([
      [seriesKey(smallModel().sources[0]!.publisher, 'kg'), [2022, 2023]],
      [seriesKey('Another publisher', 'kg'), [2024]],
    ]);
  });

  it('counts a change of unit within one publisher as a break (tonnes, then shares)', () => {
    const publisher = smallModel().sources[0]!.publisher;
    expect(seriesBreaks(withSecondPublisher(publisher, '% of world'))).toHaveLength(1);
  });

  it('does not count a new edition of the same publisher and unit as a break', () => {
    const publisher = smallModel().sources[0]!.publisher;
    expect(seriesBreaks(withSecondPublisher(publisher, 'kg'))).toEqual([]);
  });
});
