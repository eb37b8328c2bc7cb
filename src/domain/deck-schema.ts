import { z } from 'zod';
import './model-schema';

/**
 * A briefing deck as exported and imported: each slide keeps the link of the view it shows (all
 * its state: view, filters, scenarios, language), with a title and speaker notes.
 */
export const slideSchema = z
  .object({
    id: z.string().min(1).max(80),
    title: z.string().max(200),
    notes: z.string().max(10_000),
    link: z
      .string()
      .max(4000)
      .regex(/^\?[^<>"'`\s]*$/),
  })
  .strict();

export const deckFileSchema = z
  .object({
    kind: z.literal('lodestone-deck'),
    schemaVersion: z.literal(1),
    slides: z.array(slideSchema).max(200),
  })
  .strict();

export type Slide = z.infer<typeof slideSchema>;
export type DeckFile = z.infer<typeof deckFileSchema>;
