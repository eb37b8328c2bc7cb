import { rollups } from 'd3';
import type { Model } from '../../src/domain/model-schema.ts';

const STATUSES = ['reported', 'estimated', 'withheld', 'not-available', 'proxy'] as const;

/** Mineral × measure: the years covered and how many values have each status. */
export function coverageTable(model: Model): string {
  const records = [
    ...model.supply.map((r) => ({ ...r, measure: r.stage })),
    ...model.reserves.map((r) => ({ ...r, measure: 'reserves' })),
  ];
  const rows = rollups(
    records,
    (group) => {
      const years = [...new Set(group.map((r) => r.year))].sort();
      const counts = STATUSES.map((status) => group.filter((r) => r.status === status).length);
      return { years: `${years[0]}–${years.at(-1)}`, counts };
    },
    (r) => r.mineral,
    (r) => r.measure,
  ).flatMap(([mineral, measures]) =>
    measures.map(([measure, { years, counts }]) => [
      mineral,
      measure,
      years,
      ...counts.map(String),
    ]),
  );
  const header = ['mineral', 'measure', 'years', ...STATUSES];
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return table.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n');
}
