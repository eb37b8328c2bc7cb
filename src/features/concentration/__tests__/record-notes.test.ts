import { describe, expect, it } from 'vitest';
import { groupNotes } from '../record-notes';

describe('groupNotes', () => {
  it('shows each repeated sentence once with the countries it is written on', () => {
    const grouped = groupNotes(
      { note: 'World total as published (rounded).', status: 'reported' },
      [
        {
          country: 'MMR',
          note: 'Footnote 12: estimated from imports. Footnote 13: reserves were 3.3 million tons.',
          status: 'estimated',
        },
        { country: 'NGA', note: 'Footnote 12: estimated from imports.', status: 'estimated' },
        { country: 'CHN', status: 'reported' },
      ],
    );
    expect(grouped).toEqual([
      { text: 'World total as published (rounded).', countries: [], onWorldTotal: true },
      {
        text: 'Footnote 12: estimated from imports.',
        countries: ['MMR', 'NGA'],
        onWorldTotal: false,
      },
      {
        text: 'Footnote 13: reserves were 3.3 million tons.',
        countries: ['MMR'],
        onWorldTotal: false,
      },
    ]);
  });

  it('puts proxy explanations first and drops the country list when every row carries them', () => {
    const grouped = groupNotes(undefined, [
      { country: 'CHN', note: 'A remark.', status: 'reported' },
      { country: 'CHN', note: 'Proxy: magnet rare earths.', status: 'proxy' },
      { country: 'MYS', note: 'Proxy: magnet rare earths.', status: 'proxy' },
    ]);
    expect(grouped[0]).toEqual({
      text: 'Proxy: magnet rare earths.',
      countries: ['CHN', 'MYS'],
      onWorldTotal: false,
    });
  });
});
