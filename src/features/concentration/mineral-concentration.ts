import { concentration, type Concentration } from '../../analytics/concentration';
import { groupShare, type GroupShare } from '../../analytics/group-share';
import { countryShares, type ShareBreakdown } from '../../analytics/shares';
import type { ModelIndex } from '../../domain/model-index';
import type { Measure } from '../../domain/model-schema';

export interface StageConcentration {
  breakdown: ShareBreakdown;
  concentration: Concentration;
  groupShares: { group: string; share: GroupShare }[];
  viewAsShare: GroupShare;
  /** Whether the publisher lists the view-as country at all for this stage and year. */
  viewAsListed: boolean;
  partnersShare: GroupShare;
  /** Ids of every source behind the figures shown, world total first. */
  sourceIds: string[];
}

/** Everything one stage panel shows, computed from the model alone. */
export function stageConcentration(
  index: ModelIndex,
  query: {
    mineral: string;
    measure: Measure;
    year: number;
    groups: string[];
    viewAs: string;
    partners: string[];
  },
): StageConcentration {
  const { model } = index;
  const records = query.measure === 'reserves' ? model.reserves : model.supply;
  const breakdown = countryShares(records, model.worldTotals, {
    mineral: query.mineral,
    measure: query.measure,
    year: query.year,
  });
  const sourceIds = [
    ...(breakdown.worldTotal ? [breakdown.worldTotal.source] : []),
    ...breakdown.countries.map((row) => row.source),
  ];
  return {
    breakdown,
    concentration: concentration(breakdown),
    groupShares: query.groups.map((group) => ({
      group,
      share: groupShare(breakdown, index.group(group)?.members ?? []),
    })),
    viewAsShare: groupShare(breakdown, [query.viewAs]),
    viewAsListed: breakdown.countries.some((row) => row.country === query.viewAs),
    partnersShare: groupShare(breakdown, query.partners),
    sourceIds: [...new Set(sourceIds)],
  };
}
