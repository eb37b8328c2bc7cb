import type { Stage, SupplyRecord, WorldTotal } from '../../src/domain/model-schema.ts';
import { SHARE_OF_WORLD_UNIT } from '../../src/domain/units.ts';

/**
 * Some publications give only each country's share of world output, in percent, not tonnes. Such a
 * year becomes a table in the unit "% of world" whose world total is 100 %, so shares and the
 * HHI are read straight off it and no tonnage is made up.
 */

interface ShareTable {
  mineral: string;
  stage: Stage;
  year: number;
  shares: { iso2: string; percent: number }[];
  source: string;
  note: string;
}

export function shareTableRecords(
  table: ShareTable,
  iso2To3: (iso2: string) => string | undefined,
): { supply: SupplyRecord[]; worldTotals: WorldTotal[]; unknownCodes: string[] } {
  const common = {
    mineral: table.mineral,
    stage: table.stage,
    year: table.year,
    unit: SHARE_OF_WORLD_UNIT,
  };
  const provenance = {
    status: 'estimated' as const,
    source: table.source,
    note: { en: table.note },
  };
  const result = {
    supply: [] as SupplyRecord[],
    worldTotals: [{ ...common, value: 100, ...provenance }] as WorldTotal[],
    unknownCodes: [] as string[],
  };
  for (const { iso2, percent } of table.shares) {
    const country = iso2To3(iso2);
    if (country) result.supply.push({ ...common, country, value: percent, ...provenance });
    else result.unknownCodes.push(iso2);
  }
  return result;
}

/** `{ "<material>": { "<year>": [{ "c": "CN", "v": 94 }, …] } }`: BGS shares as compiled by a third party. */
export function readBgsCompiledShares(compiled: unknown, material: string, year: number) {
  const byYear = (compiled as Record<string, Record<string, { c: string; v: number }[]>>)[material];
  return (byYear?.[String(year)] ?? []).map(({ c, v }) => ({ iso2: c, percent: v }));
}

/** `{ materials: { "<material>": { stage, by: { "CN": 87.3, … }, world_2024 } } }`: USGS World Minerals Outlook. */
export function readUsgsOutlookShares(outlook: unknown, material: string) {
  const entry = (
    outlook as { materials?: Record<string, { by: Record<string, number>; world_2024: number }> }
  ).materials?.[material];
  if (!entry) throw new Error(`No "${material}" in the USGS World Minerals Outlook file`);
  return {
    shares: Object.entries(entry.by).map(([iso2, percent]) => ({ iso2, percent })),
    world2024: entry.world_2024,
  };
}
