import { sum } from 'd3';
import type { Capacity } from '../domain/model-schema';
import { concentration } from './concentration';
import { groupShare } from './group-share';
import type { CountryShare, ShareBreakdown } from './shares';

export type PartnerResponse =
  | { kind: 'none' }
  /** Partners that already produce raise output by this many percent. */
  | { kind: 'percent'; percent: number }
  /** Partners raise output up to their published operating capacity. */
  | { kind: 'capacity' };

export interface SupplyCutInput {
  supplier: string;
  /** Fraction of the supplier's output withheld from the market, 0–1. */
  cut: number;
  partners: readonly string[];
  response: PartnerResponse;
}

export interface SupplyCutResult {
  unit: string;
  worldBefore: number;
  worldAfter: number;
  supplierListed: boolean;
  /** Output withheld; null when the supplier's output is unknown (withheld by the publisher). */
  lost: number | null;
  lostShareOfWorld: number | null;
  /**
   * True when the world total is published as a lower bound ("more than …"): every share of it,
   * before or after the cut, is at most the one computed.
   */
  sharesAtMost: boolean;
  /**
   * What the partners' extra output can make up for, at most the loss. Null when they are to rise
   * to their capacity and none has a capacity in the unit and year of its output.
   */
  partnerCover: number | null;
  /** What the partners could add in all, whether or not it is needed; null as partnerCover. */
  partnerHeadroom: number | null;
  /**
   * Producing partners with no operating capacity in the unit and year of their output: their
   * room is unknown, never taken as zero.
   */
  partnersWithoutCapacity: string[];
  /** True when partners of unknown room could add more: the cover is "at least", the shortfall "at most". */
  coverIsLowerBound: boolean;
  shortfall: number | null;
  hhiBefore: number | null;
  /** The HHI before the cut counts only the known shares: "at least". */
  hhiBeforeIsLowerBound: boolean;
  /** Concentration among the producers that remain after the cut, of a smaller world supply. */
  hhiAfter: number | null;
  hhiAfterIsLowerBound: boolean;
  top1After: { country: string; share: number } | null;
  partnersShareBefore: number | null;
  partnersShareAfter: number | null;
  /** Capacities used for the partners' response (kind capacity), with their headroom. */
  capacityHeadroom: {
    country: string;
    capacity: number;
    production: number;
    headroom: number;
    source: string;
  }[];
}

/**
 * A static indicator, not a forecast: the supplier's output falls by the cut; partners may raise
 * theirs (by a percentage, or up to published capacity); everyone else stays as they were, and
 * prices, stocks and substitution do not respond.
 */
