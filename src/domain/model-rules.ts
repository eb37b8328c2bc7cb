import { BoundedList } from './bounded-list';
import { checkExportControls } from './control-rules';
import type { Model, ReserveRecord, SupplyRecord, TradeFlow, WorldTotal } from './model-schema';

/**
 * Rules that span records and that a schema of shapes cannot say: every reference resolves, ids are
 * unique, a value's status agrees with whether it is known, and no country exceeds its world total.
 */

export type RuleId =
  | 'duplicateId'
  | 'duplicateRecord'
  | 'unknownSource'
  | 'unknownCountry'
  | 'unknownMineral'
  | 'unknownGroup'
  | 'groupMembershipMismatch'
  | 'valueMissingForStatus'
  | 'valueGivenForStatus'
  | 'unitDiffersFromWorldTotal'
  | 'exceedsWorldTotal'
  | 'sameExporterAndImporter'
  | 'unknownTradeCode'
  | 'notACalendarDate'
  | 'unknownControl'
  | 'dateBeforeAnnouncement'
  | 'endsBeforeStart'
  | 'suspensionIncomplete'
  | 'suspensionOutsideLife'
  | 'onlyForSuspensions'
  | 'targetCountriesMismatch';

export type JsonPath = readonly (string | number)[];

export interface RuleViolation {
  path: JsonPath;
  rule: RuleId;
  /** The offending value as written in the file. */
  value: string;
  /** What it was compared with, where the rule compares (a total, a unit, a status). */
  expected?: string;
}

/**
 * World totals are published rounded (USGS rounds to two or three significant figures), so a single
 * country may sit slightly above a rounded total without being an error.
 */
export const WORLD_TOTAL_ROUNDING_TOLERANCE = 0.05;

const UNKNOWN_VALUE_STATUSES = new Set(['withheld', 'not-available']);

