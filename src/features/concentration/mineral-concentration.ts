import { concentration, type Concentration } from '../../analytics/concentration';
import { groupShare, type GroupShare } from '../../analytics/group-share';
import { countryShares, type ShareBreakdown } from '../../analytics/shares';
import type { ModelIndex } from '../../domain/model-index';
import type { Stage } from '../../domain/model-schema';

export interface MineralConcentration {
  breakdown: ShareBreakdown;
  concentration: Concentration;
  groupShares: { group: string; share: GroupShare }[];
  viewAsShare: GroupShare;
  /** Whether the publisher lists the view-as country at all for this stage and year. */
  viewAsListed: boolean;
  /** Ids of every source behind the figures shown, world total first. */
  sourceIds: string[];
}

/** Everything the concentration panel of one mineral shows, computed from the model alone. */
export function mineralConcentration(
  index: ModelIndex,
  query: { mineral: string; stage: Stage; year: number; groups: string[]; viewAs: string },
): MineralConcentration {
  const { model } = index;
  const breakdown = countryShares(model.supply, model.worldTotals, {
    mineral: query.mineral,
    measure: query.stage,
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
    sourceIds: [...new Set(sourceIds)],
  };
}
