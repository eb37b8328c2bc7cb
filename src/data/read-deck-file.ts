import type { Language } from '../domain/language';
import { deckFileSchema, deckFileV1Schema, deckFromV1, type DeckFile } from '../domain/deck-schema';
import { parseListsRowByRow, type Refusal } from '../domain/validate-model';
import { parseJsonFile } from './read-model-file';

export type DeckValidation = { ok: true; deck: DeckFile } | Refusal;

/** Reads a deck file a user gave, with the same care as a model file. */
export function readDeckFile(bytes: Uint8Array, language: Language = 'en'): DeckValidation {
  const parsed = parseJsonFile(bytes);
  if (!parsed.ok) return parsed;
  // Decks exported before titles and notes came in both languages still open, moved to version 2.
  const isVersion1 =
    typeof parsed.raw === 'object' &&
    parsed.raw !== null &&
    (parsed.raw as { schemaVersion?: unknown }).schemaVersion === 1;
  const deck = isVersion1
    ? mapData(parseListsRowByRow(deckFileV1Schema, parsed.raw, language), deckFromV1)
    : parseListsRowByRow(deckFileSchema, parsed.raw, language);
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
  return { kind: 'lodestone-deck', schemaVersion: 2, slides };
}

function mapData<T, U>(
  result: { ok: true; data: T } | Refusal,
  change: (data: T) => U,
): { ok: true; data: U } | Refusal {
  return result.ok ? { ok: true, data: change(result.data) } : result;
}
