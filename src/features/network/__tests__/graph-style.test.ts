import { describe, expect, it } from 'vitest';
import { graphPoint } from '../graph-style';

describe('graphPoint', () => {
  it('maps the centre of an unzoomed view to the origin', () => {
    // A 480 × 280 box shows the 960 × 560 drawing at half size: its centre is (240, 140) on screen.
    const box = { left: 0, top: 0, width: 480, height: 280 };
    expect(graphPoint({ clientX: 240, clientY: 140 }, box, { x: 0, y: 0, k: 1 })).toEqual([0, 0]);
  });

  it('undoes the zoom: translate first, then scale', () => {
    // Screen (100, 50) in a box at (20, 10), drawn at full size: drawing point (80, 40); with
    // x = 40, y = 20, k = 2 that is ((80 − 40) / 2, (40 − 20) / 2) = (20, 10), less the centre (480, 280).
    const box = { left: 20, top: 10, width: 960, height: 560 };
    expect(graphPoint({ clientX: 100, clientY: 50 }, box, { x: 40, y: 20, k: 2 })).toEqual([
      20 - 480,
      10 - 280,
    ]);
  });
});
