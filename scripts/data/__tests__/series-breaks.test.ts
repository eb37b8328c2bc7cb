import { describe, expect, it } from 'vitest';
import { smallModel, smallModelWithSourceChange } from '../../../tests/fixtures/small-model.ts';
import { seriesBreaks, seriesBreakTable } from '../series-breaks.ts';

describe('seriesBreaks', () => {
  it('lists where a trend changes publication or unit', () => {
    expect(seriesBreaks(smallModelWithSourceChange())).toEqual([
      {
        mineral: 'gallium',
        measure: 'refining',
        before: {
          year: 2023,
          series: 'U.S. Geological Survey, Mineral Commodity Summaries (kg)',
        },
        after: {
          year: 2024,
          series: 'U.S. Geological Survey, World Minerals Outlook to 2029 (% of world)',
        },
      },
    ]);
  });

  it('says so when no series breaks', () => {
    expect(seriesBreakTable(smallModel())).toBe('Series breaks: none');
  });
});
