import { describe, expect, it } from 'vitest';
import { slideSchema, slideV1Schema } from '../deck-schema';
import { isWellFormedSlide, isWellFormedSlideV1, wellFormedSlides } from '../kept-slides';

const slide = {
  id: 'slide-1',
  title: { en: 'Gallium', ja: 'ガリウム' },
  notes: { en: '', ja: '' },
  link: '?m=gallium&y=2023',
};
const slideV1 = { id: 'slide-1', title: 'Gallium', notes: '', link: '?m=gallium&y=2023' };

describe('the hand-written slide check', () => {
  it.each([
    ['a good slide', slide],
    ['an empty title and link', { ...slide, title: { en: '', ja: '' }, link: '?' }],
    ['an empty id', { ...slide, id: '' }],
    ['an id of 81 characters', { ...slide, id: 'x'.repeat(81) }],
    ['a title of 201 characters', { ...slide, title: { en: 'x'.repeat(201), ja: '' } }],
    ['notes of 10,001 characters', { ...slide, notes: { en: '', ja: 'x'.repeat(10_001) } }],
    ['a title in one language only', { ...slide, title: { en: 'Gallium' } }],
    ['a title in a third language', { ...slide, title: { en: '', ja: '', fr: '' } }],
    ['a title as a string (version 1)', slideV1],
    ['a link that is not a query', { ...slide, link: 'https://example.com' }],
    ['a link with a quote', { ...slide, link: '?m="x"' }],
    ['a link with a space', { ...slide, link: '?m=a b' }],
    ['a link of 4,001 characters', { ...slide, link: `?${'m'.repeat(4000)}` }],
    ['a missing field', { id: 'slide-1', title: slide.title, notes: slide.notes }],
    ['an unknown field', { ...slide, presenting: true }],
    ['a number for a title', { ...slide, title: 5 }],
    ['null', null],
    ['an array', [slide]],
    ['a string', 'slide'],
  ])('agrees with the schema on %s', (_, value) => {
    expect(isWellFormedSlide(value)).toBe(slideSchema.safeParse(value).success);
  });

  it.each([
    ['a good version 1 slide', slideV1],
    ['a version 2 slide', slide],
    ['a title of 201 characters', { ...slideV1, title: 'x'.repeat(201) }],
    ['an unknown field', { ...slideV1, lang: 'ja' }],
  ])('agrees with the version 1 schema on %s', (_, value) => {
    expect(isWellFormedSlideV1(value)).toBe(slideV1Schema.safeParse(value).success);
  });

  it('takes at most 200 slides, with unique ids', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...slide, id: `slide-${i}` }));
    expect(wellFormedSlides(many(200))).toHaveLength(200);
    expect(wellFormedSlides(many(201))).toBeNull();
    expect(wellFormedSlides([slide, slide])).toBeNull();
    expect(wellFormedSlides('slides')).toBeNull();
  });

  it('moves version 1 slides to version 2, their text under the language of their link', () => {
    const japanese = { ...slideV1, id: 'slide-2', notes: 'メモ', link: '?m=gallium&lang=ja' };
    expect(wellFormedSlides([slideV1, japanese], 1)).toEqual([
      { ...slideV1, title: { en: 'Gallium', ja: '' }, notes: { en: '', ja: '' } },
      { ...japanese, title: { en: '', ja: 'Gallium' }, notes: { en: '', ja: 'メモ' } },
    ]);
    expect(wellFormedSlides([slide], 1)).toBeNull();
  });
});
