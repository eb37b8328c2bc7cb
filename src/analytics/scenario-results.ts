import { descending, groups, sum } from 'd3';
import { concentration } from './concentration';
import { importReliance } from './import-reliance';
import {
  importsAtRisk,
  nearestYearWithCapacity,
  supplyCut,
  type ImportsAtRisk,
  type PartnerResponse,
  type SupplyCutResult,
} from './scenario';
import { countryShares } from './shares';
import type { ModelIndex } from '../domain/model-index';
import { WORLD_TOTAL_ROUNDING_TOLERANCE } from '../domain/model-rules';
import type { Stage, TradeFlow } from '../domain/model-schema';

/** A supply cut to work out: who withholds what share (0–1) of which stage, and how partners answer. */
export interface ScenarioQuery {
  supplier: string;
  stage: Stage;
  cut: number;
  response: PartnerResponse;
  minerals: readonly string[];
}

export interface CodeAtRisk extends ImportsAtRisk {
  code: string;
  year: number;
  sources: string[];
}

export interface MineralScenario {
  mineral: string;
  /** The year whose figures the cut is applied to: the chosen one, or the latest with a world total. */
  year: number | null;
  result: SupplyCutResult | null;
  /**
   * Set (and `result` null) when the listed countries hold the whole world total or more: the
   * world after the cut would be nothing or less, and shares infinite, negative or above 100 %.
   */
  inputsExceedTotal: {
    worldAfter: number;
    unit: string;
    /** The world total as published (often rounded) and what the countries listed hold in all. */
    worldTotal: number | null;
    listedTotal: number;
    /** The nearest year whose figures can carry the same cut, if any. */
    carryingYear: number | null;
  } | null;
  /** When the partners' room is unknown in `year`: the nearest year that has their capacities. */
  capacityYear: number | null;
  imports: CodeAtRisk[];
  sourceIds: string[];
}

/** A scenario's outcome for each of its minerals, and what it puts at risk of the view-as country's imports. */
export function scenarioResults(
  index: ModelIndex,
  trade: readonly TradeFlow[] | undefined,
  spec: ScenarioQuery,
  context: { year: number | null; viewAs: string; partners: readonly string[] },
): MineralScenario[] {
  const { model } = index;
  return spec.minerals.map((mineral) => {
    const years = model.worldTotals
      .filter(
        (total) => total.mineral === mineral && total.stage === spec.stage && total.value !== null,
      )
      .map((total) => total.year);
    const year: number | null =
      context.year !== null && years.includes(context.year)
        ? context.year
        : years.length > 0
          ? Math.max(...years)
          : null;
    const cutIn = (figuresYear: number) => {
      const breakdown = countryShares(model.supply, model.worldTotals, {
        mineral,
        measure: spec.stage,
        year: figuresYear,
      });
      const cut = supplyCut(breakdown, model.capacities, {
        supplier: spec.supplier,
        cut: spec.cut,
        partners: context.partners,
        response: spec.response,
      });
      const impossible =
        cut !== null &&
        (cut.worldAfter <= 0 ||
          concentration(breakdown).sharesExceedTotal ||
          (cut.top1After?.share ?? 0) > 1 + WORLD_TOTAL_ROUNDING_TOLERANCE);
      return { breakdown, cut, impossible };
    };
    const chosen = year === null ? null : cutIn(year);
    const breakdown = chosen?.breakdown ?? null;
    const result = chosen && !chosen.impossible ? chosen.cut : null;
    const inputsExceedTotal =
      chosen?.impossible && chosen.cut && year !== null
        ? {
            worldAfter: chosen.cut.worldAfter,
            unit: chosen.cut.unit,
            worldTotal: chosen.breakdown.worldTotal?.value ?? null,
            listedTotal: sum(chosen.breakdown.countries, (row) => row.value ?? 0),
            carryingYear:
              years
                .filter((other) => {
                  const { cut, impossible } = cutIn(other);
                  return other !== year && cut !== null && !impossible;
                })
                .sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b)[0] ?? null,
          }
        : null;
    const responders = context.partners.filter((country) => country !== spec.supplier);
    const capacityYear =
      year !== null && result !== null && result.partnerHeadroom === null
        ? nearestYearWithCapacity(
            years.map((other) =>
              countryShares(model.supply, model.worldTotals, {
                mineral,
                measure: spec.stage,
                year: other,
              }),
            ),
            model.capacities,
            responders,
            year,
          )
        : null;
    const imports = trade ? importsAtRiskByCode(index, trade, mineral, spec, context.viewAs) : [];
    const sourceIds = [
      ...(breakdown?.worldTotal ? [breakdown.worldTotal.source] : []),
      ...(breakdown?.countries.map((row) => row.source) ?? []),
      ...(result?.capacityHeadroom.map((entry) => entry.source) ?? []),
      ...imports.flatMap((entry) => entry.sources),
    ];
    return {
      mineral,
      year,
      result,
      inputsExceedTotal,
      capacityYear,
      imports,
      sourceIds: [...new Set(sourceIds)],
    };
  });
}

function importsAtRiskByCode(
  index: ModelIndex,
  trade: readonly TradeFlow[],
  mineral: string,
  spec: ScenarioQuery,
  importer: string,
): CodeAtRisk[] {
  const codes = index.model.tradeCodes
    .filter((code) => code.minerals.includes(mineral))
    .map((code) => code.code);
  return codes.flatMap((code) => {
    const flows = trade.filter(
      (flow) =>
        flow.importer === importer &&
        flow.mineral === mineral &&
        flow.code === code &&
        flow.unit === 'USD',
    );
    if (flows.length === 0) return [];
    // One trade table per code: BACI and the importer's own Comtrade figures are never added up.
    const [, fromOneSource] = groups(flows, (flow) => flow.source).sort(
      (a, b) => descending(a[1].length, b[1].length) || a[0].localeCompare(b[0]),
    )[0]!;
    const year = Math.max(...fromOneSource.map((flow) => flow.year));
    const reliance = importReliance(fromOneSource, { importer, mineral, year, unit: 'USD', code });
    return [
      {
        code,
        year,
        sources: reliance.sources,
        ...importsAtRisk(reliance.suppliers, reliance.total, spec.supplier, spec.cut),
      },
    ];
  });
}
