import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { citation, citeSource } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { useTranslation } from 'react-i18next';
import { exposureScorecard, importYears, type MineralExposure } from '../../analytics/exposure';
import { partnersOf } from '../../analytics/partners';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import type { Language } from '../../domain/language';
import { formatNumber, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { ShareChart } from '../../components/share-chart';
import { supplierRows } from './supplier-rows';

/** How exposed the view-as country is: its imports by supplier, per mineral and trade code. */
export function ExposureView() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const viewAs = useAppState((state) => state.viewAs);
  const minerals = useAppState((state) => state.minerals);
  const language = useAppState((state) => state.language);
  const trade = useQuery(tradeQuery(useActiveModel()));
  const partners = useMemo(() => partnersOf(index.model.partnerships, viewAs), [index, viewAs]);
  const years = useMemo(
    () => (trade.data ? importYears(trade.data, viewAs) : []),
    [trade.data, viewAs],
  );
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year =
    chosenYear !== null && years.includes(chosenYear) ? chosenYear : (years.at(-1) ?? null);
  const scorecard = useMemo(
    () =>
      trade.data && year !== null
        ? exposureScorecard(trade.data, { importer: viewAs, year, partners })
        : [],
    [trade.data, viewAs, year, partners],
  );
  const yearId = useId();
  const countryName = (id: string) => localized(index.country(id)?.name, language, id);

  if (trade.isPending)
    return (
      <p role="status" className="loading">
        {t('exposure.loadingTrade')}
      </p>
    );
  if (trade.error)
    return (
      <p role="alert" className="model-problems">
        {t('errors.loadFailed', { message: trade.error.message })}
      </p>
    );

  const focused = scorecard.filter((exposure) => minerals.includes(exposure.mineral));
  return (
    <div className="exposure">
      <div className="view-heading">
        <h2>{t('exposure.title', { country: countryName(viewAs) })}</h2>
        {years.length > 0 ? (
          <div className="field inline">
            <label htmlFor={yearId}>{t('exposure.tradeYear')}</label>
            <select
              id={yearId}
              value={year ?? ''}
              onChange={(event) => setChosenYear(Number(event.target.value))}
            >
              {years.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {year === null || scorecard.length === 0 ? (
        <p className="empty-state">{t('exposure.noImports', { country: countryName(viewAs) })}</p>
      ) : (
        <>
          <Scorecard
            scorecard={scorecard}
            year={year}
            language={language}
            countryName={countryName}
          />
          <div className="stage-grid">
            {focused.map((exposure) => (
              <SupplierPanel
                key={`${exposure.mineral}-${exposure.code}`}
                exposure={exposure}
                partners={partners}
                language={language}
                countryName={countryName}
              />
            ))}
          </div>
          <p className="notes">{t('exposure.method')}</p>
        </>
      )}
    </div>
  );
}

function useCodeLabel(language: Language) {
  const index = useModelIndex();
  return (code: string) => {
    const tradeCode = index.model.tradeCodes.find((entry) => entry.code === code);
    return {
      label: localized(tradeCode?.label, language, `HS ${code}`),
      note: localized(tradeCode?.note, language),
    };
  };
}

function Scorecard({
  scorecard,
  year,
  language,
  countryName,
}: {
  scorecard: MineralExposure[];
  year: number;
  language: Language;
  countryName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const codeLabel = useCodeLabel(language);
  const sources = [...new Set(scorecard.flatMap((exposure) => exposure.sources))];
  const viewAs = useAppState((state) => state.viewAs);
  const title = t('exposure.scorecard', { year });
  return (
    <section className="panel" aria-labelledby="scorecard-heading">
      <h3 id="scorecard-heading">{title}</h3>
      <ExportButtons
        text={{ title, footer: [] }}
        csv={() => [
          [
            t('exposure.rank'),
            t('filters.minerals'),
            t('exposure.code'),
            `${t('exposure.imports')} (USD)`,
            t('exposure.topSupplier'),
            t('exposure.shareOfImports'),
            t('exposure.partnersShare'),
            t('exposure.supplierHhi'),
            t('table.source'),
          ],
          ...scorecard.map((exposure, rank) => [
            rank + 1,
            localized(index.mineral(exposure.mineral)?.name, language, exposure.mineral),
            codeLabel(exposure.code).label,
            exposure.total,
            exposure.top ? countryName(exposure.top.exporter) : t('common.na'),
            exposure.top ? formatShare(exposure.top.share, language) : t('common.na'),
            formatShare(exposure.partnersShare, language),
            Math.round(exposure.supplierHhi),
            exposure.sources.map((id) => citeSource(index, id)).join('; '),
          ]),
        ]}
        fileStem={`${viewAs}-exposure-${year}`}
      />
      <table className="figures-table">
        <thead>
          <tr>
            <th scope="col">{t('exposure.rank')}</th>
            <th scope="col">{t('filters.minerals')}</th>
            <th scope="col">{t('exposure.code')}</th>
            <th scope="col">{t('exposure.imports')}</th>
            <th scope="col">{t('exposure.topSupplier')}</th>
            <th scope="col">{t('exposure.partnersShare')}</th>
            <th scope="col">{t('exposure.supplierHhi')}</th>
          </tr>
        </thead>
        <tbody>
          {scorecard.map((exposure, rank) => (
            <tr key={`${exposure.mineral}-${exposure.code}`}>
              <td className="number">{rank + 1}</td>
              <th scope="row">
                {localized(index.mineral(exposure.mineral)?.name, language, exposure.mineral)}
              </th>
              <td>{codeLabel(exposure.code).label}</td>
              <td className="number">{formatNumber(exposure.total, language)} USD</td>
              <td>
                {exposure.top
                  ? `${countryName(exposure.top.exporter)} ${formatShare(exposure.top.share, language)}`
                  : t('common.na')}
              </td>
              <td className="number">{formatShare(exposure.partnersShare, language)}</td>
              <td className="number">{formatNumber(Math.round(exposure.supplierHhi), language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SourceLine sourceIds={sources} />
    </section>
  );
}

function SupplierPanel({
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
  const mineralName = localized(index.mineral(exposure.mineral)?.name, language, exposure.mineral);
  const headingId = `suppliers-${exposure.mineral}-${exposure.code}`;
  const title = t('exposure.suppliersTitle', { mineral: mineralName, year: exposure.year });
  const rows = supplierRows(exposure, { partners, language, t, countryName });
  const chartRef = useRef<HTMLDivElement>(null);
  const viewAs = useAppState((state) => state.viewAs);
  const subtitle = t('exposure.suppliersSubtitle', {
    code: label,
    total: formatNumber(exposure.total, language),
  });
  const footer = [
    ...exposure.sources.flatMap((id) => {
      const source = index.source(id);
      return source ? [`${t('source.label')}: ${citation(source, true)}`] : [];
    }),
    ...(note ? [note] : []),
  ];
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ExportButtons
        figure={chartRef}
        text={{ title, subtitle, footer }}
        csv={() => [
          [t('table.country'), 'USD', t('exposure.shareOfImports')],
          ...exposure.suppliers.map((supplier) => [
            countryName(supplier.exporter),
            supplier.value,
            formatShare(supplier.share, language),
          ]),
        ]}
        fileStem={`${viewAs}-${exposure.mineral}-${exposure.code}-${exposure.year}-imports`}
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
              country: countryName(exposure.top.exporter),
              share: formatShare(exposure.top.share, language),
            })}
          </li>
        ) : null}
        <li>
          {t('exposure.fromPartners', { share: formatShare(exposure.partnersShare, language) })}
        </li>
      </ul>
      <div ref={chartRef}>
        <ShareChart
          rows={rows}
          title={`${title}. ${rows.map((row) => `${row.label} ${row.shareLabel}`).join(', ')}`}
        />
      </div>
      {note ? <p className="notes">{note}</p> : null}
      <SourceLine sourceIds={exposure.sources} />
    </section>
  );
}
