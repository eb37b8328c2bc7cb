import { describe, expect, it } from 'vitest';
import { citation } from '../citation';

const baci = {
  id: 'baci',
  publisher: 'CEPII',
  title: 'BACI: international trade database at the product level, HS 2017, version V202601',
  year: 2026,
  table: 'baci_hs17_<year>_tracked_codes.csv',
  url: 'http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37',
};

describe('citation', () => {
  it('cites publisher, title and year; in full with the table and the address', () => {
    expect(citation(baci)).toBe(
      'CEPII, BACI: international trade database at the product level, HS 2017, version V202601 (2026)',
    );
    expect(citation(baci, true)).toBe(
      `${citation(baci)}, baci_hs17_<year>_tracked_codes.csv, http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37`,
    );
  });

  it('cites compactly for a slide: the table (or the document number in the title), no address', () => {
    expect(citation(baci, 'compact')).toBe(`${citation(baci)}, baci_hs17_<year>_tracked_codes.csv`);
    const notice = {
      id: 'mofcom',
      publisher: 'Ministry of Commerce of the PRC (MOFCOM)',
      title: '商务部公告2024年第46号 关于加强相关两用物项对美国出口管制的公告',
      year: 2024,
      url: 'https://www.mofcom.gov.cn/zcfb/zc/art/2024/art_a362d9e4d4944ff3854b76c572899e7e.html',
    };
    expect(citation(notice, 'compact')).toBe(
      'Ministry of Commerce of the PRC (MOFCOM), 商务部公告2024年第46号 关于加强相关两用物项对美国出口管制的公告 (2024)',
    );
  });
});
