import { describe, expect, it } from 'vitest';
import { neighbourInDirection } from '../map-geometry';

describe('neighbourInDirection', () => {
  const points = new Map<string, [number, number]>([
    ['here', [100, 100]],
    ['east-near-but-north', [130, 60]],
    ['east-far-level', [170, 102]],
    ['west', [50, 100]],
    ['south', [100, 150]],
  ]);
  it('moves to the nearest point ahead, counting sideways distance double', () => {
    // Right: east-near-but-north scores 30 + 2 × 40 = 110; east-far-level 70 + 2 × 2 = 74.
    expect(neighbourInDirection([100, 100], points, 'right')).toBe('east-far-level');
    expect(neighbourInDirection([100, 100], points, 'left')).toBe('west');
    expect(neighbourInDirection([100, 100], points, 'down')).toBe('south');
    // Up: only east-near-but-north lies above (40 up, 30 aside: 40 + 60 = 100).
    expect(neighbourInDirection([100, 100], points, 'up')).toBe('east-near-but-north');
  });
  it('stays put at the edge', () => {
    expect(neighbourInDirection([170, 102], points, 'right')).toBeUndefined();
  });
});
