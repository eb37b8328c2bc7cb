import type { Slide } from './deck-schema';

/*
 * The slide contract of `deck-schema.ts` written out by hand, for the deck kept in localStorage:
 * it is read as the page starts, before zod is loaded. A test holds the two to agreement.
 */

export const SLIDE_LIMITS = { id: 80, title: 200, notes: 10_000, link: 4000, slides: 200 } as const;
/** A link's query string, with nothing that could leave an attribute or a URL. */
export const SLIDE_LINK = /^\?[^<>"'`\s]*$/;
const SLIDE_KEYS = new Set(['id', 'title', 'notes', 'link']);

const isString = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

export function isWellFormedSlide(value: unknown): value is Slide {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const slide = value as Record<string, unknown>;
  return (
    Object.keys(slide).every((key) => SLIDE_KEYS.has(key)) &&
    isString(slide.id, 1, SLIDE_LIMITS.id) &&
    isString(slide.title, 0, SLIDE_LIMITS.title) &&
    isString(slide.notes, 0, SLIDE_LIMITS.notes) &&
    isString(slide.link, 0, SLIDE_LIMITS.link) &&
    SLIDE_LINK.test(slide.link)
  );
}

/** The slides, when they are a deck's slides: at most 200, each well formed, ids unique. */
export function wellFormedSlides(value: unknown): Slide[] | null {
  if (!Array.isArray(value) || value.length > SLIDE_LIMITS.slides) return null;
  if (!value.every(isWellFormedSlide)) return null;
  const ids = new Set(value.map((slide) => slide.id));
  return ids.size === value.length ? value : null;
}
