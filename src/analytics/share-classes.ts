import { bisectRight } from 'd3';

/**
 * How a map sorts shares into classes: by order of magnitude when the shares span ten times or more
 * (a 0.6 % producer and a 70 % one both stay visible), else into classes holding about as many
 * countries each.
 */
export interface ShareClassing {
  method: 'logarithmic' | 'quantile';
  /** Lower bounds of every class but the first, ascending: class i holds thresholds[i-1] ≤ share < thresholds[i]. */
  thresholds: number[];
}

/** Class bounds at 1 and 3 of each decade, which read as round figures in a legend. */
const LOGARITHMIC_BOUNDS = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
/** Spanning this many times from the smallest share to the largest makes the classes logarithmic. */
const LOGARITHMIC_SPAN = 10;

/** Classes for the shares (fractions 0–1; unknown shares are left out by the caller), at most `classCount`. */
export function shareClasses(shares: readonly number[], classCount = 5): ShareClassing {
  const sorted = shares.filter((share) => share > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return { method: 'quantile', thresholds: [] };
  const smallest = sorted[0]!;
  const largest = sorted.at(-1)!;
  if (largest / smallest >= LOGARITHMIC_SPAN) {
    const inRange = LOGARITHMIC_BOUNDS.filter((bound) => bound > smallest && bound <= largest);
    return { method: 'logarithmic', thresholds: inRange.slice(-(classCount - 1)) };
  }
  // Each bound is a share some country has, so no class starts at a figure nobody published.
  const bounds = new Set<number>();
  for (let position = 1; position < classCount; position += 1) {
    const bound = sorted[Math.floor((position * sorted.length) / classCount)]!;
    if (bound > smallest) bounds.add(bound);
  }
  return { method: 'quantile', thresholds: [...bounds] };
}

/** Which class (0 for the first) a share falls in. */
export function shareClassOf(share: number, classing: ShareClassing): number {
  return bisectRight(classing.thresholds, share);
}
