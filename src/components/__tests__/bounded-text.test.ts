import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { countryShares } from '../../analytics/shares';
import type { Language } from '../../domain/language';
import { createI18n } from '../../i18n/i18n';
import { boundedText } from '../bounded-text';

const model = smallModel();
const query = { mineral: 'gallium', measure: 'refining', year: 2023 } as const;
const lowerBoundTotal = [{ ...model.worldTotals[0]!, bound: 'lower' as const }];
const text = (totals: typeof model.worldTotals, language: Language) =>
  boundedText(
    countryShares(model.supply, totals, query),
    language,
    createI18n(language).getFixedT(language),
  );

describe('boundedText', () => {
  it('writes a lower-bound value as "more than", formatted for the locale', () => {
    expect(text(model.worldTotals, 'en').value(75000000, 'lower')).toBe('more than 75,000,000');
    expect(text(model.worldTotals, 'ja').value(75000000, 'lower')).toBe('75,000,000超');
    expect(text(model.worldTotals, 'en').value(1000)).toBe('1,000');
    expect(text(model.worldTotals, 'en').value(null, 'lower')).toBe('n/a');
  });

  it('marks shares against a lower-bound total "at most", and the unattributed rest "at least"', () => {
    // China 900 of more than 1,000: at most 90 %; the rest, 1,000 − 980 = 20, at least 2 %.
    const en = text(lowerBoundTotal, 'en');
    expect(en.share(0.9)).toBe('at most 90%');
    expect(en.unattributed({ value: 20, share: 0.02 })).toEqual({
      value: 'at least 20',
      share: 'at least 2.0%',
    });
    expect(text(lowerBoundTotal, 'ja').share(0.9)).toBe('90%以下');
  });

  it('leaves shares against an exact total as they are', () => {
    const en = text(model.worldTotals, 'en');
    expect(en.share(0.9)).toBe('90%');
    expect(en.unattributed({ value: 20, share: 0.02 })).toEqual({ value: '20', share: '2.0%' });
    expect(en.share(null)).toBe('n/a');
  });
});
