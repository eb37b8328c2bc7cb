import type { TrendPoint } from '../../analytics/trend';
import type { Measure } from '../../domain/model-schema';

export type TrendMetric = 'top1Share' | 'hhi';

/** One row per year; `<measure>` holds observed values, `<measure>Projected` the projected ones. */
export type TrendRow = { year: number } & Partial<Record<string, number | null>>;

/**
 * Lays the trends of several stages out as chart rows. The projected line starts at the last
 * observed year so that it continues the observed one, and is drawn dashed by the chart.
 */
export function trendRows(
  trends: Partial<Record<Measure, TrendPoint[]>>,
  metric: TrendMetric,
): TrendRow[] {
  const rows = new Map<number, TrendRow>();
  const row = (year: number) => {
    const existing = rows.get(year);
    if (existing) return existing;
    const created: TrendRow = { year };
    rows.set(year, created);
    return created;
  };
  for (const [measure, points] of Object.entries(trends) as [Measure, TrendPoint[]][]) {
    const observed = points.filter((point) => !point.projected);
    const projected = points.filter((point) => point.projected);
    for (const point of observed) row(point.year)[measure] = point[metric];
    const last = observed.at(-1);
    if (projected.length > 0 && last) row(last.year)[`${measure}Projected`] = last[metric];
    for (const point of projected) row(point.year)[`${measure}Projected`] = point[metric];
  }
  return [...rows.values()].sort((a, b) => a.year - b.year);
}
