import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { smallModelWithSourceChange } from '../../../../tests/fixtures/small-model';
import { concentrationTrend, type TrendPoint } from '../../../analytics/trend';
import type { Measure, Model } from '../../../domain/model-schema';
import { validateModel } from '../../../domain/validate-model';
import { trendLayout } from '../trend-data';

const MEASURES: Measure[] = ['mining', 'refining', 'reserves'];

/** The series of every point a line of the layout draws: one per line, or the line mixes sources. */
function seriesDrawnByEachLine(trends: Partial<Record<Measure, TrendPoint[]>>) {
  const { rows, lines } = trendLayout(trends, 'top1Share');
  return lines.map((line) => {
    const years = rows.filter((row) => row[line.dataKey] !== undefined).map((row) => row.year);
    const points = (trends[line.measure] ?? []).filter((point) => years.includes(point.year));
    return { line: line.dataKey, series: [...new Set(points.map((point) => point.series))] };
  });
}

describe('trendLayout', () => {
  it('draws gallium 2022–2023 (USGS tonnes) and 2024 (another table, in shares) as two lines', () => {
    const refining = concentrationTrend(smallModelWithSourceChange(), 'gallium', 'refining');
    const { rows, lines, breaks } = trendLayout({ refining }, 'top1Share');
    expect(lines.map((line) => line.dataKey)).toEqual(['refining-0', 'refining-1']);
    // 2022: 800 of 1,000 kg; 2023: 900 of 1,000 kg; 2024: 87 of 100 % of world, on its own line.
    expect(rows).toEqual([
      { year: 2022, 'refining-0': 0.8 },
      { year: 2023, 'refining-0': 0.9 },
      { year: 2024, 'refining-1': 0.87 },
    ]);
    expect(breaks).toHaveLength(1);
    expect(breaks[0]?.before.points.at(-1)?.year).toBe(2023);
    expect(breaks[0]?.after.publication.title).toBe('World Minerals Outlook to 2029');
  });

  it('starts a projection at the last observed year of the same publication', () => {
    const changed = smallModelWithSourceChange();
    const mining = concentrationTrend(changed, 'graphite', 'mining');
    // 2023: China 600 of 1,000 t; 2030: China 1,000 of a projected 2,000 t.
    expect(trendLayout({ mining }, 'top1Share').rows).toEqual([
      { year: 2023, 'mining-0': 0.6, 'mining-0-projected': 0.6 },
      { year: 2030, 'mining-0-projected': 0.5 },
    ]);
  });

  it('never draws a line of the built-in model through figures of two publications', () => {
    const parsed = validateModel(JSON.parse(readFileSync('data/model.json', 'utf8')));
    if (!parsed.ok) throw new Error('the built-in model does not validate');
    const model: Model = parsed.model;
    for (const mineral of model.minerals) {
      const trends = Object.fromEntries(
        MEASURES.map((measure) => [measure, concentrationTrend(model, mineral.id, measure)]),
      );
      for (const drawn of seriesDrawnByEachLine(trends)) {
        expect(drawn.series, `${mineral.id} ${drawn.line}`).toHaveLength(1);
      }
    }
  });
});
