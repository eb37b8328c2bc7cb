import { csvParse } from 'd3';
import type { GovernanceIndicator, GovernanceRecord } from '../../src/domain/model-schema.ts';

const INDICATORS = new Set<string>(['CC', 'GE', 'PV', 'RQ', 'RL', 'VA']);

/**
 * The World Bank DataBank extract of the Worldwide Governance Indicators: one row per country and
 * series ("CC.EST" …), one column per year ("2023 [YR2023]"), ".." where there is no estimate, and
 * footer lines without a country code. Only the estimates of `year` are kept, as published.
 * `idOf` gives the model's id for a WGI code where they differ: BACI has no entry for Taiwan and
 * records its trade under code 490 (the model's XAS), so WGI's "Taiwan, China" (TWN) is filed under
 * XAS, or the suppliers' governance would be missing wherever Taiwan supplies.
 */
export function readWgiGovernance(
  text: string,
  year: number,
  source: string,
  idOf: Readonly<Record<string, string>> = {},
): GovernanceRecord[] {
  const column = `${year} [YR${year}]`;
  return csvParse(text.replace(/^\uFEFF/, '')).flatMap((row) => {
    const indicator = /^([A-Z]{2})\.EST$/.exec(row['Series Code'] ?? '')?.[1];
    const country = row['Country Code'] ?? '';
    const value = Number(row[column]);
    if (!indicator || !INDICATORS.has(indicator) || !/^[A-Z]{3}$/.test(country)) return [];
    if (row[column] === '..' || row[column] === '' || !Number.isFinite(value)) return [];
    return [
      {
        country: idOf[country] ?? country,
        year,
        indicator: indicator as GovernanceIndicator,
        value,
        source,
      },
    ];
  });
}
