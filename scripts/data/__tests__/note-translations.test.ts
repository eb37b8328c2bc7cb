import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { withTranslatedNotes } from '../note-translations';

describe('withTranslatedNotes', () => {
  it('gives every note its Japanese, looked up by the exact English', () => {
    const model = smallModel();
    model.supply[0] = { ...model.supply[0]!, note: { en: 'Estimated capacity' } };
    // Curated files still write notes as plain English text.
    (model.events[0] as { note?: unknown }).note = 'The ban remains.';
    const translated = withTranslatedNotes(model, {
      'Estimated capacity': '推定能力',
      'The ban remains.': '禁止は継続。',
    });
    expect(translated.supply[0]!.note).toEqual({ en: 'Estimated capacity', ja: '推定能力' });
    expect(translated.events[0]!.note).toEqual({ en: 'The ban remains.', ja: '禁止は継続。' });
    expect(translated.supply[1]!.note).toBeUndefined();
  });

  it('stops the build naming every note that has no Japanese', () => {
    const model = smallModel();
    model.supply[0] = { ...model.supply[0]!, note: { en: 'Untranslated one.' } };
    model.prices[0] = { ...model.prices[0]!, note: { en: 'Untranslated two.' } };
    expect(() => withTranslatedNotes(model, {})).toThrow(
      /no Japanese[^]*"Untranslated one\."\n"Untranslated two\."/,
    );
  });
});
