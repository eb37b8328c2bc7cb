import { z } from 'zod';
import { SLIDE_LIMITS, SLIDE_LINK, slideFromV1 } from './kept-slides';
import './model-schema';

const textInEachLanguage = (max: number) =>
  z.object({ en: z.string().max(max), ja: z.string().max(max) }).strict();

/**
 * A briefing deck as exported and imported: each slide keeps the link of the view it shows (all
 * its state: view, filters, scenarios), with a title and speaker notes in each language (either
 * may be empty). The slides are drawn in the language the reader has chosen, not the link's.
 */
export const slideSchema = z
  .object({
    id: z.string().min(1).max(SLIDE_LIMITS.id),
    title: textInEachLanguage(SLIDE_LIMITS.title),
    notes: textInEachLanguage(SLIDE_LIMITS.notes),
    link: z.string().max(SLIDE_LIMITS.link).regex(SLIDE_LINK),
  })
  .strict();

export const deckFileSchema = z
  .object({
    kind: z.literal('lodestone-deck'),
    schemaVersion: z.literal(2),
    slides: z.array(slideSchema).max(SLIDE_LIMITS.slides),
  })
  .strict();

/** Version 1 (before #15): one title and one set of notes, in the language of the slide's link. */
export const slideV1Schema = z
  .object({
    id: z.string().min(1).max(SLIDE_LIMITS.id),
    title: z.string().max(SLIDE_LIMITS.title),
    notes: z.string().max(SLIDE_LIMITS.notes),
    link: z.string().max(SLIDE_LIMITS.link).regex(SLIDE_LINK),
  })
  .strict();

export const deckFileV1Schema = z
  .object({
    kind: z.literal('lodestone-deck'),
    schemaVersion: z.literal(1),
    slides: z.array(slideV1Schema).max(SLIDE_LIMITS.slides),
  })
  .strict();

export type Slide = z.infer<typeof slideSchema>;
export type SlideV1 = z.infer<typeof slideV1Schema>;
export type DeckFile = z.infer<typeof deckFileSchema>;

/** A version 1 deck file as version 2: each slide's text moved under its link's language. */
export function deckFromV1(deck: z.infer<typeof deckFileV1Schema>): DeckFile {
  return { kind: deck.kind, schemaVersion: 2, slides: deck.slides.map(slideFromV1) };
}
