import { scaleBand, scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { barRows } from '../bar-rows';

describe('barRows', () => {
  it.each([1, 2, 5, 12])('places %i rows where d3 scaleBand().paddingInner(0.12) does', (count) => {
    const rows = barRows(count, [2, 2 + count * 24], [90, 260], 0.12);
    const band = scaleBand<number>()
      .domain([...Array(count).keys()])
      .range([2, 2 + count * 24])
      .paddingInner(0.12);
    expect(rows.bandHeight).toBeCloseTo(band.bandwidth(), 9);
    for (let index = 0; index < count; index++) {
      expect(rows.top(index)).toBeCloseTo(band(index)!, 9);
    }
  });

  it('maps shares 0–1 onto the bars’ span as d3 scaleLinear does', () => {
    const rows = barRows(3, [0, 72], [120, 400], 0.12);
    const linear = scaleLinear().domain([0, 1]).range([120, 400]);
    for (const share of [0, 0.001, 0.4, 0.98, 1]) {
      expect(rows.at(share)).toBeCloseTo(linear(share), 9);
    }
  });

  it('gives equal bands with the gap between them, filling the room', () => {
    const rows = barRows(4, [0, 100], [0, 1], 0.2);
    expect(rows.top(0)).toBe(0);
    expect(rows.top(3) + rows.bandHeight).toBeCloseTo(100, 9);
    expect(rows.top(1) - (rows.top(0) + rows.bandHeight)).toBeCloseTo(rows.bandHeight * 0.25, 9);
  });
});
