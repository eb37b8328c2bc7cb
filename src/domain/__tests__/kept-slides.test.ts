import { describe, expect, it } from 'vitest';
import { slideSchema } from '../deck-schema';
import { isWellFormedSlide, wellFormedSlides } from '../kept-slides';

const slide = { id: 'slide-1', title: 'Gallium', notes: '', link: '?m=gallium&y=2023' };

describe('the hand-written slide check', () => {
  it.each([
    ['a good slide', slide],
    ['an empty title and link', { ...slide, title: '', link: '?' }],
    ['an empty id', { ...slide, id: '' }],
    ['an id of 81 characters', { ...slide, id: 'x'.repeat(81) }],
    ['a title of 201 characters', { ...slide, title: 'x'.repeat(201) }],
    ['notes of 10,001 characters', { ...slide, notes: 'x'.repeat(10_001) }],
    ['a link that is not a query', { ...slide, link: 'https://example.com' }],
    ['a link with a quote', { ...slide, link: '?m="x"' }],
    ['a link with a space', { ...slide, link: '?m=a b' }],
    ['a link of 4,001 characters', { ...slide, link: `?${'m'.repeat(4000)}` }],
    ['a missing field', { id: 'slide-1', title: 'x', notes: '' }],
    ['an unknown field', { ...slide, presenting: true }],
    ['a number for a title', { ...slide, title: 5 }],
    ['null', null],
    ['an array', [slide]],
    ['a string', 'slide'],
  ])('agrees with the schema on %s', (_, value) => {
    expect(isWellFormedSlide(value)).toBe(slideSchema.safeParse(value).success);
  });

  it('takes at most 200 slides, with unique ids', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...slide, id: `slide-${i}` }));
    expect(wellFormedSlides(many(200))).toHaveLength(200);
    expect(wellFormedSlides(many(201))).toBeNull();
    expect(wellFormedSlides([slide, slide])).toBeNull();
    expect(wellFormedSlides('slides')).toBeNull();
  });
});