export function supplyCut(
  breakdown: ShareBreakdown,
  capacities: readonly Capacity[],
  input: SupplyCutInput,
): SupplyCutResult | null {
  const total = breakdown.worldTotal;
  if (!total || total.value === null || total.value <= 0) return null;
  const worldBefore = total.value;
  const supplierRow = breakdown.countries.find((row) => row.country === input.supplier);
  const lost = supplierRow
    ? supplierRow.value === null
      ? null
      : supplierRow.value * input.cut
    : 0;

  const partners = new Set(input.partners.filter((country) => country !== input.supplier));
  const partnerRows = breakdown.countries.filter(
    (row): row is CountryShare & { value: number } =>
      partners.has(row.country) && row.value !== null,
  );
  const byCapacity = input.response.kind === 'capacity';
  const partnersWithoutCapacity = byCapacity
    ? partnerRows
        .filter((row) => !capacityOfOutput(capacities, breakdown, row.country, row.unit))
        .map((row) => row.country)
    : [];
  const capacityHeadroom = byCapacity
    ? partnerRows.flatMap((row) => {
        const capacity = capacityOfOutput(capacities, breakdown, row.country, row.unit);
        return capacity
          ? [
              {
                country: row.country,
                capacity: capacity.value,
                production: row.value,
                headroom: Math.max(0, capacity.value - row.value),
                source: capacity.source,
              },
            ]
          : [];
      })
    : [];
  const increases = new Map<string, number>(
    input.response.kind === 'percent'
      ? partnerRows.map((row) => [
          row.country,
          (row.value * (input.response as { percent: number }).percent) / 100,
        ])
      : capacityHeadroom.map((entry) => [entry.country, entry.headroom]),
  );
  const roomUnknown = byCapacity && partnerRows.length > 0 && capacityHeadroom.length === 0;
  const partnerHeadroom = sum(increases.values());
  const partnerCover = lost === null ? 0 : Math.min(partnerHeadroom, lost);
  const coverIsLowerBound =
    partnersWithoutCapacity.length > 0 && lost !== null && partnerCover < lost;
  // Partners raise output only as far as it replaces what was lost, each in proportion to its room.
  const usedFraction = partnerHeadroom > 0 ? partnerCover / partnerHeadroom : 0;
  const worldAfter = worldBefore - (lost ?? 0) + partnerCover;

  const rowsAfter = breakdown.countries.map((row) => {
    if (row.value === null) return { ...row };
    let value = row.value;
    if (row.country === input.supplier) value -= lost ?? 0;
    value += (increases.get(row.country) ?? 0) * usedFraction;
    return { ...row, value, share: value / worldAfter };
  });
  const after: ShareBreakdown = {
    ...breakdown,
    countries: rowsAfter.sort((a, b) => (b.value ?? -1) - (a.value ?? -1)),
    unattributed: breakdown.unattributed
      ? { value: breakdown.unattributed.value, share: breakdown.unattributed.value / worldAfter }
      : null,
  };
  const before = concentration(breakdown);
  const concentrationAfter = concentration(after);
  return {
    unit: total.unit,
    worldBefore,
    worldAfter,
    supplierListed: supplierRow !== undefined,
    lost,
    lostShareOfWorld: lost === null ? null : lost / worldBefore,
    sharesAtMost: breakdown.shareBound === 'at-most',
    partnerCover: roomUnknown ? null : partnerCover,
    partnerHeadroom: roomUnknown ? null : partnerHeadroom,
    partnersWithoutCapacity,
    coverIsLowerBound,
    shortfall: lost === null || roomUnknown ? null : lost - partnerCover,
    hhiBefore: before.hhi,
    hhiBeforeIsLowerBound: before.hhiIsLowerBound,
    hhiAfter: concentrationAfter.hhi,
    hhiAfterIsLowerBound: concentrationAfter.hhiIsLowerBound,
    top1After:
      concentrationAfter.top1 && concentrationAfter.top1.share !== null
        ? { country: concentrationAfter.top1.country, share: concentrationAfter.top1.share }
        : null,
    partnersShareBefore: groupShare(breakdown, partners).share,
    partnersShareAfter: groupShare(after, partners).share,
    capacityHeadroom,
  };
}

/**
 * A country's operating capacity in the year and unit of its output: a capacity of another year or
 * unit (kilograms against a share of world output) cannot be set against it.
 */
function capacityOfOutput(
  capacities: readonly Capacity[],
  breakdown: Pick<ShareBreakdown, 'mineral' | 'measure' | 'year'>,
  country: string,
  unit: string,
): Capacity | undefined {
  return capacities.find(
    (capacity) =>
      capacity.country === country &&
      capacity.kind === 'operating' &&
      capacity.stage === breakdown.measure &&
      capacity.minerals.includes(breakdown.mineral) &&
      capacity.unit === unit &&
      capacity.year === breakdown.year,
  );
}

/**
 * Of the years given (one breakdown each), the one nearest to `year` in which at least one of the
 * partners has an operating capacity in the year and unit of its output; the earlier on a tie.
 */
export function nearestYearWithCapacity(
  breakdowns: readonly ShareBreakdown[],
  capacities: readonly Capacity[],
  partners: readonly string[],
  year: number,
): number | null {
  const years = breakdowns
    .filter((breakdown) =>
      breakdown.countries.some(
        (row) =>
          partners.includes(row.country) &&
          row.value !== null &&
          capacityOfOutput(capacities, breakdown, row.country, row.unit) !== undefined,
      ),
    )
    .map((breakdown) => breakdown.year)
    .sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b);
  return years[0] ?? null;
}

export interface ImportsAtRisk {
  /** Imports from the supplier under the code, in USD. */
  fromSupplier: number;
  /** Fraction of the importer's imports under the code that come from the supplier. */
  shareOfImports: number;
  /** The part of those imports the cut withholds. */
  atRisk: number;
  totalImports: number;
}

/** How much of a country's recorded imports a supplier's cut puts at risk (static shares). */
export function importsAtRisk(
  suppliers: readonly { exporter: string; value: number; share: number }[],
  totalImports: number,
  supplier: string,
  cut: number,
): ImportsAtRisk {
  const row = suppliers.find((entry) => entry.exporter === supplier);
  const fromSupplier = row?.value ?? 0;
  return {
    fromSupplier,
    shareOfImports: row?.share ?? 0,
    atRisk: fromSupplier * cut,
    totalImports,
  };
}
