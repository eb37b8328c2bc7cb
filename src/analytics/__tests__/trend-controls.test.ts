import { describe, expect, it } from 'vitest';
import type { Model } from '../../domain/model-schema';
import { controlMarks, splitAtAxisEnd, yearFraction } from '../trend-controls';

type Event = Model['events'][number];
type Entry = Model['exportControls'][number];

const text = (en: string) => ({ en, ja: en });
const event = (id: string, date: string, overrides: Partial<Event> = {}): Event => ({
  id,
  date,
  countries: ['CHN'],
  minerals: ['rare-earths'],
  kind: 'export-control',
  title: text(id),
  source: 'src',
  ...overrides,
});
const entry = (id: string, dates: Partial<Pick<Entry, 'announced' | 'effective'>>): Entry => ({
  id,
  kind: 'control',
  country: 'CHN',
  issuer: text('MOFCOM'),
  document: text(id),
  titleAsPublished: id,
  title: text(id),
  minerals: ['rare-earths'],
  items: text('items'),
  tradeCodes: [],
  target: { scope: 'all-destinations', countries: [] },
  announced: { date: '2000-01-01', source: 'src' },
  suspends: [],
  ...dates,
});

describe('yearFraction', () => {
  it('places a date on an axis of years', () => {
    // 2025-10-09 is day 281 of 365 counted from 1 January (273 days to 1 October, + 8): 2025.77.
    expect(yearFraction('2025-10-09')).toBeCloseTo(2025 + 281 / 365, 12);
    expect(yearFraction('2024-01-01')).toBe(2024);
  });
});

describe('controlMarks', () => {
  it('marks the export-control events and the register measures no event reports, oldest first', () => {
    const marks = controlMarks(
      {
        events: [
          event('expansion', '2025-10-09', { controls: ['no-61'] }),
          event('suspended', '2025-11-07', { kind: 'export-control-suspension' }),
          event('graphite', '2023-12-01', { minerals: ['graphite'] }),
        ],
        exportControls: [
          entry('no-61', { announced: { date: '2025-10-09', source: 'src' } }),
          entry('no-1', {
            announced: { date: '2026-01-06', source: 'src' },
            effective: { date: '2026-01-07', source: 'src' },
          }),
          {
            ...entry('no-70', { announced: { date: '2025-11-07', source: 'src' } }),
            kind: 'suspension',
          },
        ],
      },
      'rare-earths',
    );
    // No. 61 is the expansion's own document; a suspension is no control; graphite is another mineral.
    expect(marks.map((mark) => [mark.id, mark.date])).toEqual([
      ['expansion', '2025-10-09'],
      ['no-1', '2026-01-07'],
    ]);
  });
});

describe('splitAtAxisEnd', () => {
  it('keeps what an axis ending in 2024 can draw and sets aside what falls after it', () => {
    const marks = [{ at: 2023.58 }, { at: 2024 }, { at: 2024.92 }, { at: 2025.77 }];
    // The axis ends at the 2024 point: 3 December 2024 (2024.92) already lies past it.
    expect(splitAtAxisEnd(marks, 2024)).toEqual({
      onAxis: [{ at: 2023.58 }, { at: 2024 }],
      afterEnd: [{ at: 2024.92 }, { at: 2025.77 }],
    });
  });
});
