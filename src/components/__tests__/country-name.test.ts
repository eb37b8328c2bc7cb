import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { createModelIndex } from '../../domain/model-index';
import { createI18n } from '../../i18n/i18n';
import { BACI_OTHER_ASIA, countryNamer, otherAsiaNote } from '../country-name';

const model = smallModel();
model.countries.push({
  id: BACI_OTHER_ASIA,
  name: { en: 'Other Asia, n.e.s.', ja: 'その他アジア' },
  groups: [],
});
const index = createModelIndex(model);

describe('countryNamer', () => {
  it("names BACI's code 490 as Taiwan, saying how it is reported, in English and Japanese", () => {
    const english = countryNamer(index, 'en', createI18n('en').t);
    const japanese = countryNamer(index, 'ja', createI18n('ja').t);
    expect(english(BACI_OTHER_ASIA)).toBe("Taiwan (reported as 'Other Asia, n.e.s.')");
    expect(japanese(BACI_OTHER_ASIA)).toBe('台湾（統計上は「その他アジア」）');
  });

  it("takes every other country's name from the model, and shows an unknown id as it is", () => {
    const japanese = countryNamer(index, 'ja', createI18n('ja').t);
    expect(japanese('CHN')).toBe('中国');
    expect(japanese('ZZZ')).toBe('ZZZ');
  });
});

describe('otherAsiaNote', () => {
  const { t } = createI18n('en');

  it("cites BACI's country list when code 490 is among the countries shown", () => {
    expect(otherAsiaNote(['CHN', BACI_OTHER_ASIA], t)).toMatch(
      /^Taiwan: BACI's country list \(CEPII, country_codes_V202601\.csv\) has no entry for Taiwan/,
    );
  });

  it('says nothing otherwise', () => {
    expect(otherAsiaNote(['CHN', 'KOR'], t)).toBeNull();
  });
});
