import type { PersistStorage } from 'zustand/middleware';
import type { Slide } from '../domain/deck-schema';
import { wellFormedSlides } from '../domain/kept-slides';

export const DECK_STORAGE_KEY = 'lodestone-deck';
/** Where a kept deck that could not be read is moved, until the reader exports or discards it. */
export const SET_ASIDE_DECK_KEY = 'lodestone-deck-set-aside';
export const KEPT_DECK_VERSION = 2;

type KeptDeck = { slides: Slide[] };

/** localStorage can be switched off or full; the deck then lives as long as the page. */
function tryStorage<T>(act: (storage: Storage) => T): T | null {
  try {
    return act(localStorage);
  } catch {
    return null;
  }
}

/** The slides of a kept deck, held to the deck contract; null when they cannot be used. */
function keptSlides(text: string): Slide[] | null {
  let kept: unknown;
  try {
    kept = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof kept !== 'object' || kept === null) return null;
  const { state, version } = kept as { state?: { slides?: unknown } | null; version?: unknown };
  // Version 1 decks (one title and notes, before #15) are read and kept from then on as version 2.
  return version === 1 || version === KEPT_DECK_VERSION
    ? wellFormedSlides(state?.slides, version)
    : null;
}

/**
 * The deck's storage for zustand's persist: only the slides are ever read back, and only when
 * they pass the deck contract; anything else found there is set aside (not deleted) before the
 * store's first write could replace it.
 */
export const keptDeckStorage: PersistStorage<KeptDeck> = {
  getItem(name) {
    const text = tryStorage((storage) => storage.getItem(name));
    if (text === null) return null;
    const slides = keptSlides(text);
    if (slides) return { state: { slides }, version: KEPT_DECK_VERSION };
    tryStorage((storage) => storage.setItem(SET_ASIDE_DECK_KEY, text));
    return null;
  },
  setItem: (name, value) => tryStorage((storage) => storage.setItem(name, JSON.stringify(value))),
  removeItem: (name) => tryStorage((storage) => storage.removeItem(name)),
};

export function readSetAsideDeck(): string | null {
  return tryStorage((storage) => storage.getItem(SET_ASIDE_DECK_KEY));
}

export function discardSetAsideDeck(): void {
  tryStorage((storage) => storage.removeItem(SET_ASIDE_DECK_KEY));
}
