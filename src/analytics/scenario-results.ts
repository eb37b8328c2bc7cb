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
import { countryShares, type ShareBreakdown } from './shares';
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
    /**
     * The nearest year whose figures can carry the same cut, if any; where partners answer up to
     * capacity, the nearest that also has their capacities, if one does.
     */
    carryingYear: number | null;
    /** True when `carryingYear` has the partners' capacities as well (they answer up to capacity). */
    carryingYearWithCapacity: boolean;
  } | null;
  /**
   * When the partners' room is unknown in `year`: the nearest year whose figures carry the cut and
   * have their capacities.
   */
  capacityYear: number | null;
  imports: CodeAtRisk[];
  /** What each year's figures are used for, when the figures shown are of more than one year; else empty. */
  mixedYears: FigureYear[];
  sourceIds: string[];
}

/** What a year's figures are used for in an outcome: production, capacity, or imports under a code. */
export type FigureUse =
  { kind: 'production' } | { kind: 'capacity' } | { kind: 'imports'; code: string };

export interface FigureYear {
  year: number;
  uses: FigureUse[];
  sourceIds: string[];
}

/**
 * The years of the figures an outcome shows, each with what it is used for and its sources, the
 * production year first; empty when they are all of one year (the heading says it then).
 */
export function mixedFigureYears(parts: {
  year: number | null;
  productionSources: readonly string[];
  /** The sources of the capacities set against the output (of the output's year); empty if none. */
  capacitySources: readonly string[];
  imports: readonly Pick<CodeAtRisk, 'code' | 'year' | 'sources'>[];
}): FigureYear[] {
  const groups: FigureYear[] = [];
  const add = (year: number, use: FigureUse, sourceIds: readonly string[]) => {
    let group = groups.find((entry) => entry.year === year);
    if (!group) {
      group = { year, uses: [], sourceIds: [] };
      groups.push(group);
    }
    group.uses.push(use);
    group.sourceIds = [...new Set([...group.sourceIds, ...sourceIds])];
  };
  if (parts.year !== null) {
    add(parts.year, { kind: 'production' }, parts.productionSources);
    if (parts.capacitySources.length > 0)
      add(parts.year, { kind: 'capacity' }, parts.capacitySources);
  }
  for (const entry of parts.imports)
    add(entry.year, { kind: 'imports', code: entry.code }, entry.sources);
  return groups.length > 1 ? groups : [];
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
    const cuts = new Map<
      number,
      { breakdown: ShareBreakdown; cut: SupplyCutResult | null; impossible: boolean }
    >();
    const cutIn = (figuresYear: number) => {
      const known = cuts.get(figuresYear);
      if (known) return known;
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
      const entry = { breakdown, cut, impossible };
      cuts.set(figuresYear, entry);
      return entry;
    };
    const chosen = year === null ? null : cutIn(year);
    const breakdown = chosen?.breakdown ?? null;
    const result = chosen && !chosen.impossible ? chosen.cut : null;
    const needsOtherYear =
      chosen !== null &&
      (chosen.impossible || (result !== null && result.partnerHeadroom === null));
    // The other years whose figures carry the cut, nearest first (the earlier on a tie).
    const carrying =
      year === null || !needsOtherYear
        ? []
        : years
            .filter((other) => {
              const { cut, impossible } = cutIn(other);
              return other !== year && cut !== null && !impossible;
            })
            .sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b);
    const responders = context.partners.filter((country) => country !== spec.supplier);
    // Of those, the nearest where the partners' room up to capacity is known: one step to a year
    // that answers the whole question, not one for the cut and another for the capacities.
    const withCapacity =
      year === null || spec.response.kind !== 'capacity'
        ? null
        : nearestYearWithCapacity(
            carrying.map((other) => cutIn(other).breakdown),
            model.capacities,
            responders,
            year,
          );
    const inputsExceedTotal =
      chosen?.impossible && chosen.cut && year !== null
        ? {
            worldAfter: chosen.cut.worldAfter,
            unit: chosen.cut.unit,
            worldTotal: chosen.breakdown.worldTotal?.value ?? null,
            listedTotal: sum(chosen.breakdown.countries, (row) => row.value ?? 0),
            carryingYear: withCapacity ?? carrying[0] ?? null,
            carryingYearWithCapacity: withCapacity !== null,
          }
        : null;
    const capacityYear = result !== null && result.partnerHeadroom === null ? withCapacity : null;
    const imports = trade ? importsAtRiskByCode(index, trade, mineral, spec, context.viewAs) : [];
    const productionSources = [
      ...(breakdown?.worldTotal ? [breakdown.worldTotal.source] : []),
      ...(breakdown?.countries.map((row) => row.source) ?? []),
    ];
    const capacitySources = result?.capacityHeadroom.map((entry) => entry.source) ?? [];
    const sourceIds = [
      ...productionSources,
      ...capacitySources,
      ...imports.flatMap((entry) => entry.sources),
    ];
    return {
      mineral,
      year,
      result,
      inputsExceedTotal,
      capacityYear,
      imports,
      mixedYears: result
        ? mixedFigureYears({ year, productionSources, capacitySources, imports })
        : [],
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
