import { describe, expect, it } from 'vitest';
import { groupNotes } from '../record-notes';

describe('groupNotes', () => {
  it('shows each repeated sentence once with the countries it is written on', () => {
    const grouped = groupNotes(
      { note: { en: 'World total as published (rounded).' }, status: 'reported' },
      [
        {
          country: 'MMR',
          note: {
            en: 'Footnote 12: estimated from imports. Footnote 13: reserves were 3.3 million tons.',
          },
          status: 'estimated',
        },
        {
          country: 'NGA',
          note: { en: 'Footnote 12: estimated from imports.' },
          status: 'estimated',
        },
        { country: 'CHN', status: 'reported' },
      ],
      'en',
    );
    expect(grouped).toEqual([
      {
        text: 'World total as published (rounded).',
        lang: undefined,
        countries: [],
        onWorldTotal: true,
      },
      {
        text: 'Footnote 12: estimated from imports.',
        lang: undefined,
        countries: ['MMR', 'NGA'],
        onWorldTotal: false,
      },
      {
        text: 'Footnote 13: reserves were 3.3 million tons.',
        lang: undefined,
        countries: ['MMR'],
        onWorldTotal: false,
      },
    ]);
  });

  it('puts proxy explanations first and drops the country list when every row carries them', () => {
    const grouped = groupNotes(
      undefined,
      [
        { country: 'CHN', note: { en: 'A remark.' }, status: 'reported' },
        { country: 'CHN', note: { en: 'Proxy: magnet rare earths.' }, status: 'proxy' },
        { country: 'MYS', note: { en: 'Proxy: magnet rare earths.' }, status: 'proxy' },
      ],
      'en',
    );
    expect(grouped[0]).toEqual({
      text: 'Proxy: magnet rare earths.',
      lang: undefined,
      countries: ['CHN', 'MYS'],
      onWorldTotal: false,
    });
  });

  it('shows the Japanese of a note in the Japanese view, split after 「。」, and an untranslated one marked English', () => {
    const grouped = groupNotes(
      undefined,
      [
        {
          country: 'AUS',
          note: { en: 'Estimated capacity. Planned.', ja: '推定能力。計画中。' },
          status: 'estimated',
        },
        { country: 'CHN', note: { en: 'Reported production in 2021.' }, status: 'reported' },
      ],
      'ja',
    );
    expect(grouped.map(({ text, lang }) => [text, lang])).toEqual([
      ['推定能力。', undefined],
      ['計画中。', undefined],
      ['Reported production in 2021.', 'en'],
    ]);
  });
});
