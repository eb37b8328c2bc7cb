import type { LocalizedText, NetImportReliance, Stage } from '../../src/domain/model-schema.ts';
import type { LongRow } from './usgs-mcs-long.ts';

/** Which "Net import reliance" rows of an MCS chapter to carry, and what they measure. */
export interface NetImportRelianceSpec {
  chapter: string;
  /** USGS's wording of the statistic; another wording stops the build. */
  detail: string;
  mineral: string;
  stage: Stage;
  subject: LocalizedText;
  source: string;
}

/**
 * The United States' net import reliance as USGS publishes it in the "Salient Statistics" of the
 * long-format MCS release: "100" is 100 %, ">50" a lower bound of 50 %, and a row whose notes begin
 * "Estimated." is an estimate. "E" (net exporter) and withheld cells are no percentage and stop the
 * build for the rows the spec names, so a figure is never read into one.
 */
export function longNetImportReliance(
  rows: readonly LongRow[],
  specs: readonly NetImportRelianceSpec[],
): NetImportReliance[] {
  return specs.flatMap((spec) => {
    const chosen = rows.filter(
      (row) =>
        row.chapter === spec.chapter &&
        row.section === 'Salient Statistics—United States' &&
        row.statistics === 'Net import reliance',
    );
    const matching = chosen.filter((row) => row.detail === spec.detail);
    if (matching.length === 0) {
      const found = [...new Set(chosen.map((row) => `"${row.detail}"`))].join(', ') || 'none';
      throw new Error(`${spec.chapter}: no net import reliance "${spec.detail}" (found ${found})`);
    }
    return matching.map((row) => {
      if (row.unit !== 'percent')
        throw new Error(`${spec.chapter}: net import reliance in ${row.unit}`);
      const match = /^(>)?(\d+(?:\.\d+)?)$/.exec(row.value.trim());
      if (!match)
        throw new Error(`${spec.chapter} ${row.year}: unreadable reliance "${row.value}"`);
      return {
        country: 'USA',
        mineral: spec.mineral,
        stage: spec.stage,
        subject: spec.subject,
        year: Number(row.year),
        value: Number(match[2]),
        ...(match[1] ? { bound: 'lower' as const } : {}),
        status: /^Estimated\./.test(row.notes.trim()) ? 'estimated' : 'reported',
        source: spec.source,
      };
    });
  });
}
