import { describe, expect, it } from 'vitest';
import { groupMarkers } from '../marker-groups';

const at = (x: number) => x;
const layout = (xs: number[], minDistance: number) =>
  groupMarkers(xs, at, minDistance).map((group) => [group.x, group.members]);

describe('groupMarkers', () => {
  it('leaves markers that are far enough apart alone', () => {
    expect(layout([100, 0, 40], 20)).toEqual([
      [0, [0]],
      [40, [40]],
      [100, [100]],
    ]);
  });

  it('merges close neighbours and puts the group in the middle of their span', () => {
    // 0 and 5 are 5 apart (< 20): one group at (0 + 5) / 2 = 2.5; 30 − 2.5 = 27.5 ≥ 20 stays alone.
    expect(layout([0, 5, 30, 100], 20)).toEqual([
      [2.5, [0, 5]],
      [30, [30]],
      [100, [100]],
    ]);
  });

  it('merges the closest pair first', () => {
    // 15 and 28 are 13 apart, closer than 0 and 15 (15): they merge at 21.5, which is 21.5 from 0.
    expect(layout([0, 15, 28], 20)).toEqual([
      [0, [0]],
      [21.5, [15, 28]],
    ]);
  });

  it('merges again when a group lands too close to its neighbour', () => {
    // 10 and 12 merge at 11; 11 − 0 = 11 < 20, so all three merge at (0 + 12) / 2 = 6.
    expect(layout([0, 10, 12], 20)).toEqual([[6, [0, 10, 12]]]);
  });

  it('never leaves two markers closer than the distance, for a December crowded with events', () => {
    // Thirty dates packed into the last 40 px of a 960 px axis, and a few spread before them.
    const xs = [24, 300, 310, 600, ...Array.from({ length: 30 }, (_, day) => 896 + (day * 4) / 3)];
    const groups = groupMarkers(xs, at, 20);
    for (let position = 1; position < groups.length; position++)
      expect(groups[position]!.x - groups[position - 1]!.x).toBeGreaterThanOrEqual(20);
    expect(groups.flatMap((group) => group.members).sort((a, b) => a - b)).toEqual(
      [...xs].sort((a, b) => a - b),
    );
    // The thirty span 29 × 4 / 3 ≈ 38.7 px: room for two markers 20 apart, not more.
    expect(groups.filter((group) => group.x > 890)).toHaveLength(2);
  });
});
