import { descending, sum } from 'd3';
import type {
  Measure,
  Model,
  Note,
  ReserveRecord,
  SupplyRecord,
  ValueStatus,
  WorldTotal,
} from '../domain/model-schema';

export interface ShareQuery {
  mineral: string;
  measure: Measure;
  year: number;
}

export interface CountryShare {
  country: string;
  value: number | null;
  /** Fraction of the world total, 0–1; null when the value or the total is unknown. */
  share: number | null;
  unit: string;
  status: ValueStatus;
  source: string;
  note?: Note;
}

export interface ShareBreakdown extends ShareQuery {
  worldTotal: WorldTotal | undefined;
  /** Listed countries, largest first; countries with an unknown value come last. */
  countries: CountryShare[];
  /**
   * What the published world total holds beyond the listed countries ("Other / unattributed").
   * It is never spread over countries. Null when the total is unknown.
   */
  unattributed: { value: number; share: number } | null;
  /**
   * "at-most" when the world total is published as a lower bound ("more than …"): every share is
   * then at most the one computed, and the unattributed part at least.
   */
  shareBound: 'at-most' | undefined;
  /**
   * Set when the listed countries add up to more than the published (rounded, exact) world total,
   * so that the shares add up to more than 100 %: the sum and the total, for saying so.
   */
  listedExceedTotal: { listed: number; total: number } | null;
}

/** Supply records carry their stage; reserve records have none and count as `reserves`. */
type MeasuredRecord = SupplyRecord | ReserveRecord;

function measureOf(record: MeasuredRecord): Measure {
  return 'stage' in record ? record.stage : 'reserves';
}

/** Each country's share of the published world total for one mineral, measure and year. */
export function countryShares(
  records: readonly MeasuredRecord[],
  worldTotals: readonly WorldTotal[],
  query: ShareQuery,
): ShareBreakdown {
  const worldTotal = worldTotals.find(
    (total) =>
      total.mineral === query.mineral && total.stage === query.measure && total.year === query.year,
  );
  const totalValue = worldTotal?.value ?? null;
  const matching = records.filter(
    (record) =>
      record.mineral === query.mineral &&
      record.year === query.year &&
      measureOf(record) === query.measure,
  );
  const countries: CountryShare[] = matching
    .map((record) => ({
      country: record.country,
      value: record.value,
      share: record.value !== null && totalValue ? record.value / totalValue : null,
      unit: record.unit,
      status: record.status,
      source: record.source,
      ...(record.note === undefined ? {} : { note: record.note }),
    }))
    .sort((a, b) => descending(a.value ?? -1, b.value ?? -1) || a.country.localeCompare(b.country));

  const isLowerBound = worldTotal?.bound === 'lower';
  let unattributed: ShareBreakdown['unattributed'] = null;
  let listedExceedTotal: ShareBreakdown['listedExceedTotal'] = null;
  if (totalValue !== null && totalValue > 0) {
    // A rounded total can sit a little below the sum of its parts; the gap is then nothing, not negative.
    const listed = sum(countries, (row) => row.value ?? 0);
    const value = Math.max(0, totalValue - listed);
    unattributed = { value, share: value / totalValue };
    // A total published as "more than" may be exceeded without any rounding to explain.
    if (listed > totalValue && !isLowerBound) listedExceedTotal = { listed, total: totalValue };
  }
  const shareBound = isLowerBound ? 'at-most' : undefined;
  return { ...query, worldTotal, countries, unattributed, shareBound, listedExceedTotal };
}

/**
 * The second readings of one mineral, measure and year (`model.alternatives`: another publisher's
 * table, or the same publisher's in another unit), one breakdown per source, each against its own
 * world total. Empty when the model keeps none.
 */
export function alternativeShares(
  model: Pick<Model, 'alternatives'>,
  query: ShareQuery,
): ShareBreakdown[] {
  const alternatives = model.alternatives;
  if (!alternatives) return [];
  const records = query.measure === 'reserves' ? alternatives.reserves : alternatives.supply;
  const inQuery = (record: MeasuredRecord | WorldTotal) =>
    record.mineral === query.mineral &&
    record.year === query.year &&
    ('stage' in record ? record.stage : 'reserves') === query.measure;
  const sources = [
    ...new Set([...alternatives.worldTotals, ...records].filter(inQuery).map((r) => r.source)),
  ];
  return sources.map((source) =>
    countryShares(
      records.filter((record) => record.source === source),
      alternatives.worldTotals.filter((total) => total.source === source),
      query,
    ),
  );
}

export interface FoldedShares {
  /** The largest listed countries, then every listed country whose value is unknown. */
  shown: CountryShare[];
  /** Listed countries with a known value beyond the largest ones, added together. */
  otherListed: { count: number; value: number; share: number | null } | null;
}

/**
 * Keeps the `limit` largest known countries and adds the smaller ones up, so a chart stays legible.
 * Countries with unknown values are always kept, so that an "n/a" never disappears into a sum.
 */
export function foldBeyondTop(breakdown: ShareBreakdown, limit: number): FoldedShares {
  const known = breakdown.countries.filter((row) => row.value !== null);
  const unknown = breakdown.countries.filter((row) => row.value === null);
  const rest = known.slice(limit);
  const hasShares = rest.every((row) => row.share !== null);
  return {
    shown: [...known.slice(0, limit), ...unknown],
    otherListed:
      rest.length === 0
        ? null
        : {
            count: rest.length,
            value: sum(rest, (row) => row.value ?? 0),
            share: hasShares ? sum(rest, (row) => row.share ?? 0) : null,
          },
  };
}
