import { sum } from 'd3';
import { WORLD_TOTAL_ROUNDING_TOLERANCE } from '../domain/model-rules';
import type { CountryShare, ShareBreakdown } from './shares';

export type ConcentrationBand = 'unconcentrated' | 'moderate' | 'high';

/** The thresholds of the US merger guidelines (2010), as most competition authorities use them. */
export const HHI_MODERATE_FROM = 1500;
export const HHI_HIGH_ABOVE = 2500;

/** Herfindahl–Hirschman index on the 0–10,000 scale from shares given as fractions (0–1). */
export function herfindahlIndex(shares: readonly number[]): number {
  return sum(shares, (share) => (share * 100) ** 2);
}

export function concentrationBand(hhi: number): ConcentrationBand {
  if (hhi < HHI_MODERATE_FROM) return 'unconcentrated';
  if (hhi <= HHI_HIGH_ABOVE) return 'moderate';
  return 'high';
}

export interface Concentration {
  top1: CountryShare | null;
  /** Sum of the three largest known shares. */
  top3Share: number | null;
  hhi: number | null;
  band: ConcentrationBand | null;
  /**
   * True when part of the total is unattributed or some listed values are unknown: the HHI then
   * counts only what is known, so the true index may be higher.
   */
  hhiIsLowerBound: boolean;
  /**
   * The listed countries' known shares added up (1 = the whole world total). Above 1 plus the
   * rounding tolerance the shares cannot all be true, so no top-3 share or HHI is given.
   */
  listedShare: number;
  sharesExceedTotal: boolean;
}

export function concentration(breakdown: ShareBreakdown): Concentration {
  const known = breakdown.countries.filter(
    (row): row is CountryShare & { share: number } => row.share !== null,
  );
  const listedShare = sum(known, (row) => row.share);
  const withheld = {
    top1: known[0] ?? null,
    top3Share: null,
    hhi: null,
    band: null,
    hhiIsLowerBound: false,
    listedShare,
  };
  if (known.length === 0) return { ...withheld, sharesExceedTotal: false };
  if (listedShare > 1 + WORLD_TOTAL_ROUNDING_TOLERANCE)
    return { ...withheld, sharesExceedTotal: true };
  const hhi = herfindahlIndex(known.map((row) => row.share));
  const hasUnknown = known.length < breakdown.countries.length;
  return {
    listedShare,
    sharesExceedTotal: false,
    top1: known[0] ?? null,
    top3Share: sum(known.slice(0, 3), (row) => row.share),
    hhi,
    band: concentrationBand(hhi),
    hhiIsLowerBound: hasUnknown || (breakdown.unattributed?.value ?? 0) > 0,
  };
}
