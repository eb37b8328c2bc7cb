import { useRef } from 'react';
import { citation } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { useTranslation } from 'react-i18next';
import { UNNAMED_PARTNERS } from '../../domain/trade-partners';
import { type MineralExposure } from '../../analytics/exposure';
import { otherAsiaNote } from '../../components/country-name';
import { SourceLine } from '../../components/source-line';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import { formatNumber, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { ShareChart } from '../../components/share-chart';
import { supplierRows } from './supplier-rows';
import { exposureKey, useCodeLabel, useMineralNames, usePartialCoverage } from './exposure-labels';

/** One row of the exposure: the view-as country's imports by supplier, with what they rest on. */
export function SupplierPanel({
  exposure,
  partners,
  language,
  countryName,
}: {
  exposure: MineralExposure;
  partners: string[];
  language: Language;
  countryName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const { label, note } = useCodeLabel(language)(exposure.code);
  const mineralName = useMineralNames(language)(exposure);
  const headingId = `suppliers-${exposureKey(exposure)}`;
  const title = t('exposure.suppliersTitle', { mineral: mineralName, year: exposure.year });
  const rows = supplierRows(exposure, { partners, language, t, countryName });
  const chartRef = useRef<HTMLDivElement>(null);
  const viewAs = useAppState((state) => state.viewAs);
  const partialNote = usePartialCoverage(language)(exposure, countryName(viewAs));
  const taiwanNote = otherAsiaNote(
    exposure.suppliers.map((supplier) => supplier.exporter),
    t,
  );
  const subtitle = t('exposure.suppliersSubtitle', {
    code: label,
    total: formatNumber(exposure.total, language),
  });
  const source = index.source(exposure.source);
  const footer = [
    ...(source ? [`${t('source.label')}: ${citation(source, true)}`] : []),
    ...(partialNote ? [partialNote] : []),
    ...(note ? [note] : []),
    ...(taiwanNote ? [taiwanNote] : []),
  ];
  const unnamed = exposure.suppliers.find((supplier) => supplier.exporter === UNNAMED_PARTNERS);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ExportButtons
        figure={chartRef}
        text={{ title, subtitle, footer }}
        csv={() => [
          [
            t('table.country'),
            t('table.value'),
            t('table.unit'),
            t('figureExport.importShareColumn'),
          ],
          ...exposure.suppliers.map((supplier) => [
            countryName(supplier.exporter),
            supplier.value,
            'USD',
            supplier.share,
          ]),
        ]}
        fileStem={`${viewAs}-${exposureKey(exposure)}-${exposure.year}-imports`}
      />
      <p className="subtitle">
        {t('exposure.suppliersSubtitle', {
          code: label,
          total: formatNumber(exposure.total, language),
        })}
      </p>
      <ul className="readout">
        {exposure.top ? (
          <li>
            {t('exposure.reliance', {
              code: exposure.code === null ? t('exposure.noCode') : `HS ${exposure.code}`,
              country: countryName(exposure.top.exporter),
              share: formatShare(exposure.top.share, language),
            })}
          </li>
        ) : unnamed ? (
          <li>{t('unnamedPartners.noLargest', { share: formatShare(unnamed.share, language) })}</li>
        ) : null}
        <li>
          {t('exposure.fromPartners', { share: formatShare(exposure.partnersShare, language) })}
        </li>
        {partialNote ? <li>{partialNote}</li> : null}
      </ul>
      <div ref={chartRef}>
        <ShareChart
          rows={rows}
          title={`${title}. ${rows.map((row) => `${row.label} ${row.shareLabel}`).join(', ')}`}
        />
      </div>
      {note ? <p className="notes">{note}</p> : null}
      {taiwanNote ? <p className="notes">{taiwanNote}</p> : null}
      <SourceLine sourceIds={[exposure.source]} />
    </section>
  );
}
