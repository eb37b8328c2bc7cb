import { citeSource } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { useTranslation } from 'react-i18next';
import { type MineralExposure } from '../../analytics/exposure';
import { otherAsiaNote } from '../../components/country-name';
import { SourceLine } from '../../components/source-line';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import { formatNumber, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { ExactUsd } from './exact-usd';
import { exposureKey, useCodeLabel, useMineralNames, usePartialCoverage } from './exposure-labels';

/** The minerals ranked by reliance on a single supplier: one row per trade code and table. */
export function Scorecard({
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
            t('figureExport.fractionColumn', { column: t('exposure.shareOfImports') }),
            t('figureExport.fractionColumn', { column: t('exposure.partnersShare') }),
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
            exposure.top?.share ?? null,
            exposure.partnersShare,
            // A lower bound stays a bound in the file too ("at least 5,000"), never a bare number.
            exposure.supplierHhiIsLowerBound
              ? t('bounds.atLeast', { value: Math.round(exposure.supplierHhi) })
              : Math.round(exposure.supplierHhi),
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
              <td className="number">
                <ExactUsd
                  value={exposure.total}
                  year={exposure.year}
                  source={exposure.source}
                  language={language}
                />
              </td>
              <td>
                {exposure.top
                  ? `${countryName(exposure.top.exporter)} ${formatShare(exposure.top.share, language)}`
                  : t('common.na')}
              </td>
              <td className="number">{formatShare(exposure.partnersShare, language)}</td>
              <td className="number">
                {exposure.supplierHhiIsLowerBound
                  ? t('bounds.atLeast', {
                      value: formatNumber(Math.round(exposure.supplierHhi), language),
                    })
                  : formatNumber(Math.round(exposure.supplierHhi), language)}
              </td>
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
