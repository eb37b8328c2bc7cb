import { describe, expect, it } from 'vitest';
import { createAppStore } from '../app-store';
import { DECK_STORAGE_KEY, SET_ASIDE_DECK_KEY, readSetAsideDeck } from '../kept-deck';

const slide = {
  id: 'slide-1',
  title: { en: 'Gallium', ja: 'ガリウム' },
  notes: { en: 'Say this', ja: '' },
  link: '?m=gallium',
};
const kept = (state: unknown, version: unknown = 2) => JSON.stringify({ state, version });

describe('the deck kept in localStorage', () => {
  it('opens a good kept deck', () => {
    localStorage.setItem(DECK_STORAGE_KEY, kept({ slides: [slide] }));
    expect(createAppStore('').getState().slides).toEqual([slide]);
    expect(readSetAsideDeck()).toBeNull();
  });

  it('opens a deck kept before titles and notes came in both languages, in the language of its link', () => {
    const english = { id: 'slide-1', title: 'Gallium', notes: 'Say this', link: '?m=gallium' };
    const japanese = {
      id: 'slide-2',
      title: 'ガリウム',
      notes: 'メモ',
      link: '?m=gallium&lang=ja',
    };
    localStorage.setItem(DECK_STORAGE_KEY, kept({ slides: [english, japanese] }, 1));
    expect(createAppStore('').getState().slides).toEqual([
      { ...english, title: { en: 'Gallium', ja: '' }, notes: { en: 'Say this', ja: '' } },
      { ...japanese, title: { en: '', ja: 'ガリウム' }, notes: { en: '', ja: 'メモ' } },
    ]);
    expect(readSetAsideDeck()).toBeNull();
  });

  it.each([
    ['text that is not JSON', '{"state":'],
    ['slides that are not a list', kept({ slides: 'many' })],
    ['a slide with a hostile link', kept({ slides: [{ ...slide, link: '?"><script>' }] })],
    ['two slides with one id', kept({ slides: [slide, slide] })],
    ['another version', kept({ slides: [slide] }, 3)],
    ['version 2 slides marked as version 1', kept({ slides: [slide] }, 1)],
    ['null', 'null'],
  ])('sets aside %s, not deleted, and opens an empty deck', (_, text) => {
    localStorage.setItem(DECK_STORAGE_KEY, text);
    const store = createAppStore('');
    expect(store.getState().slides).toEqual([]);
    expect(readSetAsideDeck()).toBe(text);
  });

  it('never opens in presentation mode, whatever the kept state says', () => {
    const text = kept({
      slides: [slide],
      presenting: { index: 0, before: {}, showNotes: true },
      view: 'deck',
    });
    localStorage.setItem(DECK_STORAGE_KEY, text);
    const state = createAppStore('').getState();
    expect(state.presenting).toBeNull();
    expect(state.slides).toEqual([slide]);
    expect(localStorage.getItem(SET_ASIDE_DECK_KEY)).toBeNull();
  });
});
