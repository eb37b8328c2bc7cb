import { z } from 'zod';
import { SLIDE_LIMITS, SLIDE_LINK } from './kept-slides';
import './model-schema';

/**
 * A briefing deck as exported and imported: each slide keeps the link of the view it shows (all
 * its state: view, filters, scenarios, language), with a title and speaker notes.
 */
export const slideSchema = z
  .object({
    id: z.string().min(1).max(SLIDE_LIMITS.id),
    title: z.string().max(SLIDE_LIMITS.title),
    notes: z.string().max(SLIDE_LIMITS.notes),
    link: z.string().max(SLIDE_LIMITS.link).regex(SLIDE_LINK),
  })
  .strict();

export const deckFileSchema = z
  .object({
    kind: z.literal('lodestone-deck'),
    schemaVersion: z.literal(1),
    slides: z.array(slideSchema).max(SLIDE_LIMITS.slides),
  })
  .strict();

export type Slide = z.infer<typeof slideSchema>;
export type DeckFile = z.infer<typeof deckFileSchema>;
