import type { MineralExposure } from '../../analytics/exposure';
import { PALETTE } from '../../components/palette';
import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../domain/language';
import { formatNumber, formatShare } from '../../lib/format';
import type { ShareChartRow } from '../../components/share-chart';

const SUPPLIERS_SHOWN = 8;

/** Bars of an importer's suppliers: the largest ones, then the rest added up. */
export function supplierRows(
  exposure: MineralExposure,
  context: {
    partners: readonly string[];
    language: Language;
    t: Translate;
    countryName: (id: string) => string;
  },
): ShareChartRow[] {
  const { t, language } = context;
  const usd = (value: number) => `${formatNumber(value, language)} USD`;
  const rows: ShareChartRow[] = exposure.suppliers.slice(0, SUPPLIERS_SHOWN).map((supplier) => ({
    key: supplier.exporter,
    label: context.countryName(supplier.exporter),
    share: supplier.share,
    shareLabel: formatShare(supplier.share, language),
    color: context.partners.includes(supplier.exporter) ? PALETTE.partners : PALETTE.base,
    details: [
      usd(supplier.value),
      `${t('exposure.shareOfImports')}: ${formatShare(supplier.share, language)}`,
    ],
  }));
  const rest = exposure.suppliers.slice(SUPPLIERS_SHOWN);
  if (rest.length > 0) {
    const value = rest.reduce((total, supplier) => total + supplier.value, 0);
    const share = value / exposure.total;
    rows.push({
      key: 'other-suppliers',
      label: t('concentration.otherListed', { count: rest.length }),
      share,
      shareLabel: formatShare(share, language),
      color: PALETTE.unattributed,
      details: [usd(value)],
    });
  }
  return rows;
}
