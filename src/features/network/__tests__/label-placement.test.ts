import { describe, expect, it } from 'vitest';
import {
  fitLabel,
  fitLabelOrShort,
  labelWidth,
  placeLabels,
  wrapBalanced,
  wrapLabel,
  type LabelCandidate,
} from '../label-placement';

const label = (id: string, x: number, y: number, priority: number): LabelCandidate => ({
  id,
  x,
  y,
  radius: 10,
  width: 80,
  height: 15,
  priority,
});

describe('placeLabels', () => {
  it('puts a label right of its node, left when the right is taken, and leaves it out when both are', () => {
    const placed = placeLabels([
      label('small', 0, 0, 0.1),
      label('big', 0, 5, 0.9),
      label('middle', 200, 0, 0.5),
    ]);
    // big goes first: right of its node, x = 0 + 10 + 4 = 14, y = 5 − 15 / 2 = −2.5.
    expect(placed.get('big')).toEqual({ x: 14, y: -2.5, width: 80, height: 15, side: 'right' });
    // middle, right: 200 + 14 = 214, clear of big (14–94).
    expect(placed.get('middle')?.side).toBe('right');
    // small's right box (14–94, −7.5–7.5) meets big's; its left box (−94 to −14) is free.
    expect(placed.get('small')).toEqual({ x: -94, y: -7.5, width: 80, height: 15, side: 'left' });
    const blocked = placeLabels([label('a', 0, 0, 3), label('b', -170, 0, 2), label('c', 0, 4, 1)]);
    // a takes 14 to 94; b takes its right, −156 to −76; c's right meets a, its left (−94 to −14) meets b.
    expect([...blocked.keys()].sort()).toEqual(['a', 'b']);
  });

  it('never covers another node with a label', () => {
    // a's right box (14–94) would cover b's circle (50 ± 10); its left box (−94 to −14) is clear.
    const placed = placeLabels([label('a', 0, 0, 2), label('b', 50, 0, 1)]);
    expect(placed.get('a')?.side).toBe('left');
  });

  it('keeps labels inside the drawing: one at the right edge goes left', () => {
    // Right of a node at x = 150 the box would end at 150 + 14 + 80 = 244 > 200; left it spans 56–136.
    const placed = placeLabels([label('edge', 150, 50, 1)], { width: 200, height: 100 });
    expect(placed.get('edge')).toMatchObject({ x: 56, side: 'left' });
    expect(placeLabels([label('top', 50, 2, 1)], { width: 200, height: 100 }).size).toBe(0);
  });

  it('places no two boxes that overlap, however crowded', () => {
    const crowd = Array.from({ length: 60 }, (_, i) =>
      label(`n${i}`, (i * 37) % 200, (i * 53) % 120, i % 7),
    );
    const boxes = [...placeLabels(crowd).values()];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.x < b.x + b.width &&
            b.x < a.x + a.width &&
            a.y < b.y + b.height &&
            b.y < a.y + a.height,
        ).toBe(false);
    // Sixty nodes in 200 × 120 px leave room for few labels, but the first always has its place.
    expect(boxes.length).toBeGreaterThan(0);
  });
});

describe('labelWidth', () => {
  it('gives a full em to each Japanese character and less to Latin letters', () => {
    // 中国: 2 × 1.05 em × 12 px = 25.2 → 26.
    expect(labelWidth('中国', 12)).toBe(26);
    // "China": C 0.75 + h i n a 4 × 0.6 = 3.15 em × 12 = 37.8 → 38.
    expect(labelWidth('China', 12)).toBe(38);
  });
});

describe('fitLabel', () => {
  it('keeps a label that fits and cuts one that does not with an ellipsis', () => {
    expect(fitLabel('China', 38, 12)).toBe('China');
    // "Taiw…": T 0.75 + a i 1.2 + w 0.75 + … 0.6 = 3.3 em × 12 = 39.6 → 40 px ≤ 40;
    // "Taiwa…" is 3.9 em → 47 px.
    expect(fitLabel('Taiwan (reported)', 40, 12)).toBe('Taiw…');
  });
});

describe('fitLabelOrShort', () => {
  const full = '中華人民共和国香港特別行政区';
  it('keeps the full name where it fits', () => {
    expect(fitLabelOrShort(full, '香港', labelWidth(full, 12), 12)).toBe(full);
  });

  it('gives the short name where the full one would be cut, never the full one cut', () => {
    expect(fitLabelOrShort(full, '香港', 100, 12)).toBe('香港');
    expect(fitLabelOrShort('Hong Kong SAR China', 'Hong Kong', 80, 12)).toBe('Hong Kong');
  });

  it('cuts the full name where there is no short one, and the short one where even it is too long', () => {
    expect(fitLabelOrShort(full, null, 100, 12)).toBe(fitLabel(full, 100, 12));
    expect(fitLabelOrShort(full, '香港', 20, 12)).toBe(fitLabel('香港', 20, 12));
  });
});

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Mining', 200, 20)).toEqual(['Mining']);
  });

  it('breaks at spaces, each line within the room', () => {
    const lines = wrapLabel('Imports from these refiners', 200, 20);
    expect(lines).toEqual(['Imports from', 'these refiners']);
    for (const line of lines) expect(labelWidth(line, 20)).toBeLessThanOrEqual(200);
  });

  it('breaks Japanese between characters, losing none', () => {
    const lines = wrapLabel('これらの精製国からの輸入国', 150, 20);
    expect(lines.join('')).toBe('これらの精製国からの輸入国');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(labelWidth(line, 20)).toBeLessThanOrEqual(150);
  });
});

describe('wrapBalanced', () => {
  it('leaves no lone last character under a full line', () => {
    const text = 'これらの精製国からの輸入国';
    const width = labelWidth(text, 20) - 10;
    expect(wrapLabel(text, width, 20).at(-1)).toBe('国');
    const lines = wrapBalanced(text, width, 20);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe(text);
    expect([...lines[1]!].length).toBeGreaterThan(4);
  });
});
