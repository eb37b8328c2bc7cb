import { foldBeyondTop, type CountryShare, type ShareBreakdown } from '../../analytics/shares';
import { PALETTE } from '../../components/palette';
import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../domain/language';
import { formatNumber } from '../../lib/format';
import { boundedText } from '../../components/bounded-text';
import type { ShareChartRow } from '../../components/share-chart';
import { unitName } from '../../components/unit-name';

/** How many countries a panel draws before it adds the rest up. */
export const COUNTRIES_SHOWN = 8;

/** Marks written after a share, as the publishers' own tables mark estimates. */
const STATUS_MARKS: Partial<Record<CountryShare['status'], string>> = {
  estimated: ' e',
  proxy: ' p',
};

interface RowContext {
  highlighted: string[];
  viewAs: string;
  language: Language;
  t: Translate;
  countryName: (id: string) => string;
  sourceName: (id: string) => string;
}

/** The bars of a stage panel: the largest countries, the rest of the listed ones, the unattributed part. */
export function chartRows(breakdown: ShareBreakdown, context: RowContext): ShareChartRow[] {
  const { t, language } = context;
  const bounded = boundedText(breakdown, language, t);
  const share = bounded.share;
  // A proxy group's tonnage is not the mineral's: its bars give shares only.
  const isProxyGroup = breakdown.worldTotal?.status === 'proxy';
  const amount = (value: number | null, unit: string) =>
    isProxyGroup
      ? []
      : [value === null ? t('common.na') : `${formatNumber(value, language)} ${unitName(unit, t)}`];
  const unit = breakdown.worldTotal?.unit ?? breakdown.countries[0]?.unit ?? '';
  const folded = foldBeyondTop(breakdown, COUNTRIES_SHOWN);

  const rows: ShareChartRow[] = folded.shown.map((row) => ({
    key: row.country,
    label: context.countryName(row.country),
    share: row.share,
    shareLabel:
      row.share === null ? t('common.na') : `${share(row.share)}${STATUS_MARKS[row.status] ?? ''}`,
    color: context.highlighted.includes(row.country)
      ? PALETTE.highlight
      : row.country === context.viewAs
        ? PALETTE.viewAs
        : PALETTE.base,
    details: [
      ...amount(row.value, row.unit),
      `${t('table.share')}: ${share(row.share)}`,
      `${t('table.status')}: ${t(`status.${row.status}`)}`,
      `${t('table.source')}: ${context.sourceName(row.source)}`,
    ],
  }));
  if (folded.otherListed) {
    rows.push({
      key: 'other-listed',
      label: t('concentration.otherListed', { count: folded.otherListed.count }),
      share: folded.otherListed.share,
      shareLabel: share(folded.otherListed.share),
      color: PALETTE.base,
      details: [
        ...amount(folded.otherListed.value, unit),
        `${t('table.share')}: ${share(folded.otherListed.share)}`,
      ],
    });
  }
  const { unattributed, worldTotal } = breakdown;
  if (unattributed && unattributed.value > 0) {
    const rest = bounded.unattributed(unattributed);
    rows.push({
      key: 'unattributed',
      label: t('concentration.other'),
      share: unattributed.share,
      shareLabel: rest.share,
      color: PALETTE.unattributed,
      details: [
        ...(isProxyGroup ? [] : [`${rest.value} ${unit}`]),
        t('table.derived'),
        ...(worldTotal ? [`${t('table.source')}: ${context.sourceName(worldTotal.source)}`] : []),
      ],
    });
  }
  return rows;
}