/** The violations of a model, the first MAX_LISTED_PROBLEMS listed and the rest counted. */
export function checkModelRules(model: Model): BoundedList<RuleViolation> {
  const violations = new BoundedList<RuleViolation>();
  const report = (path: JsonPath, rule: RuleId, value: string, expected?: string) =>
    violations.add(
      expected === undefined ? { path, rule, value } : { path, rule, value, expected },
    );

  const sourceIds = collectUniqueIds(model.sources, 'sources', report);
  const countryIds = collectUniqueIds(model.countries, 'countries', report);
  collectUniqueIds(model.groups, 'groups', report);
  const mineralIds = collectUniqueIds(model.minerals, 'minerals', report);
  collectUniqueIds(model.partnerships, 'partnerships', report);
  collectUniqueIds(model.events, 'events', report);

  // The path is given as a function, so that it is built only for a record that breaks the rule.
  const requireIn = (known: Set<string>, rule: RuleId) => (path: () => JsonPath, value: string) => {
    if (!known.has(value)) report(path(), rule, value);
  };
  const requireSource = requireIn(sourceIds, 'unknownSource');
  const requireCountry = requireIn(countryIds, 'unknownCountry');
  const requireMineral = requireIn(mineralIds, 'unknownMineral');

  checkGroupMembership(model, report);

  const checkMeasured = (
    at: JsonPath,
    record: { mineral: string; value: number | null; status: string; source: string },
  ) => {
    requireMineral(() => [...at, 'mineral'], record.mineral);
    requireSource(() => [...at, 'source'], record.source);
    const unknown = UNKNOWN_VALUE_STATUSES.has(record.status);
    if (record.value === null && !unknown) {
      report([...at, 'value'], 'valueMissingForStatus', 'null', record.status);
    }
    if (record.value !== null && unknown) {
      report([...at, 'value'], 'valueGivenForStatus', String(record.value), record.status);
    }
  };

  const worldTotals = new Map<string, { value: number | null; unit: string }>();
  model.worldTotals.forEach((total, index) => {
    checkMeasured(['worldTotals', index], total);
    const key = recordKey(total.mineral, total.stage, total.year);
    if (worldTotals.has(key)) report(['worldTotals', index], 'duplicateRecord', key);
    worldTotals.set(key, total);
  });

  const checkAgainstTotal = (
    section: 'supply' | 'reserves',
    index: number,
    key: string,
    record: { value: number | null; unit: string },
  ) => {
    const total = worldTotals.get(key);
    if (!total) return;
    if (total.unit !== record.unit) {
      report([section, index, 'unit'], 'unitDiffersFromWorldTotal', record.unit, total.unit);
      return;
    }
    if (
      record.value !== null &&
      total.value !== null &&
      record.value > total.value * (1 + WORLD_TOTAL_ROUNDING_TOLERANCE)
    ) {
      report(
        [section, index, 'value'],
        'exceedsWorldTotal',
        String(record.value),
        String(total.value),
      );
    }
  };

  for (const section of ['supply', 'reserves'] as const) {
    const tables = tableIndex();
    const records: readonly (SupplyRecord | ReserveRecord)[] = model[section];
    records.forEach((record, index) => {
      checkMeasured([section, index], record);
      requireCountry(() => [section, index, 'country'], record.country);
      const measure = 'stage' in record ? record.stage : 'reserves';
      const table = tables(record.mineral, measure, record.year);
      if (table.countries.has(record.country)) {
        report([section, index], 'duplicateRecord', `${table.key}/${record.country}`);
      }
      table.countries.add(record.country);
      checkAgainstTotal(section, index, table.key, record);
    });
  }

  checkTradeFlows(model.trade, model, 'trade', violations);

  model.capacities.forEach((capacity, index) => {
    capacity.minerals.forEach((mineral, i) =>
      requireMineral(() => ['capacities', index, 'minerals', i], mineral),
    );
    requireCountry(() => ['capacities', index, 'country'], capacity.country);
    requireSource(() => ['capacities', index, 'source'], capacity.source);
  });
  model.prices.forEach((price, index) => checkMeasured(['prices', index], price));
  model.mineralFacts?.forEach((fact, index) => {
    checkMeasured(['mineralFacts', index], fact);
    if (fact.country !== undefined)
      requireCountry(() => ['mineralFacts', index, 'country'], fact.country);
  });
  model.netImportReliance?.forEach((record, index) => {
    checkMeasured(['netImportReliance', index], record);
    requireCountry(() => ['netImportReliance', index, 'country'], record.country);
  });
  checkAlternatives(model.alternatives, checkMeasured, requireCountry, report);
  model.projections.forEach((projection, index) => {
    requireMineral(() => ['projections', index, 'mineral'], projection.mineral);
    requireSource(() => ['projections', index, 'source'], projection.source);
    projection.countries.forEach((row, i) =>
      requireCountry(() => ['projections', index, 'countries', i, 'country'], row.country),
    );
  });
  const tradeCodes = new Set<string>();
  model.tradeCodes.forEach((tradeCode, index) => {
    if (tradeCodes.has(tradeCode.code))
      report(['tradeCodes', index, 'code'], 'duplicateId', tradeCode.code);
    tradeCodes.add(tradeCode.code);
    tradeCode.minerals.forEach((mineral, i) =>
      requireMineral(() => ['tradeCodes', index, 'minerals', i], mineral),
    );
  });

  const requireCalendarDate = (path: JsonPath, date: string) => {
    if (!isCalendarDate(date)) report(path, 'notACalendarDate', date);
  };
  requireCalendarDate(['edition', 'date'], model.edition.date);
  for (const section of ['partnerships', 'events'] as const) {
    model[section].forEach((item, index) => {
      requireCalendarDate([section, index, 'date'], item.date);
      item.countries.forEach((country, i) =>
        requireCountry(() => [section, index, 'countries', i], country),
      );
      item.minerals.forEach((mineral, i) =>
        requireMineral(() => [section, index, 'minerals', i], mineral),
      );
      requireSource(() => [section, index, 'source'], item.source);
    });
  }
  model.governance.forEach((record, index) => {
    requireCountry(() => ['governance', index, 'country'], record.country);
    requireSource(() => ['governance', index, 'source'], record.source);
  });
  checkExportControls(model, {
    report,
    requireSource,
    requireCountry,
    requireMineral,
    requireCalendarDate,
  });

  return violations;
}

/**
 * Trade flows are checked against a model's countries, minerals, sources and trade codes, whether
 * they sit in the model or in a trade file of their own (`section` names where, for the paths).
 */
