import type { ModelIndex } from '../domain/model-index';
import type { Language } from '../domain/language';
import type { Translate } from '../i18n/i18n';
import { localized } from './localized';

/**
 * BACI's code 490, "Other Asia, n.e.s.", which the model carries on the user-assigned id XAS: BACI
 * has no entry for Taiwan and records its trade under this code. A briefer has to be able to say
 * "Taiwan", so the name says both; the figures stay BACI's.
 */
export const BACI_OTHER_ASIA = 'XAS';

/** A country's name as the views show it, in the language given. */
export function countryNamer(
  index: Pick<ModelIndex, 'country'>,
  language: Language,
  t: Translate,
): (id: string) => string {
  return (id) =>
    id === BACI_OTHER_ASIA
      ? t('country.otherAsiaAsTaiwan')
      : localized(index.country(id)?.name, language, id);
}

/** Countries whose official name is long ("Hong Kong SAR China", 「中華人民共和国香港特別行政区」): their short name. */
const SHORT_NAMED = ['HKG', 'MAC'] as const;

/**
 * A country's short name in the active language (「香港」 for 「中華人民共和国香港特別行政区」), for
 * a label where the full name does not fit; null where the country has none.
 */
export function countryShortNamer(t: Translate): (id: string) => string | null {
  return (id) =>
    (SHORT_NAMED as readonly string[]).includes(id)
      ? t(`chainNearest.shortNames.${id as (typeof SHORT_NAMED)[number]}`)
      : null;
}

/** The note that explains the name, when one of the countries shown is BACI's code 490. */
export function otherAsiaNote(countries: Iterable<string>, t: Translate): string | null {
  for (const country of countries) {
    if (country === BACI_OTHER_ASIA) return t('country.otherAsiaNote');
  }
  return null;
}
