import type { Slide, SlideV1 } from './deck-schema';
import { isLanguage, LANGUAGES, type Language } from './language';

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTextInEachLanguage = (value: unknown, max: number) =>
  isRecord(value) &&
  Object.keys(value).length === LANGUAGES.length &&
  LANGUAGES.every((language) => isString(value[language], 0, max));

function hasSlideFields(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    Object.keys(value).every((key) => SLIDE_KEYS.has(key)) &&
    isString(value.id, 1, SLIDE_LIMITS.id) &&
    isString(value.link, 0, SLIDE_LIMITS.link) &&
    SLIDE_LINK.test(value.link)
  );
}

export function isWellFormedSlide(value: unknown): value is Slide {
  return (
    hasSlideFields(value) &&
    isTextInEachLanguage(value.title, SLIDE_LIMITS.title) &&
    isTextInEachLanguage(value.notes, SLIDE_LIMITS.notes)
  );
}

export function isWellFormedSlideV1(value: unknown): value is SlideV1 {
  return (
    hasSlideFields(value) &&
    isString(value.title, 0, SLIDE_LIMITS.title) &&
    isString(value.notes, 0, SLIDE_LIMITS.notes)
  );
}

/** The language a version 1 slide was written in: its link's, English when the link names none. */
function linkLanguage(link: string): Language {
  const language = new URLSearchParams(link).get('lang');
  return language !== null && isLanguage(language) ? language : 'en';
}

export function slideFromV1(slide: SlideV1): Slide {
  const language = linkLanguage(slide.link);
  const inItsLanguage = (text: string) => ({ en: '', ja: '', [language]: text }) as Slide['title'];
  return {
    id: slide.id,
    title: inItsLanguage(slide.title),
    notes: inItsLanguage(slide.notes),
    link: slide.link,
  };
}

/**
 * The slides, when they are a deck's slides: at most 200, each well formed for the version
 * given (version 1 slides moved to version 2), ids unique.
 */
export function wellFormedSlides(value: unknown, version: 1 | 2 = 2): Slide[] | null {
  if (!Array.isArray(value) || value.length > SLIDE_LIMITS.slides) return null;
  const slides =
    version === 1
      ? value.every(isWellFormedSlideV1)
        ? value.map(slideFromV1)
        : null
      : value.every(isWellFormedSlide)
        ? value
        : null;
  if (!slides) return null;
  const ids = new Set(slides.map((slide) => slide.id));
  return ids.size === slides.length ? slides : null;
}
