import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { citation, citeSource } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { useTranslation } from 'react-i18next';
import { exposureScorecard, importYears, type MineralExposure } from '../../analytics/exposure';
import { partnersOf } from '../../analytics/partners';
import { otherAsiaNote } from '../../components/country-name';
import { useCountryName } from '../../components/use-names';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import type { Language } from '../../domain/language';
import { formatList, formatNumber, formatShare } from '../../lib/format';
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
        ? exposureScorecard(trade.data, {
            importer: viewAs,
            year,
            partners,
            tradeCodes: index.model.tradeCodes,
          })
        : [],
    [trade.data, viewAs, year, partners, index],
  );
  const yearId = useId();
  const countryName = useCountryName();

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

  const focused = scorecard.filter((exposure) =>
    exposure.minerals.some((mineral) => minerals.includes(mineral)),
  );
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
                key={exposureKey(exposure)}
                exposure={exposure}
                partners={partners}
                language={language}
                countryName={countryName}
              />
            ))}
          </div>
          <UntradedMinerals minerals={minerals} language={language} />
          <p className="notes">{t('exposure.method')}</p>
        </>
      )}
    </div>
  );
}

const exposureKey = (exposure: MineralExposure) =>
  [...exposure.minerals, exposure.code ?? 'no-code', exposure.source].join('-');

/** A code's label, always with the code itself in it, so every figure says what it rests on. */
function useCodeLabel(language: Language) {
  const index = useModelIndex();
  const { t } = useTranslation();
  return (code: string | null) => {
    if (code === null) return { label: t('exposure.noCode'), note: '' };
    const tradeCode = index.model.tradeCodes.find((entry) => entry.code === code);
    const label = localized(tradeCode?.label, language, '');
    return {
      label: label.includes(code) ? label : [label, `(HS ${code})`].filter(Boolean).join(' '),
      note: localized(tradeCode?.note, language),
    };
  };
}

/** "Gallium, germanium" for a code filed under both. */
function useMineralNames(language: Language) {
  const index = useModelIndex();
  return (exposure: MineralExposure) =>
    formatList(
      exposure.minerals.map((mineral) =>
        localized(index.mineral(mineral)?.name, language, mineral),
      ),
      language,
    );
}

/** Why a figure covers only part of a mineral's trade, or nothing when it covers all of it. */
function usePartialCoverage(language: Language) {
  const { t } = useTranslation();
  const mineralNames = useMineralNames(language);
  const codes = (list: readonly string[]) =>
    formatList(
      list.map((code) => `HS ${code}`),
      language,
    );
  return (exposure: MineralExposure, country: string) =>
    exposure.missingCodes.length === 0
      ? null
      : t('exposure.partialCoverage', {
          minerals: mineralNames(exposure),
          held: exposure.code === null ? t('exposure.noCode') : codes([exposure.code]),
          missing: codes(exposure.missingCodes),
          country,
          year: exposure.year,
        });
}

/** Minerals no trade code of the model isolates (dysprosium, terbium): why they have no rows. */
function UntradedMinerals({ minerals, language }: { minerals: string[]; language: Language }) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const untraded = minerals.filter(
    (mineral) => !index.model.tradeCodes.some((code) => code.minerals.includes(mineral)),
  );
  return untraded.map((mineral) => {
    const englishName = index.mineral(mineral)?.name.en ?? mineral;
    // A code whose note names the element is where its trade sits, mixed with other goods.
    const carriers = index.model.tradeCodes
      .filter((code) => code.note?.en.toLowerCase().includes(englishName.toLowerCase()))
      .map((code) => `HS ${code.code}`);
    const mineralName = localized(index.mineral(mineral)?.name, language, mineral);
    return (
      <p key={mineral} className="notes">
        {carriers.length > 0
          ? t('exposure.untradedInside', {
              mineral: mineralName,
              codes: formatList(carriers, language),
            })
          : t('exposure.untraded', { mineral: mineralName })}
      </p>
    );
  });
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
  const mineralNames = useMineralNames(language);
  const partialCoverage = usePartialCoverage(language);
  const sources = [...new Set(scorecard.map((exposure) => exposure.source))];
  const viewAs = useAppState((state) => state.viewAs);
  const coverage = (exposure: MineralExposure) =>
    partialCoverage(exposure, countryName(viewAs)) ?? t('exposure.fullCoverage');
  const taiwanNote = otherAsiaNote(
    scorecard.flatMap((exposure) => (exposure.top ? [exposure.top.exporter] : [])),
    t,
  );
  const notes = [
    ...scorecard.flatMap((exposure) => {
      const note = partialCoverage(exposure, countryName(viewAs));
      return note ? [note] : [];
    }),
    ...(taiwanNote ? [taiwanNote] : []),
  ];
  const title = t('exposure.scorecard', { year });
  return (
    <section className="panel" aria-labelledby="scorecard-heading">
      <h3 id="scorecard-heading">{title}</h3>
      <ExportButtons
        text={{ title, footer: notes }}
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
            t('exposure.coverage'),
            t('table.source'),
          ],
          ...scorecard.map((exposure, rank) => [
            rank + 1,
            mineralNames(exposure),
            codeLabel(exposure.code).label,
            exposure.total,
            exposure.top ? countryName(exposure.top.exporter) : t('common.na'),
            exposure.top ? formatShare(exposure.top.share, language) : t('common.na'),
            formatShare(exposure.partnersShare, language),
            Math.round(exposure.supplierHhi),
            coverage(exposure),
            citeSource(index, exposure.source),
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
            <tr key={exposureKey(exposure)}>
              <td className="number">{rank + 1}</td>
              <th scope="row">
                {mineralNames(exposure)}
                {exposure.missingCodes.length > 0 ? (
                  <span className="coverage-mark"> ({t('exposure.partialMark')})</span>
                ) : null}
              </th>
              <td>
                {codeLabel(exposure.code).label}
                {/* Two tables can cover one code (BACI, and the importer's own Comtrade figures). */}
                {sources.length > 1
                  ? ` · ${index.source(exposure.source)?.title ?? exposure.source}`
                  : null}
              </td>
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
      {notes.map((note) => (
        <p key={note} className="notes">
          {note}
        </p>
      ))}
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
