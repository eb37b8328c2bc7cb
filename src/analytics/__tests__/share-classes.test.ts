import { describe, expect, it } from 'vitest';
import { shareClasses, shareClassOf } from '../share-classes';

describe('shareClasses', () => {
  it('classes shares spanning orders of magnitude logarithmically, keeping the top bounds', () => {
    // 0.006 … 0.69: 0.69 / 0.006 = 115 ≥ 10. Bounds above 0.006 and at most 0.69: 0.01, 0.03, 0.1,
    // 0.3 — four bounds, five classes.
    const classing = shareClasses([0.69, 0.12, 0.04, 0.009, 0.006]);
    expect(classing).toEqual({ method: 'logarithmic', thresholds: [0.01, 0.03, 0.1, 0.3] });
    // 0.006 and 0.009 < 0.01: class 0; 0.04 in [0.03, 0.1): class 2; 0.69 ≥ 0.3: class 4.
    expect([0.006, 0.009, 0.04, 0.12, 0.69].map((s) => shareClassOf(s, classing))).toEqual([
      0, 0, 2, 3, 4,
    ]);
  });

  it('keeps only the largest bounds when more fit than classes', () => {
    // 0.002 … 0.5: bounds 0.003, 0.01, 0.03, 0.1, 0.3 fit; with 5 classes the lowest is dropped.
    expect(shareClasses([0.002, 0.5]).thresholds).toEqual([0.01, 0.03, 0.1, 0.3]);
    // With 3 classes only the two largest: 0.1 and 0.3.
    expect(shareClasses([0.002, 0.5], 3).thresholds).toEqual([0.1, 0.3]);
  });

  it('classes shares within one order of magnitude into quantiles at published shares', () => {
    // Sorted 0.1, 0.15, 0.2, 0.25, 0.3 (0.3 / 0.1 = 3 < 10); bound i is sorted[floor(i × 5 / 5)]:
    // 0.15, 0.2, 0.25, 0.3.
    const classing = shareClasses([0.3, 0.1, 0.2, 0.25, 0.15]);
    expect(classing).toEqual({ method: 'quantile', thresholds: [0.15, 0.2, 0.25, 0.3] });
    expect(shareClassOf(0.1, classing)).toBe(0);
    expect(shareClassOf(0.3, classing)).toBe(4);
  });

  it('merges equal quantile bounds and leaves out zero and no shares', () => {
    // Positive shares 0.2, 0.2, 0.4: bounds sorted[0] (= smallest, dropped), sorted[1] = 0.2 (also the
    // smallest, dropped), sorted[1] again, sorted[2] = 0.4: one bound, two classes.
    expect(shareClasses([0, 0.2, 0.2, 0.4])).toEqual({ method: 'quantile', thresholds: [0.4] });
    expect(shareClasses([])).toEqual({ method: 'quantile', thresholds: [] });
  });
});
