import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInModel, builtInTrade } from '../fixtures/built-in';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const model = builtInModel();

/**
 * The built-in model's English data text that has a Japanese counterpart: every sentence of every
 * translated note, and the English of the units the Japanese view translates.
 */
const englishDataText = [
  ...new Set([
    ...[
      ...model.supply,
      ...model.worldTotals,
      ...model.reserves,
      ...model.capacities,
      ...model.prices,
      ...model.projections,
      ...model.partnerships,
      ...model.events,
    ].flatMap((record) =>
      record.note?.ja ? record.note.en.split(/(?<=\.)\s+/).filter((s) => s.length >= 12) : [],
    ),
    '% of world',
    't REO',
  ]),
];

/** English data text shown in the page; with `outsideMarked`, only outside text marked `lang="en"`. */
function shownEnglish({ outsideMarked }: { outsideMarked: boolean }): string[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let shown = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!outsideMarked || !node.parentElement?.closest('[lang="en"]'))
      shown += `${node.textContent} `;
  }
  return englishDataText.filter((text) => shown.includes(text));
}

/** Panels mount one after another: waits until none is left to come. */
async function everyPanelShown() {
  await vi.waitFor(
    () => {
      expect(document.querySelector('.notes')).not.toBeNull();
      expect(document.querySelectorAll('.chart-placeholder')).toHaveLength(0);
    },
    { timeout: 20_000 },
  );
}

describe('the Japanese view of the built-in model', () => {
  it('looks where the notes are: the English view shows them', async () => {
    expect(englishDataText.length).toBeGreaterThan(40);
    renderWithModel('?m=rare-earths,dysprosium&stage=mining&lang=en', model, builtInTrade());
    await screen.findAllByRole('heading', { level: 2 });
    await everyPanelShown();
    expect(shownEnglish({ outsideMarked: false }).length).toBeGreaterThan(3);
  });

  it.each([
    ['rare earths and Dy/Tb, mining', '?m=rare-earths,dysprosium&stage=mining&lang=ja'],
    ['graphite reserves', '?m=graphite&stage=mining&lang=ja'],
    ['germanium refining', '?m=germanium&stage=refining&y=2021&lang=ja'],
  ])('shows no English note or unit of the data outside lang="en": %s', async (_, search) => {
    renderWithModel(search, model, builtInTrade());
    await screen.findAllByRole('heading', { level: 2 });
    await everyPanelShown();
    expect(shownEnglish({ outsideMarked: true })).toEqual([]);
  });
});
