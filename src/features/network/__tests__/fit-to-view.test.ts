import { describe, expect, it } from 'vitest';
import { fitToView } from '../fit-to-view';

const view = { width: 960, height: 560, margin: 20 };

describe('fitToView', () => {
  it('leaves a layout that fits the view as it is', () => {
    expect(fitToView({ a: [-100, -50], b: [200, 100] }, view)).toBeNull();
    expect(fitToView({}, view)).toBeNull();
  });

  it('scales a wide layout down to the view and centres it', () => {
    // 1,840 wide and 260 high: the width decides, (960 − 40) / 1,840 = 0.5.
    const fit = fitToView({ a: [-920, -130], b: [920, 130] }, view)!;
    expect(fit.k).toBeCloseTo(0.5);
    // The layout's centre (0, 0) is drawn at the view's middle (480, 280): 480 − 0.5 × 480.
    expect(fit.x).toBeCloseTo(240);
    expect(fit.y).toBeCloseTo(140);
    // Its corners land inside the margin: screen = (position + size / 2) × k + translation.
    expect((-920 + 480) * fit.k + fit.x).toBeCloseTo(20);
    expect((920 + 480) * fit.k + fit.x).toBeCloseTo(940);
  });

  it('lets the taller side decide for a tall layout, off centre', () => {
    const fit = fitToView({ a: [100, 0], b: [300, 1040] }, view)!;
    expect(fit.k).toBeCloseTo(0.5);
    expect((0 + 280) * fit.k + fit.y).toBeCloseTo(20);
    expect((1040 + 280) * fit.k + fit.y).toBeCloseTo(540);
    expect(((100 + 300) / 2 + 480) * fit.k + fit.x).toBeCloseTo(480);
  });

  it('grows a small layout to fill the view when asked to', () => {
    // 300 wide and 150 high in a 1,000 × 600 view with 50 margins: min(900 / 300, 500 / 150) = 3.
    const fit = fitToView(
      { a: [-150, -75], b: [150, 75] },
      { width: 1000, height: 600, margin: 50, grow: true },
    )!;
    expect(fit.k).toBeCloseTo(3);
    // Left edge: (−150 + 500) × 3 + x = 50, so x = −1,000; centred: (0 + 500) × 3 + x = 500.
    expect(fit.x).toBeCloseTo(-1000);
    expect((-150 + 500) * fit.k + fit.x).toBeCloseTo(50);
  });
});
