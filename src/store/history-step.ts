import type { LinkState } from './url-state';

/** Changes closer together than this make one history entry: five quick toggles, one Back. */
export const COALESCE_MS = 1000;

/** What a reader thinks of as "where I was": a change here is worth a Back. */
const NAVIGATION_KEYS = ['view', 'minerals', 'stage', 'year', 'countries', 'groups'] as const;

/**
 * Whether a change of the link state makes a new history entry or rewrites the current one. A
 * change of view, mineral, stage, year or country pushes, unless the last push was moments ago
 * (rapid toggles are coalesced); settings, language and scenarios rewrite the entry they belong to.
 */
export function historyStep(
  before: LinkState | null,
  after: LinkState,
  msSinceLastPush: number,
): 'push' | 'replace' {
  if (before === null || msSinceLastPush < COALESCE_MS) return 'replace';
  const moved = NAVIGATION_KEYS.some(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return moved ? 'push' : 'replace';
}