export function checkTradeFlows(
  trade: readonly TradeFlow[],
  model: Pick<Model, 'countries' | 'minerals' | 'sources' | 'tradeCodes'>,
  section: string,
  violations = new BoundedList<RuleViolation>(),
): BoundedList<RuleViolation> {
  const countries = new Set(model.countries.map((country) => country.id));
  const minerals = new Set(model.minerals.map((mineral) => mineral.id));
  const sources = new Set(model.sources.map((source) => source.id));
  const codes = new Set(model.tradeCodes.map((tradeCode) => tradeCode.code));
  // 100,000 rows pass through here: a path is built only for a row that breaks a rule.
  const fail = (index: number, field: string, rule: RuleId, value: string) =>
    violations.add({ path: [section, index, field], rule, value });
  for (let index = 0; index < trade.length; index += 1) {
    const { mineral, exporter, importer, source, code } = trade[index]!;
    if (!minerals.has(mineral)) fail(index, 'mineral', 'unknownMineral', mineral);
    if (!countries.has(exporter)) fail(index, 'exporter', 'unknownCountry', exporter);
    if (!countries.has(importer)) fail(index, 'importer', 'unknownCountry', importer);
    if (!sources.has(source)) fail(index, 'source', 'unknownSource', source);
    if (code !== undefined && !codes.has(code)) fail(index, 'code', 'unknownTradeCode', code);
    if (exporter === importer) fail(index, 'importer', 'sameExporterAndImporter', importer);
  }
  return violations;
}

/**
 * A second publisher's tables for years the main lists already cover: references and statuses as
 * in the main lists, and one figure per country, table and source.
 */
function checkAlternatives(
  alternatives: Model['alternatives'],
  checkMeasured: (at: JsonPath, record: SupplyRecord | ReserveRecord | WorldTotal) => void,
  requireCountry: (path: () => JsonPath, value: string) => void,
  report: (path: JsonPath, rule: RuleId, value: string) => void,
) {
  if (!alternatives) return;
  const seen = new Set<string>();
  const once = (at: JsonPath, key: string) => {
    if (seen.has(key)) report(at, 'duplicateRecord', key);
    seen.add(key);
  };
  alternatives.worldTotals.forEach((total, index) => {
    const at = ['alternatives', 'worldTotals', index];
    checkMeasured(at, total);
    once(at, `${recordKey(total.mineral, total.stage, total.year)}/${total.source}`);
  });
  for (const section of ['supply', 'reserves'] as const) {
    const records: readonly (SupplyRecord | ReserveRecord)[] = alternatives[section];
    records.forEach((record, index) => {
      const at = ['alternatives', section, index];
      checkMeasured(at, record);
      requireCountry(() => [...at, 'country'], record.country);
      const measure = 'stage' in record ? record.stage : 'reserves';
      once(
        at,
        `${recordKey(record.mineral, measure, record.year)}/${record.country}/${record.source}`,
      );
    });
  }
}

