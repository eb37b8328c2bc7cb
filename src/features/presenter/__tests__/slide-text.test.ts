import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/i18n';
import { slideText } from '../slide-text';

const t = createI18n('en').getFixedT('en');

describe('slideText', () => {
  it('gives the title and notes written in the reader’s language', () => {
    const slide = { title: { en: 'Gallium', ja: 'ガリウム' }, notes: { en: 'Say', ja: '話す' } };
    expect(slideText(slide, 'ja', t)).toEqual({
      title: 'ガリウム',
      notes: { text: '話す', marked: null },
    });
  });

  it('falls back on the other language, marking notes not written in the reader’s', () => {
    const slide = { title: { en: 'Gallium', ja: '' }, notes: { en: 'Say this.', ja: '' } };
    expect(slideText(slide, 'ja', t)).toEqual({
      title: 'Gallium',
      notes: {
        text: 'Say this.',
        marked: 'No notes in Japanese: these are the English notes.',
      },
    });
  });

  it('marks nothing when neither language has notes', () => {
    const slide = { title: { en: '', ja: '' }, notes: { en: '', ja: '' } };
    expect(slideText(slide, 'en', t)).toEqual({ title: '', notes: { text: '', marked: null } });
  });
});
