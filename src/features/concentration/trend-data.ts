import { trendSegments, type TrendPoint, type TrendSegment } from '../../analytics/trend';
import type { Measure } from '../../domain/model-schema';

import type { TrendMetric } from '../../store/view-settings';

export type { TrendMetric };

/** One row per year, one value per drawn line (keyed by the line's `dataKey`). */
export type TrendRow = { year: number } & Partial<Record<string, number | null>>;

/** One line of the chart: one stage, one segment of one publication, observed or projected. */
export interface TrendLine {
  dataKey: string;
  measure: Measure;
  projected: boolean;
  segment: TrendSegment;
}

/** Where a stage's series changes publication or unit: the two sides are not to be compared. */
export interface TrendBreak {
  measure: Measure;
  before: TrendSegment;
  after: TrendSegment;
}

export interface TrendLayout {
  rows: TrendRow[];
  lines: TrendLine[];
  breaks: TrendBreak[];
}

/**
 * Lays the trends of several stages out as chart rows, one line per segment of one publication so
 * that no line joins two of them. Within a segment the projected line starts at its last observed
 * year, so that it continues the observed one, and is drawn dashed by the chart.
 */
export function trendLayout(
  trends: Partial<Record<Measure, TrendPoint[]>>,
  metric: TrendMetric,
): TrendLayout {
  const rows = new Map<number, TrendRow>();
  const row = (year: number) => {
    const existing = rows.get(year);
    if (existing) return existing;
    const created: TrendRow = { year };
    rows.set(year, created);
    return created;
  };
  const lines: TrendLine[] = [];
  const breaks: TrendBreak[] = [];
  for (const [measure, points] of Object.entries(trends) as [Measure, TrendPoint[]][]) {
    const segments = trendSegments(points);
    segments.forEach((segment, position) => {
      const previous = segments[position - 1];
      if (previous) breaks.push({ measure, before: previous, after: segment });
      const observed = segment.points.filter((point) => !point.projected);
      const projected = segment.points.filter((point) => point.projected);
      const dataKey = `${measure}-${position}`;
      if (observed.length > 0) {
        lines.push({ dataKey, measure, projected: false, segment });
        for (const point of observed) row(point.year)[dataKey] = point[metric];
      }
      if (projected.length > 0) {
        const projectedKey = `${dataKey}-projected`;
        lines.push({ dataKey: projectedKey, measure, projected: true, segment });
        const last = observed.at(-1);
        if (last) row(last.year)[projectedKey] = last[metric];
        for (const point of projected) row(point.year)[projectedKey] = point[metric];
      }
    });
  }
  return { rows: [...rows.values()].sort((a, b) => a.year - b.year), lines, breaks };
}

/** The observation or projection a line draws at a year (a projected line starts on the last observed). */
export function pointOfLine(line: TrendLine, year: number): TrendPoint | undefined {
  return line.segment.points.find((point) => point.year === year);
}

/**
 * The years of each observed line whose largest share is at most the one drawn (world total
 * published as a lower bound), to be said under the chart.
 */
export function atMostYears(lines: readonly TrendLine[]): { measure: Measure; years: number[] }[] {
  return lines.flatMap((line) => {
    if (line.projected) return [];
    const years = line.segment.points
      .filter((point) => !point.projected && point.shareBound === 'at-most')
      .map((point) => point.year);
    return years.length > 0 ? [{ measure: line.measure, years }] : [];
  });
}
