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
import { formatCompact, formatExact, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { ShareChart } from '../../components/share-chart';
import { slottedText } from '../../components/slotted-text';
import { useSlideFrame } from '../../components/slide-frame';
import { supplierLegend, supplierRows } from './supplier-rows';
import { ExactUsd } from './exact-usd';
import { exposureKey, useCodeLabel, useMineralNames, usePartialCoverage } from './exposure-labels';

/** One row of the exposure: the view-as country's imports by supplier, with what they rest on. */
export function SupplierPanel({
  exposure,
  partners,
  highlighted,
  language,
  countryName,
}: {
  exposure: MineralExposure;
  partners: string[];
  highlighted: string[];
  language: Language;
  countryName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const { label, note } = useCodeLabel(language)(exposure.code);
  const mineralName = useMineralNames(language)(exposure);
  const headingId = `suppliers-${exposureKey(exposure)}`;
  const title = t('exposure.suppliersTitle', { mineral: mineralName, year: exposure.year });
  const viewAs = useAppState((state) => state.viewAs);
  const context = {
    partners,
    highlighted,
    viewAsName: countryName(viewAs),
    language,
    t,
    countryName,
  };
  const rows = supplierRows(exposure, context);
  const legend = supplierLegend(rows, context);
  const chartRef = useRef<HTMLDivElement>(null);
  const frame = useSlideFrame();
  // Under the slide's title (h1) on a slide, under the view's heading (h2) on the screen.
  const Heading = frame ? 'h2' : 'h3';
  const partialNote = usePartialCoverage(language)(exposure, countryName(viewAs));
  const taiwanNote = otherAsiaNote(
    exposure.suppliers.map((supplier) => supplier.exporter),
    t,
  );
  const subtitle = t('exposure.suppliersSubtitle', {
    code: label,
    total: t('exposure.usd', { value: formatCompact(exposure.total, language) }),
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
      <Heading id={headingId}>{title}</Heading>
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
        {slottedText((marks) => t('exposure.suppliersSubtitle', { code: label, ...marks }), {
          total: (
            <ExactUsd
              value={exposure.total}
              year={exposure.year}
              source={exposure.source}
              language={language}
            />
          ),
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
        <ul className="legend" aria-label={t('exposure.legend.title')}>
          {legend.map((entry) => (
            <li key={entry.color}>
              <span
                className="swatch bar-swatch"
                style={{ background: entry.color }}
                aria-hidden="true"
              />
              {entry.label}
            </li>
          ))}
        </ul>
      </div>
      {frame ? null : (
        <details className="trend-table">
          <summary>{t('table.show')}</summary>
          <table className="figures-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.country')}</th>
                <th scope="col">{t('table.value')} (USD)</th>
                <th scope="col">{t('exposure.shareOfImports')}</th>
              </tr>
            </thead>
            <tbody>
              {exposure.suppliers.map((supplier) => (
                <tr key={supplier.exporter}>
                  <th scope="row">{countryName(supplier.exporter)}</th>
                  <td className="number">{formatExact(supplier.value, language)}</td>
                  <td className="number">{formatShare(supplier.share, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {note ? <p className="notes">{note}</p> : null}
      {taiwanNote ? <p className="notes">{taiwanNote}</p> : null}
      <SourceLine sourceIds={[exposure.source]} />
    </section>
  );
}
