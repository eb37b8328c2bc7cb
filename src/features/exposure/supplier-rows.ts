import type { MineralExposure } from '../../analytics/exposure';
import { PALETTE } from '../../components/palette';
import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../domain/language';
import { formatExact, formatShare } from '../../lib/format';
import type { ShareChartRow } from '../../components/share-chart';

const SUPPLIERS_SHOWN = 8;

interface SupplierContext {
  partners: readonly string[];
  /** The countries highlighted in the sidebar: drawn in the highlight colour, as in every view. */
  highlighted: readonly string[];
  viewAsName: string;
  language: Language;
  t: Translate;
  countryName: (id: string) => string;
}

/** Bars of an importer's suppliers: the largest ones, then the rest added up. */
export function supplierRows(exposure: MineralExposure, context: SupplierContext): ShareChartRow[] {
  const { t, language } = context;
  // The tooltip gives the published value itself; the compact label elsewhere only displays it.
  const usd = (value: number) => `${formatExact(value, language)} USD`;
  const rows: ShareChartRow[] = exposure.suppliers.slice(0, SUPPLIERS_SHOWN).map((supplier) => ({
    key: supplier.exporter,
    label: context.countryName(supplier.exporter),
    share: supplier.share,
    shareLabel: formatShare(supplier.share, language),
    color: context.highlighted.includes(supplier.exporter)
      ? PALETTE.highlight
      : context.partners.includes(supplier.exporter)
        ? PALETTE.partners
        : PALETTE.base,
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

/** What each colour of the bars stands for, for the colours the bars use. */
export function supplierLegend(
  rows: readonly ShareChartRow[],
  { t, viewAsName }: Pick<SupplierContext, 't' | 'viewAsName'>,
): { color: string; label: string }[] {
  return [
    { color: PALETTE.highlight, label: t('exposure.legend.highlighted') },
    { color: PALETTE.partners, label: t('exposure.legend.partner', { country: viewAsName }) },
    { color: PALETTE.base, label: t('exposure.legend.other') },
    { color: PALETTE.unattributed, label: t('exposure.legend.rest') },
  ].filter((entry) => rows.some((row) => row.color === entry.color));
}
