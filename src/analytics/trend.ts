import { sum } from 'd3';
import type { Measure, Model } from '../domain/model-schema';
import { concentration, herfindahlIndex } from './concentration';
import { publicationOf, seriesKey, splitBySeries, type Publication } from './series';
import { countryShares } from './shares';

export interface TrendPoint {
  year: number;
  top1Country: string | null;
  /** Largest known share of the world total (0–1). */
  top1Share: number | null;
  /** "at-most" when the world total is published as a lower bound: the share is at most top1Share. */
  shareBound: 'at-most' | undefined;
  hhi: number | null;
  hhiIsLowerBound: boolean;
  /** True for a projection (IEA base case and the like), never to be read as an observation. */
  projected: boolean;
  source: string;
  /** Unit of the world total the shares were taken of. */
  unit: string;
  publication: Publication;
  /** Points with the same key come from one publication in one unit and may be joined by a line. */
  series: string;
}

/**
 * Top-1 share and HHI of one mineral and measure for every year the model has a world total for,
 * then the projected years from projections[]; observed and projected points stay distinguishable.
 */
export function concentrationTrend(
  model: Pick<Model, 'supply' | 'reserves' | 'worldTotals' | 'projections' | 'sources'>,
  mineral: string,
  measure: Measure,
): TrendPoint[] {
  const sources = new Map(model.sources.map((source) => [source.id, source]));
  const seriesOf = (sourceId: string, unit: string) => {
    const source = sources.get(sourceId);
    const publication = source ? publicationOf(source) : { publisher: sourceId, title: '' };
    return { source: sourceId, unit, publication, series: seriesKey(publication, unit) };
  };
  const records = measure === 'reserves' ? model.reserves : model.supply;
  const observed = model.worldTotals
    .filter((total) => total.mineral === mineral && total.stage === measure && total.value !== null)
    .map((total): TrendPoint => {
      const breakdown = countryShares(records, model.worldTotals, {
        mineral,
        measure,
        year: total.year,
      });
      const result = concentration(breakdown);
      return {
        year: total.year,
        top1Country: result.top1?.country ?? null,
        top1Share: result.top1?.share ?? null,
        shareBound: breakdown.shareBound,
        hhi: result.hhi,
        hhiIsLowerBound: result.hhiIsLowerBound,
        projected: false,
        ...seriesOf(total.source, total.unit),
      };
    });
  const projected = model.projections
    .filter(
      (projection) =>
        projection.mineral === mineral && projection.stage === measure && projection.world > 0,
    )
    .map((projection): TrendPoint => {
      const shares = projection.countries
        .map((row) => ({ country: row.country, share: row.value / projection.world }))
        .sort((a, b) => b.share - a.share);
      const top = shares[0];
      return {
        year: projection.year,
        top1Country: top?.country ?? null,
        top1Share: top?.share ?? null,
        shareBound: undefined,
        hhi: shares.length > 0 ? herfindahlIndex(shares.map((row) => row.share)) : null,
        hhiIsLowerBound: sum(shares, (row) => row.share) < 1,
        projected: true,
        ...seriesOf(projection.source, projection.unit),
      };
    });
  return [...observed, ...projected].sort((a, b) => a.year - b.year);
}

export interface TrendSegment {
  series: string;
  publication: Publication;
  unit: string;
  /** Observed points first, then the projected ones, oldest first. */
  points: TrendPoint[];
}

/** A trend cut into one segment per run of one publication in one unit: where it changes, the line breaks. */
export function trendSegments(points: readonly TrendPoint[]): TrendSegment[] {
  return splitBySeries(points, (point) => point.series).map((segment) => ({
    series: segment.key,
    publication: segment.points[0]!.publication,
    unit: segment.points[0]!.unit,
    points: segment.points,
  }));
}
