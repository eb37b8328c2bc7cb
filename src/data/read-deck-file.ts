import type { Language } from '../domain/language';
import { deckFileSchema, type DeckFile } from '../domain/deck-schema';
import { parseListsRowByRow, type Refusal } from '../domain/validate-model';
import { parseJsonFile } from './read-model-file';

export type DeckValidation = { ok: true; deck: DeckFile } | Refusal;

/** Reads a deck file a user gave, with the same care as a model file. */
export function readDeckFile(bytes: Uint8Array, language: Language = 'en'): DeckValidation {
  const parsed = parseJsonFile(bytes);
  if (!parsed.ok) return parsed;
  const deck = parseListsRowByRow(deckFileSchema, parsed.raw, language);
  if (!deck.ok) return deck;
  const ids = new Set<string>();
  for (const [index, slide] of deck.data.slides.entries()) {
    if (ids.has(slide.id)) {
      return {
        ok: false,
        problems: [
          { path: `slides[${index}].id`, kind: 'rule', rule: 'duplicateId', value: slide.id },
        ],
      };
    }
    ids.add(slide.id);
  }
  return { ok: true, deck: deck.data };
}

export function deckFile(slides: DeckFile['slides']): DeckFile {
  return { kind: 'lodestone-deck', schemaVersion: 1, slides };
}
