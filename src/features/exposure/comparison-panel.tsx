import { useTranslation } from 'react-i18next';
import type { ExposureComparison, SupplierChange } from '../../analytics/exposure-comparison';
import type { SupplierReliance } from '../../analytics/import-reliance';
import { useSlideFrame } from '../../components/slide-frame';
import { slottedText } from '../../components/slotted-text';
import { useSlideFit } from '../../components/use-slide-fit';
import { SourceLine } from '../../components/source-line';
import type { Language } from '../../domain/language';
import { formatChange, formatExact, formatShare, formatSigned } from '../../lib/format';
import { ExactUsd } from './exact-usd';
import { exposureKey, useCodeLabel, useMineralNames } from './exposure-labels';

/** Suppliers a slide's table holds legibly, fewer where the stage has no room; the view lists all. */
const ROWS_ON_A_SLIDE = 6;

/**
 * One trade code in two years side by side, supplier by supplier, with the change in value and in
 * share. A supplier one year does not report reads "not reported", never zero.
 */
export function ComparisonPanel({
  comparison,
  language,
  countryName,
}: {
  comparison: ExposureComparison;
  language: Language;
  countryName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const frame = useSlideFrame();
  // Under the slide's title (h1) on a slide, under the view's heading (h2) on the screen.
  const Heading = frame ? 'h2' : 'h3';
  const { earlier, later } = comparison;
  const { label } = useCodeLabel(language)(later.code);
  const mineral = useMineralNames(language)(later);
  const headingId = `comparison-${exposureKey(later)}`;
  const total = (exposure: typeof earlier) => ({
    value: exposure.total,
    year: exposure.year,
    source: exposure.source,
    language,
  });
  const notReported = t('exposure.comparison.notReported');
  const value = (entry: SupplierReliance | null) =>
    entry ? formatExact(entry.value, language) : notReported;
  const share = (entry: SupplierReliance | null) =>
    entry ? formatShare(entry.share, language) : notReported;
  const points = (change: number | null) =>
    change === null
      ? notReported
      : t('exposure.comparison.points', {
          // Shares are shown to a tenth of a point at most, so the change is too.
          value: formatSigned(Math.round(change * 1000) / 10, language),
        });
  // The notes and the source under the table stay clear of the page number: rows give way.
  const { limit: rows, box: section } = useSlideFit<HTMLElement>(
    frame ? Math.min(ROWS_ON_A_SLIDE, comparison.suppliers.length) : comparison.suppliers.length,
    `${exposureKey(later)}:${earlier.year}:${language}`,
  );
  const suppliers = comparison.suppliers.slice(0, rows);
  const hidden = comparison.suppliers.length - suppliers.length;
  const row = (supplier: SupplierChange) => (
    <tr key={supplier.exporter}>
      <th scope="row">{countryName(supplier.exporter)}</th>
      <td className="number">{value(supplier.earlier)}</td>
      <td className="number">{share(supplier.earlier)}</td>
      <td className="number">{value(supplier.later)}</td>
      <td className="number">{share(supplier.later)}</td>
      <td className="number">
        {supplier.valueChange === null ? notReported : formatSigned(supplier.valueChange, language)}
      </td>
      <td className="number">{points(supplier.shareChange)}</td>
    </tr>
  );
  return (
    <section ref={section} className="panel comparison" aria-labelledby={headingId}>
      <Heading id={headingId}>
        {t('exposure.comparison.title', {
          mineral,
          earlier: earlier.year,
          later: later.year,
        })}
      </Heading>
      <p className="subtitle">
        {slottedText(
          (marks) =>
            t('exposure.comparison.subtitle', {
              code: label,
              earlier: earlier.year,
              later: later.year,
              change:
                comparison.relativeTotalChange === null
                  ? t('common.na')
                  : formatChange(comparison.relativeTotalChange, language),
              ...marks,
            }),
          {
            earlierTotal: <ExactUsd {...total(earlier)} />,
            laterTotal: <ExactUsd {...total(later)} />,
          },
        )}
      </p>
      <div className="table-scroll">
        <table className="figures-table comparison-table">
          <thead>
            <tr>
              <th scope="col">{t('exposure.comparison.supplier')}</th>
              <th scope="col">{t('exposure.comparison.value', { year: earlier.year })}</th>
              <th scope="col">{t('exposure.comparison.share', { year: earlier.year })}</th>
              <th scope="col">{t('exposure.comparison.value', { year: later.year })}</th>
              <th scope="col">{t('exposure.comparison.share', { year: later.year })}</th>
              <th scope="col">{t('exposure.comparison.valueChange')}</th>
              <th scope="col">{t('exposure.comparison.shareChange')}</th>
            </tr>
          </thead>
          <tbody>{suppliers.map(row)}</tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('exposure.comparison.allSuppliers')}</th>
              <td className="number">{formatExact(earlier.total, language)}</td>
              <td className="number">{formatShare(1, language)}</td>
              <td className="number">{formatExact(later.total, language)}</td>
              <td className="number">{formatShare(1, language)}</td>
              <td className="number">{formatSigned(comparison.totalChange, language)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      {hidden > 0 ? (
        <p className="slide-note">{t('exposure.comparison.moreRows', { count: hidden })}</p>
      ) : null}
      {comparison.suppliers.some((supplier) => supplier.valueChange === null) ? (
        <p className="notes">{t('exposure.comparison.notReportedNote')}</p>
      ) : null}
      <SourceLine sourceIds={[later.source]} />
    </section>
  );
}
