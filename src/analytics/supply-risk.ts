import { group, max, rollup, sum } from 'd3';
import type {
  ExportControl,
  GovernanceIndicator,
  GovernanceRecord,
  NetImportReliance,
  TradeFlow,
} from '../domain/model-schema';
import { UNNAMED_PARTNERS } from '../domain/trade-partners';
import { appliesOn, controlStatusOn, targetsCountry } from './control-status';
import type { ShareBreakdown } from './shares';

/** The indicators the EU method averages; the data holds five, Rule of Law (RL) is missing. */
export const EU_GOVERNANCE_INDICATORS: readonly GovernanceIndicator[] = [
  'CC',
  'GE',
  'PV',
  'RQ',
  'RL',
  'VA',
];
/** The EU Critical Raw Materials Act's 2030 benchmark: at most 65 % from a single third country. */
export const CRMA_SINGLE_SUPPLIER_CEILING = 0.65;

export interface GovernanceRisk {
  /** 0 (strongest governance) to 10 (weakest); null when an indicator held by the data is missing. */
  value: number | null;
  year: number | null;
  indicators: GovernanceIndicator[];
  sources: string[];
}

/**
 * A country's governance as the EU's supply-risk method uses it: the mean of the WGI estimates
 * (about −2.5 to 2.5) rescaled to 0–10 with 10 the weakest, (2.5 − mean) × 2. The mean is over the
 * indicators the data holds for the latest year; a country missing one of them has no value.
 */
export function governanceRisk(
  records: readonly GovernanceRecord[],
  country: string,
  heldIndicators: readonly GovernanceIndicator[],
): GovernanceRisk {
  const own = records.filter((record) => record.country === country);
  const year = max(own, (record) => record.year) ?? null;
  const latest = own.filter((record) => record.year === year);
  const indicators = heldIndicators.filter((indicator) =>
    latest.some((record) => record.indicator === indicator),
  );
  const sources = [...new Set(latest.map((record) => record.source))];
  if (latest.length === 0 || indicators.length < heldIndicators.length)
    return { value: null, year, indicators, sources };
  const mean =
    latest.filter((r) => heldIndicators.includes(r.indicator)).reduce((a, r) => a + r.value, 0) /
    heldIndicators.length;
  return { value: (2.5 - mean) * 2, year, indicators, sources };
}

/** The indicators any record of the data holds, in the EU's order. */
export function heldIndicators(records: readonly GovernanceRecord[]): GovernanceIndicator[] {
  const held = new Set(records.map((record) => record.indicator));
  return EU_GOVERNANCE_INDICATORS.filter((indicator) => held.has(indicator));
}

export interface WeightedConcentration {
  /** Σ share² × governance risk, shares as fractions: 0–10. Null when it cannot be computed. */
  value: number | null;
  /** True when some supply is not attributed to a country: the sum is then a lower bound. */
  atLeast: boolean;
  /** Suppliers with a share but no governance value (which make the value null). */
  missingGovernance: string[];
}

/**
 * The Herfindahl index weighted by governance (the EU's HHI_WGI): each supplier's squared share
 * times its 0–10 governance risk. Supply not attributed to any country can only add to the sum, so
 * the sum over the countries named is then a lower bound and said to be one.
 */
export function governanceWeightedHhi(
  suppliers: readonly { country: string; share: number | null }[],
  unattributedShare: number,
  risk: (country: string) => number | null,
): WeightedConcentration {
  const named = suppliers.filter((supplier) => supplier.share !== null && supplier.share > 0);
  const missingGovernance = named
    .filter((supplier) => risk(supplier.country) === null)
    .map((supplier) => supplier.country);
  const atLeast = unattributedShare > 0 || suppliers.some((supplier) => supplier.share === null);
  if (missingGovernance.length > 0) return { value: null, atLeast, missingGovernance };
  const value = named.reduce(
    (total, supplier) => total + supplier.share! ** 2 * risk(supplier.country)!,
    0,
  );
  return { value, atLeast, missingGovernance };
}

/** World supply shares as governance-weighted concentration; null when the shares are not known. */
export function worldWeightedHhi(
  breakdown: ShareBreakdown,
  risk: (country: string) => number | null,
): WeightedConcentration | null {
  // Shares of a total published as "more than" are upper bounds: no bound of the sum follows.
  if (!breakdown.worldTotal || breakdown.worldTotal.value === null || breakdown.shareBound)
    return null;
  return governanceWeightedHhi(breakdown.countries, breakdown.unattributed?.share ?? 0, risk);
}

/** A component the supply-risk score lacks. */
export type ScoreGap = 'world' | 'sourcing' | 'reliance' | 'reliance-bound';

export interface SupplyRiskScore {
  /** 0–10; null when a component is missing, never a default. */
  value: number | null;
  /** True when a concentration it rests on is a lower bound: the score is then one too. */
  atLeast: boolean;
  missing: ScoreGap[];
}

/**
 * The EU's supply risk without its substitution and end-of-life recycling terms:
 * HHI_WGI(global supply) × IR/2 + HHI_WGI(own sourcing) × (1 − IR/2), IR the net import reliance
 * as a fraction. Both weights are positive, so a lower-bound concentration makes the score a lower
 * bound; a reliance published as a bound (">50 %") does not, since which way it moves the score
 * depends on which concentration is larger, so it leaves the score n/a.
 */
