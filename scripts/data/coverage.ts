import { rollups } from 'd3';
import type { Model, TradeFlow } from '../../src/domain/model-schema.ts';

const STATUSES = ['reported', 'estimated', 'withheld', 'not-available', 'proxy'] as const;

/** Mineral × measure: the years covered and how many values have each status. */
export function coverageTable(model: Model): string {
  const records = [
    ...model.supply.map((r) => ({ ...r, measure: r.stage })),
    ...model.reserves.map((r) => ({ ...r, measure: 'reserves' })),
    ...model.prices.map((r) => ({ ...r, measure: `price: ${r.product}` })),
  ];
  const rows = rollups(
    records,
    (group) => {
      const counts = STATUSES.map((status) => group.filter((r) => r.status === status).length);
      return [yearSpan(group.map((r) => r.year)), ...counts.map(String)];
    },
    (r) => r.mineral,
    (r) => r.measure,
  ).flatMap(([mineral, measures]) =>
    measures.map(([measure, cells]) => [mineral, measure, ...cells]),
  );
  const projections = rollups(
    model.projections,
    (group) => [yearSpan(group.map((p) => p.year)), `${group.length} ${group[0]!.kind}`],
    (p) => p.mineral,
    (p) => `projection: ${p.stage}`,
  ).flatMap(([mineral, stages]) => stages.map(([stage, cells]) => [mineral, stage, ...cells]));
  return formatTable(
    ['mineral', 'measure', 'years', ...STATUSES],
    [...rows, ...projections].sort((a, b) => a[0]!.localeCompare(b[0]!)),
  );
}

/** HS code × mineral: the years and the number of flows in USD and in tonnes. */
export function tradeCoverageTable(trade: readonly TradeFlow[]): string {
  const rows = rollups(
    trade,
    (group) => [
      yearSpan(group.map((flow) => flow.year)),
      String(group.filter((flow) => flow.unit === 'USD').length),
      String(group.filter((flow) => flow.unit === 't').length),
    ],
    (flow) => flow.code ?? '',
    (flow) => flow.mineral,
  ).flatMap(([code, minerals]) => minerals.map(([mineral, cells]) => [code, mineral, ...cells]));
  return formatTable(['code', 'mineral', 'years', 'USD flows', 't flows'], rows);
}

/** The tables kept in `alternatives`: mineral × measure × source, with the years each covers. */
export function alternativesTable(model: Model): string {
  const alternatives = model.alternatives;
  const records = alternatives
    ? [
        ...alternatives.worldTotals.map((r) => ({ ...r, measure: r.stage as string })),
        ...alternatives.supply.map((r) => ({ ...r, measure: r.stage as string })),
        ...alternatives.reserves.map((r) => ({ ...r, measure: 'reserves' })),
      ]
    : [];
  if (records.length === 0) return 'Second readings (alternatives): none';
  const rows = rollups(
    records,
    (group) => [yearSpan(group.map((r) => r.year)), group[0]!.unit],
    (r) => r.mineral,
    (r) => r.measure,
    (r) => r.source,
  ).flatMap(([mineral, measures]) =>
    measures.flatMap(([measure, sources]) =>
      sources.map(([source, cells]) => [mineral, measure, ...cells, source]),
    ),
  );
  return `Second readings (alternatives), beside the main figures of the same years:\n${formatTable(
    ['mineral', 'measure', 'years', 'unit', 'source'],
    rows,
  )}`;
}

function yearSpan(years: number[]): string {
  const distinct = [...new Set(years)].sort();
  return distinct.length > 0 ? distinct.join(', ') : '';
}

function formatTable(header: string[], rows: string[][]): string {
  const table = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...table.map((row) => (row[column] ?? '').length)),
  );
  return table
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
