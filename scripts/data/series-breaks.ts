import type { Measure, Model } from '../../src/domain/model-schema.ts';
import { concentrationTrend, trendSegments, type TrendSegment } from '../../src/analytics/trend.ts';

const MEASURES: Measure[] = ['mining', 'refining', 'reserves'];

export interface SeriesBreak {
  mineral: string;
  measure: Measure;
  before: { year: number; series: string };
  after: { year: number; series: string };
}

const describeSegment = (segment: TrendSegment) =>
  `${[segment.publication.publisher, segment.publication.title].filter(Boolean).join(', ')} (${segment.unit})`;

/** Every place where a mineral's trend changes publication or unit, so the charts break there. */
export function seriesBreaks(model: Model): SeriesBreak[] {
  return model.minerals.flatMap((mineral) =>
    MEASURES.flatMap((measure) => {
      const segments = trendSegments(concentrationTrend(model, mineral.id, measure));
      return segments.slice(1).map((segment, position) => {
        const previous = segments[position]!;
        return {
          mineral: mineral.id,
          measure,
          before: { year: previous.points.at(-1)!.year, series: describeSegment(previous) },
          after: { year: segment.points[0]!.year, series: describeSegment(segment) },
        };
      });
    }),
  );
}

/** The breaks as lines for the console: "gallium refining: 2023 … → 2024 …". */
export function seriesBreakTable(model: Model): string {
  const breaks = seriesBreaks(model);
  if (breaks.length === 0) return 'Series breaks: none';
  return [
    `Series breaks (${breaks.length}): the charts draw each side as its own line`,
    ...breaks.map(
      (entry) =>
        `  ${entry.mineral} ${entry.measure}: ${entry.before.year} ${entry.before.series} → ${entry.after.year} ${entry.after.series}`,
    ),
  ].join('\n');
}
