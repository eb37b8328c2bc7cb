import type { Measure, Model } from '../domain/model-schema';
import { countryShares, type CountryShare, type ShareBreakdown } from './shares';

const MEASURES: Measure[] = ['mining', 'refining', 'reserves'];

export interface ProfileShare {
  /** Minerals the row speaks for: several when they share one proxy group's figures. */
  minerals: string[];
  measure: Measure;
  year: number;
  row: CountryShare;
  breakdown: ShareBreakdown;
  /**
   * True when the world total is a proxy group's (e.g. the IEA magnet rare earths standing in for
   * dysprosium and terbium): its tonnage belongs to the group, so only the share may be shown.
   */
  proxyGroup: boolean;
}

/**
 * One country's share of each mineral and measure in the latest year with a world total. Minerals
 * that stand in the same proxy group with the same figures make one row, not several that would
 * read as independent figures.
 */
export function profileShares(model: Model, country: string): ProfileShare[] {
  const rows = model.minerals.flatMap((mineral) =>
    MEASURES.flatMap((measure): ProfileShare[] => {
      const years = model.worldTotals
        .filter(
          (total) =>
            total.mineral === mineral.id && total.stage === measure && total.value !== null,
        )
        .map((total) => total.year);
      if (years.length === 0) return [];
      const year = Math.max(...years);
      const records = measure === 'reserves' ? model.reserves : model.supply;
      const breakdown = countryShares(records, model.worldTotals, {
        mineral: mineral.id,
        measure,
        year,
      });
      const row = breakdown.countries.find((entry) => entry.country === country);
      if (!row) return [];
      const proxyGroup = breakdown.worldTotal?.status === 'proxy';
      return [{ minerals: [mineral.id], measure, year, row, breakdown, proxyGroup }];
    }),
  );
  const merged: ProfileShare[] = [];
  for (const entry of rows) {
    const twin = entry.proxyGroup
      ? merged.find((kept) => kept.proxyGroup && sameProxyFigures(kept, entry))
      : undefined;
    if (twin) twin.minerals.push(...entry.minerals);
    else merged.push(entry);
  }
  return merged;
}

function sameProxyFigures(a: ProfileShare, b: ProfileShare): boolean {
  const totalA = a.breakdown.worldTotal;
  const totalB = b.breakdown.worldTotal;
  return (
    a.measure === b.measure &&
    a.year === b.year &&
    totalA?.source === totalB?.source &&
    totalA?.value === totalB?.value &&
    totalA?.note?.en === totalB?.note?.en &&
    totalA?.note?.ja === totalB?.note?.ja &&
    a.row.value === b.row.value &&
    a.row.source === b.row.source
  );
}
