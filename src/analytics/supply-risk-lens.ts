import type { Model, Stage, TradeFlow } from '../domain/model-schema';
import { netImportRelianceOn, type RelianceReading } from './import-reliance';
import { countryShares, type ShareBreakdown } from './shares';
import {
  governanceRisk,
  governanceWeightedHhi,
  heldIndicators,
  shareUnderControls,
  singleSupplierGauges,
  supplyRiskScore,
  worldWeightedHhi,
  type SingleSupplierGauge,
  type SupplyRiskScore,
  type WeightedConcentration,
} from './supply-risk';
import { latestYearWithWorldTotal } from './years';

const LENS_STAGES: readonly Stage[] = ['mining', 'refining'];

/**
 * The stage given if every mineral's world supply has figures there in some year, else the first
 * stage where they all have (gallium and germanium: refining, as no mining figures are published),
 * so that what opens on them is not all n/a; the stage given when no stage has them all.
 */
export function stageWithFigures(
  model: Pick<Model, 'worldTotals'>,
  minerals: readonly string[],
  stage: Stage,
): Stage {
  return (
    [stage, ...LENS_STAGES].find((candidate) =>
      minerals.every(
        (mineral) => latestYearWithWorldTotal(model, mineral, candidate) !== undefined,
      ),
    ) ?? stage
  );
}

/**
 * The stage the supply-risk lens reads a mineral at: the one chosen for the lens, if any; else the
 * filters' stage or the first with figures (`stageWithFigures`).
 */
export function lensStage(
  model: Pick<Model, 'worldTotals'>,
  query: { mineral: string; stage: Stage; chosen: Stage | null },
): Stage {
  return query.chosen ?? stageWithFigures(model, [query.mineral], query.stage);
}

type LensModel = Pick<
  Model,
  'supply' | 'worldTotals' | 'governance' | 'exportControls' | 'netImportReliance'
>;
type ControlledShare = ReturnType<typeof shareUnderControls>;

/** Each country's 0–10 governance risk from the indicators the data holds (null when one is missing). */
export function governanceRiskOf(records: Model['governance']): (country: string) => number | null {
  const indicators = heldIndicators(records);
  const byCountry = new Map(
    [...new Set(records.map((record) => record.country))].map((country) => [
      country,
      governanceRisk(records, country, indicators).value,
    ]),
  );
  return (country) => byCountry.get(country) ?? null;
}

export interface WorldSupplyRisk {
  /** The latest year with a published world total; null when there is none. */
  year: number | null;
  breakdown: ShareBreakdown | null;
  concentration: WeightedConcentration | null;
}

/** World supply of a mineral and stage as governance-weighted concentration, in its latest year. */
export function worldSupplyRisk(
  model: LensModel,
  query: { mineral: string; stage: Stage },
  risk: (country: string) => number | null,
): WorldSupplyRisk {
  const year = latestYearWithWorldTotal(model, query.mineral, query.stage) ?? null;
  if (year === null) return { year, breakdown: null, concentration: null };
  const breakdown = countryShares(model.supply, model.worldTotals, {
    mineral: query.mineral,
    measure: query.stage,
    year,
  });
  return { year, breakdown, concentration: worldWeightedHhi(breakdown, risk) };
}

export interface CodeRisk {
  gauge: SingleSupplierGauge;
  sourcing: WeightedConcentration;
  controlled: ControlledShare;
  score: SupplyRiskScore;
}

export interface ImporterRisk {
  /** The country or group read. */
  id: string;
  /** Share of world supply under a control in force that applies to it; null without world shares. */
  worldControlled: ControlledShare | null;
  reliance: RelianceReading;
  /** One reading per trade code with imports, each in its latest year. */
  codes: CodeRisk[];
}

/**
 * The supply-risk lens for one importer (a country, or a group's members buying from outside it)
 * on the "as of" day: share of world supply under controls, net import reliance as published, and
 * per trade code its sourcing concentration, the share under controls, the 65 % gauge and the
 * score where every component exists. For a group, only controls aimed at all destinations count:
 * one aimed at a member applies to that member's imports alone.
 */
export function importerRisk(
  model: LensModel,
  trade: readonly TradeFlow[],
  world: WorldSupplyRisk,
  risk: (country: string) => number | null,
  query: { id: string; importers: readonly string[]; mineral: string; stage: Stage; asOf: string },
): ImporterRisk {
  const controlsQuery = { mineral: query.mineral, date: query.asOf, viewAs: query.id };
  const reliance = netImportRelianceOn(model.netImportReliance ?? [], trade, {
    ...query,
    country: query.id,
    year: world.year,
  });
  const published = reliance.kind === 'published' ? reliance.record : null;
  const codes = singleSupplierGauges(trade, query).map((gauge) => {
    const sourcing = governanceWeightedHhi(gauge.suppliers, gauge.unnamedShare, risk);
    return {
      gauge,
      sourcing,
      controlled: shareUnderControls(gauge.suppliers, model.exportControls, controlsQuery),
      score: supplyRiskScore({ world: world.concentration, sourcing, reliance: published }),
    };
  });
  return {
    id: query.id,
    worldControlled: world.breakdown
      ? shareUnderControls(world.breakdown.countries, model.exportControls, controlsQuery)
      : null,
    reliance,
    codes,
  };
}
