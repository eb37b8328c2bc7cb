import type { Projection, Stage, SupplyRecord, WorldTotal } from '../../src/domain/model-schema.ts';

/**
 * Reads the IEA Critical Minerals Data Explorer as converted to JSON:
 * `supply.<Mineral>.<mining|refining>.countries.<Country>.<year>` and `.total.<year>`, in kt.
 * The base year is observed; later years are base-case projections and go to projections[].
 */

export interface IeaSeries {
  ieaMineral: string;
  stage: Stage;
  /** Model minerals the series is filed under (the magnet rare-earth group stands in for Dy and Tb). */
  minerals: string[];
  proxyNote?: string;
}

export interface IeaRecords {
  supply: SupplyRecord[];
  worldTotals: WorldTotal[];
  projections: Projection[];
  unknownNames: string[];
}

interface IeaStage {
  countries: Record<string, Record<string, number | null>>;
  total: Record<string, number | null>;
}

const REST_OF_WORLD = 'Rest of world';
const UNIT = 'kt';

export function parseIeaSupply(
  explorer: unknown,
  series: readonly IeaSeries[],
  options: {
    baseYear: number;
    source: string;
    resolveCountry: (name: string) => string | undefined;
  },
): IeaRecords {
  const result: IeaRecords = { supply: [], worldTotals: [], projections: [], unknownNames: [] };
  const supply = (explorer as { supply?: Record<string, Record<string, IeaStage>> }).supply;
  for (const spec of series) {
    const stageData = supply?.[spec.ieaMineral]?.[spec.stage];
    if (!stageData) throw new Error(`IEA explorer has no supply.${spec.ieaMineral}.${spec.stage}`);
    const countries: { id: string; values: Record<string, number | null> }[] = [];
    for (const [name, values] of Object.entries(stageData.countries)) {
      // The converted sheet keeps its footnotes as rows with no figures.
      if (name === REST_OF_WORLD || Object.values(values).every((value) => value === null))
        continue;
      const id = options.resolveCountry(name);
      if (id) countries.push({ id, values });
      else result.unknownNames.push(name);
    }
    const years = Object.keys(stageData.total).map(Number);
    const status = spec.proxyNote ? 'proxy' : 'reported';
    const note = spec.proxyNote ? { en: spec.proxyNote } : undefined;
    for (const mineral of spec.minerals) {
      for (const year of years) {
        const world = stageData.total[String(year)];
        if (world === null || world === undefined) continue;
        if (year === options.baseYear) {
          result.worldTotals.push({
            mineral,
            stage: spec.stage,
            year,
            value: world,
            unit: UNIT,
            status,
            source: options.source,
            ...(note ? { note } : {}),
          });
          for (const country of countries) {
            const value = country.values[String(year)];
            if (value === null || value === undefined) continue;
            result.supply.push({
              mineral,
              stage: spec.stage,
              country: country.id,
              year,
              value,
              unit: UNIT,
              status,
              source: options.source,
              ...(note ? { note } : {}),
            });
          }
        } else if (year > options.baseYear) {
          result.projections.push({
            mineral,
            stage: spec.stage,
            year,
            scenario: 'IEA base case',
            kind: spec.proxyNote ? 'proxy-projection' : 'projection',
            unit: UNIT,
            world,
            countries: countries.flatMap((country) => {
              const value = country.values[String(year)];
              return value === null || value === undefined ? [] : [{ country: country.id, value }];
            }),
            source: options.source,
            ...(note ? { note } : {}),
          });
        }
      }
    }
  }
  return result;
}