/** YYYY-MM-DD that names a day that exists: no 30 February, no 29 February outside leap years. */
export function isCalendarDate(isoDate: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Built in a leap year and moved to the real one, so that years 0–99 are not read as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function recordKey(mineral: string, measure: string, year: number): string {
  return `${mineral}/${measure}/${year}`;
}

/**
 * The table (mineral, measure, year) a record belongs to, with the countries seen in it so far:
 * found through nested maps, so that 100,000 records do not each build a string key.
 */
function tableIndex() {
  type Table = { key: string; countries: Set<string> };
  const tables = new Map<string, Map<string, Map<number, Table>>>();
  return (mineral: string, measure: string, year: number): Table => {
    let byMeasure = tables.get(mineral);
    if (!byMeasure) tables.set(mineral, (byMeasure = new Map()));
    let byYear = byMeasure.get(measure);
    if (!byYear) byMeasure.set(measure, (byYear = new Map()));
    let table = byYear.get(year);
    if (!table) {
      table = { key: recordKey(mineral, measure, year), countries: new Set() };
      byYear.set(year, table);
    }
    return table;
  };
}

/**
 * Membership is listed on both sides and may run to millions of pairs (1,800 countries in each of
 * 1,800 groups): every listed pair is held as numbers in typed arrays (no set of strings per
 * country or group), each group's two lists are compared by marking its members in an array of
 * countries, and a path is built only for a failure. Problems are reported in file order, the
 * countries' lists first.
 */
function checkGroupMembership(
  model: Model,
  report: (path: JsonPath, rule: RuleId, value: string, expected?: string) => void,
) {
  const countryIndex = firstIndexById(model.countries);
  const groupIndex = firstIndexById(model.groups);
  const countrySide = listedPairs(model.countries, (country) => country.groups, groupIndex);
  const groupSide = listedPairs(model.groups, (group) => group.members, countryIndex);
  const listingsOfGroup = pairsByTarget(countrySide.target, model.groups.length);
  const countryAt = model.countries.map((country) => countryIndex.get(country.id)!);
  // Which group row last marked a country as its member, and as listing it.
  const memberOf = new Int32Array(model.countries.length).fill(-1);
  const listing = new Int32Array(model.countries.length).fill(-1);
  model.groups.forEach((group, row) => {
    const [from, to] = [groupSide.start[row]!, groupSide.start[row + 1]!];
    for (let pair = from; pair < to; pair += 1) {
      const country = groupSide.target[pair]!;
      if (country >= 0) memberOf[country] = row;
    }
    const { start, pairs } = listingsOfGroup;
    const own = groupIndex.get(group.id)!;
    for (let at = start[own]!; at < start[own + 1]!; at += 1) {
      const pair = pairs[at]!;
      const country = countryAt[countrySide.row[pair]!]!;
      listing[country] = row;
      if (memberOf[country] === row) countrySide.onBothSides[pair] = 1;
    }
    for (let pair = from; pair < to; pair += 1) {
      const country = groupSide.target[pair]!;
      if (country >= 0 && listing[country] === row) groupSide.onBothSides[pair] = 1;
    }
  });
  const failures = function* (side: ListedPairs) {
    for (let pair = 0; pair < side.target.length; pair += 1) {
      if (side.onBothSides[pair]) continue;
      const row = side.row[pair]!;
      yield { row, at: pair - side.start[row]!, known: side.target[pair]! >= 0 };
    }
  };
  for (const { row, at, known } of failures(countrySide)) {
    const country = model.countries[row]!;
    const [path, groupId] = [['countries', row, 'groups', at], country.groups[at]!];
    if (known) report(path, 'groupMembershipMismatch', groupId, country.id);
    else report(path, 'unknownGroup', groupId);
  }
  for (const { row, at, known } of failures(groupSide)) {
    const group = model.groups[row]!;
    const [path, member] = [['groups', row, 'members', at], group.members[at]!];
    if (known) report(path, 'groupMembershipMismatch', group.id, member);
    else report(path, 'unknownCountry', member);
  }
}

interface ListedPairs {
  /** Where each row's list begins among the pairs (one more entry than rows, for the end). */
  start: Int32Array;
  /** Each pair's row. */
  row: Int32Array;
  /** Each pair's listed id as an index in the other list (-1: no such id). */
  target: Int32Array;
  /** 1 once the other side lists the pair too. */
  onBothSides: Uint8Array;
}

function listedPairs<Row>(
  rows: readonly Row[],
  listOf: (row: Row) => readonly string[],
  indexOf: Map<string, number>,
): ListedPairs {
  const start = new Int32Array(rows.length + 1);
  rows.forEach((row, index) => (start[index + 1] = start[index]! + listOf(row).length));
  const pairCount = start[rows.length]!;
  const [row, target] = [new Int32Array(pairCount), new Int32Array(pairCount)];
  rows.forEach((item, index) => {
    const list = listOf(item);
    for (let at = 0; at < list.length; at += 1) {
      row[start[index]! + at] = index;
      target[start[index]! + at] = indexOf.get(list[at]!) ?? -1;
    }
  });
  return { start, row, target, onBothSides: new Uint8Array(pairCount) };
}

/** The pairs grouped by their target (a counting sort): `pairs[start[t]]…pairs[start[t + 1] - 1]`. */
function pairsByTarget(target: Int32Array, targetCount: number) {
  const start = new Int32Array(targetCount + 1);
  for (const each of target) if (each >= 0) start[each + 1] = start[each + 1]! + 1;
  for (let each = 0; each < targetCount; each += 1)
    start[each + 1] = start[each + 1]! + start[each]!;
  const next = start.slice(0, targetCount);
  const pairs = new Int32Array(start[targetCount]!);
  target.forEach((each, pair) => {
    if (each < 0) return;
    pairs[next[each]!] = pair;
    next[each] = next[each]! + 1;
  });
  return { start, pairs };
}

/** Each id's first place in its list (a repeated id is reported by `collectUniqueIds`). */
function firstIndexById(items: readonly { id: string }[]): Map<string, number> {
  const indexById = new Map<string, number>();
  items.forEach((item, index) => {
    if (!indexById.has(item.id)) indexById.set(item.id, index);
  });
  return indexById;
}

function collectUniqueIds(
  items: readonly { id: string }[],
  section: string,
  report: (path: JsonPath, rule: RuleId, value: string) => void,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) report([section, index, 'id'], 'duplicateId', item.id);
    ids.add(item.id);
  });
  return ids;
}
