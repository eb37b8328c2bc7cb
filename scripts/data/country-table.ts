import { csvParse } from 'd3';
import { UNNAMED_PARTNERS } from '../../src/domain/trade-partners.ts';
import type { CuratedCountry } from './assemble-model.ts';

/**
 * BACI's country table (`country_code,country_name,country_iso2,country_iso3`) gives the numeric
 * and ISO codes every trade file uses. Codes BACI invents for areas that are not countries are
 * carried on ISO 3166's user-assigned codes (X..), so the model keeps to three capital letters.
 */
const NON_ISO_AREAS: Record<string, CuratedCountry & { iso2?: string }> = {
  S19: { id: 'XAS', en: 'Other Asia, n.e.s.', ja: 'その他アジア' },
  R20: { id: 'XEF', en: 'Europe EFTA, n.e.s.', ja: 'その他EFTA' },
  ZA1: {
    id: 'XSA',
    en: 'Southern African Customs Union (to 1999)',
    ja: '南部アフリカ関税同盟（1999年まで）',
  },
};
const UNNAMED_PARTNER_NAMES: CuratedCountry = {
  id: UNNAMED_PARTNERS,
  en: 'Unnamed partners',
  ja: '記載のない相手国',
};
// csv readers take Namibia's ISO2 code "NA" for a missing value.
const MISSING_ISO2: Record<string, string> = { NAM: 'NA' };

export interface CountryTable {
  /** BACI ISO3 (or numeric M49 code) → the model's country id. */
  idOf: (code: string) => string | undefined;
  iso2To3: (iso2: string) => string | undefined;
  /** A country's id from its English name as BACI or CLDR writes it. */
  idByName: (name: string) => string | undefined;
  /** Names for an id: the curated ones first, then CLDR's through Intl.DisplayNames. */
  describe: (id: string) => CuratedCountry | undefined;
}

export function readCountryTable(text: string, curated: readonly CuratedCountry[]): CountryTable {
  const curatedById = new Map(curated.map((country) => [country.id, country]));
  const byCode = new Map<string, string>();
  const iso2ById = new Map<string, string>();
  const iso3ByIso2 = new Map<string, string>();
  const idByName = new Map<string, string>();
  const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const japaneseNames = new Intl.DisplayNames(['ja'], { type: 'region' });

  for (const row of csvParse(text.replace(/^\uFEFF/, ''))) {
    const baciIso3 = row.country_iso3 ?? '';
    const area = NON_ISO_AREAS[baciIso3];
    const id = area?.id ?? baciIso3;
    byCode.set(baciIso3, id);
    byCode.set(String(Number(row.country_code)), id);
    const iso2 = row.country_iso2 || MISSING_ISO2[baciIso3];
    if (iso2 && !area) {
      iso2ById.set(id, iso2);
      iso3ByIso2.set(iso2, id);
      const cldrName = englishNames.of(iso2);
      if (cldrName) idByName.set(cldrName.toLowerCase(), id);
    }
    idByName.set((row.country_name ?? '').toLowerCase(), id);
  }
  return {
    idOf: (code) => byCode.get(code),
    iso2To3: (iso2) => iso3ByIso2.get(iso2),
    idByName: (name) => idByName.get(name.trim().toLowerCase()),
    describe: (id) => {
      const known = curatedById.get(id);
      if (known) return known;
      if (id === UNNAMED_PARTNERS) return UNNAMED_PARTNER_NAMES;
      const area = Object.values(NON_ISO_AREAS).find((entry) => entry.id === id);
      if (area) return area;
      const iso2 = iso2ById.get(id);
      if (!iso2) return undefined;
      const en = englishNames.of(iso2);
      const ja = japaneseNames.of(iso2);
      // DisplayNames echoes the code back when CLDR has no name for it.
      if (!en || !ja || en === iso2 || ja === iso2) return undefined;
      return { id, en, ja };
    },
  };
}
