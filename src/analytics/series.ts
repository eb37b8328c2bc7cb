import { groups } from 'd3';
import type { Measure, Model } from '../domain/model-schema';

/**
 * One series is one publisher's measure in one unit: USGS's tonnes from edition to edition are one
 * series, USGS tonnes then IEA kilotonnes (or a publisher's tonnes then its percentage shares) are
 * two. Figures from different series are never to be joined into one line or compared as a change.
 */
export function seriesKey(publisher: string, unit: string): string {
  return `${publisher} | ${unit}`;
}

export interface SeriesSegment<T> {
  key: string;
  points: T[];
}

/** A series in year order, split wherever its key changes; each run of one key is a segment. */
export function seriesSegments<T extends { year: number }>(
  points: readonly T[],
  keyOf: (point: T) => string,
): SeriesSegment<T>[] {
  const segments: SeriesSegment<T>[] = [];
  for (const point of [...points].sort((a, b) => a.year - b.year)) {
    const key = keyOf(point);
    const last = segments.at(-1);
    if (last && last.key === key) last.points.push(point);
    else segments.push({ key, points: [point] });
  }
  return segments;
}

export interface YearSource {
  year: number;
  source: string;
  unit: string;
}

export interface SeriesBreak {
  mineral: string;
  measure: Measure;
  segments: SeriesSegment<YearSource>[];
}

/**
 * The observed years of each mineral × measure with the source and unit each year's figures come
 * from (the model takes one table per year, so one source), in year order.
 */
export function observedSeries(
  model: Pick<Model, 'supply' | 'reserves' | 'worldTotals'>,
): { mineral: string; measure: Measure; years: YearSource[] }[] {
  const records = [
    ...model.worldTotals.map((r) => ({ ...r, measure: r.stage })),
    ...model.supply.map((r) => ({ ...r, measure: r.stage as Measure })),
    ...model.reserves.map((r) => ({ ...r, measure: 'reserves' as const })),
  ];
  return groups(
    records,
    (r) => r.mineral,
    (r) => r.measure,
  ).flatMap(([mineral, measures]) =>
    measures.map(([measure, rows]) => ({
      mineral,
      measure,
      years: groups(rows, (r) => r.year)
        .map(([year, [first]]) => ({ year, source: first!.source, unit: first!.unit }))
        .sort((a, b) => a.year - b.year),
    })),
  );
}

/** Every mineral × measure whose observed figures change publisher or unit across the years. */
export function seriesBreaks(
  model: Pick<Model, 'supply' | 'reserves' | 'worldTotals' | 'sources'>,
): SeriesBreak[] {
  const publishers = new Map(model.sources.map((source) => [source.id, source.publisher]));
  return observedSeries(model)
    .map(({ mineral, measure, years }) => ({
      mineral,
      measure,
      segments: seriesSegments(years, (point) =>
        seriesKey(publishers.get(point.source) ?? point.source, point.unit),
      ),
    }))
    .filter((series) => series.segments.length > 1);
}