export function supplyRiskScore(input: {
  world: WeightedConcentration | null;
  sourcing: WeightedConcentration | null;
  reliance: NetImportReliance | null;
}): SupplyRiskScore {
  const { world, sourcing, reliance } = input;
  const missing: ScoreGap[] = [];
  if (world?.value == null) missing.push('world');
  if (sourcing?.value == null) missing.push('sourcing');
  if (reliance?.value == null) missing.push('reliance');
  else if (reliance.bound) missing.push('reliance-bound');
  const atLeast = Boolean(world?.atLeast || sourcing?.atLeast);
  if (missing.length > 0) return { value: null, atLeast, missing };
  const share = reliance!.value! / 100;
  return {
    value: world!.value! * (share / 2) + sourcing!.value! * (1 - share / 2),
    atLeast,
    missing,
  };
}

/**
 * The share of supply from countries with a control in force on `date` (whole or in part) that
 * covers the mineral and applies to the view-as country: aimed at all destinations or at it.
 */
export function shareUnderControls(
  suppliers: readonly { country: string; share: number | null }[],
  register: readonly ExportControl[],
  query: { mineral: string; date: string; viewAs: string },
): { share: number; countries: string[]; controls: string[] } {
  const applying = register.filter(
    (control) =>
      control.kind === 'control' &&
      control.minerals.includes(query.mineral) &&
      (control.target.scope === 'all-destinations' || targetsCountry(control, query.viewAs)) &&
      appliesOn(controlStatusOn(control, register, query.date)),
  );
  const issuers = new Set(applying.map((control) => control.country));
  const covered = suppliers.filter((s) => issuers.has(s.country) && s.share !== null);
  return {
    share: covered.reduce((total, supplier) => total + supplier.share!, 0),
    countries: covered.map((supplier) => supplier.country),
    controls: applying.map((control) => control.id),
  };
}

export interface SingleSupplierGauge {
  code: string;
  year: number;
  /** Imports from outside the importing country or group, in USD. */
  total: number;
  /** The largest supplier the records name; null when they name none. */
  supplier: string | null;
  /** That supplier's share of the imports, 0–1; null when no supplier is named. */
  share: number | null;
  /** Share from partners the reporter does not name (counted in the total, never as a supplier). */
  unnamedShare: number;
  /** True when the unnamed remainder could hide a larger supplier: `share` is then a lower bound. */
  atLeast: boolean;
  /** Above the 65 % ceiling; null when the unnamed remainder leaves it open. */
  exceedsCeiling: boolean | null;
  /** Every named supplier with its share of the imports, largest first. */
  suppliers: { country: string; share: number }[];
  /** The importers (a group's members) with imports recorded under the code in that year. */
  reporting: string[];
  sources: string[];
}

/**
 * For a country or a group (its members' imports from outside it, as the CRMA counts third
 * countries), the largest single supplier's share of recorded imports per trade code, in the
 * latest year the code has imports, against the 65 % ceiling. Codes without imports are left out.
 * Partners a reporter does not name are one remainder, not one supplier: where it is larger than
 * the largest named supplier, a single unnamed partner could be larger still, so the share is a
 * lower bound and only a share above the ceiling settles the comparison.
 */
export function singleSupplierGauges(
  trade: readonly TradeFlow[],
  query: { importers: readonly string[]; mineral: string },
): SingleSupplierGauge[] {
  const importers = new Set(query.importers);
  const flows = trade.filter(
    (flow) =>
      importers.has(flow.importer) &&
      !importers.has(flow.exporter) &&
      flow.mineral === query.mineral &&
      flow.unit === 'USD' &&
      flow.code !== undefined,
  );
  return [...group(flows, (flow) => flow.code!)].flatMap(([code, codeFlows]) => {
    const year = max(codeFlows, (flow) => flow.year)!;
    const inYear = codeFlows.filter((flow) => flow.year === year);
    const byExporter = rollup(
      inYear,
      (rows) => sum(rows, (flow) => flow.value),
      (flow) => flow.exporter,
    );
    const total = sum(byExporter.values());
    if (total <= 0) return [];
    const unnamedShare = (byExporter.get(UNNAMED_PARTNERS) ?? 0) / total;
    const suppliers = [...byExporter]
      .filter(([country]) => country !== UNNAMED_PARTNERS)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([country, value]) => ({ country, share: value / total }));
    const largest = suppliers[0] ?? null;
    const share = largest?.share ?? null;
    const atLeast = unnamedShare > (share ?? 0);
    const above = share !== null && share > CRMA_SINGLE_SUPPLIER_CEILING;
    return [
      {
        code,
        year,
        total,
        supplier: largest?.country ?? null,
        share,
        unnamedShare,
        atLeast,
        exceedsCeiling: above ? true : atLeast ? null : false,
        suppliers,
        reporting: [...new Set(inYear.map((flow) => flow.importer))].sort(),
        sources: [...new Set(inYear.map((flow) => flow.source))],
      },
    ];
  });
}
