import { sum } from 'd3';
import type { ShareBreakdown } from './shares';

export interface GroupShare {
  /** Sum of the members' known shares of the world total (0–1); null when no member share is known. */
  share: number | null;
  value: number;
  /** Members that are listed with a value and share. */
  contributors: string[];
  /** Members listed but with an unknown value: the group's share may be higher by their amount. */
  membersWithUnknownValue: string[];
}

/** The share of a stage held by a group of countries (for example a country's partners). */
export function groupShare(breakdown: ShareBreakdown, members: Iterable<string>): GroupShare {
  const memberSet = new Set(members);
  const rows = breakdown.countries.filter((row) => memberSet.has(row.country));
  const known = rows.filter((row) => row.value !== null && row.share !== null);
  return {
    share: known.length > 0 ? sum(known, (row) => row.share ?? 0) : null,
    value: sum(known, (row) => row.value ?? 0),
    contributors: known.map((row) => row.country),
    membersWithUnknownValue: rows.filter((row) => row.value === null).map((row) => row.country),
  };
}
