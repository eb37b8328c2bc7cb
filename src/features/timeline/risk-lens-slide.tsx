import { useTranslation } from 'react-i18next';
import type { RelianceReading } from '../../analytics/import-reliance';
import { CRMA_SINGLE_SUPPLIER_CEILING, type SupplyRiskScore } from '../../analytics/supply-risk';
import type { CodeRisk } from '../../analytics/supply-risk-lens';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useMineralName, useTradeCodeLabel } from '../../components/use-names';
import type { Language } from '../../domain/language';
import type { Stage } from '../../domain/model-schema';
import { formatDate, formatExact, formatList, formatShare } from '../../lib/format';
import { GaugeReading, useRiskColumns, useRiskLenses, type RiskColumn } from './supply-risk-panel';

/**
 * Rows the slide has room for under an event and its details: the first reading, the view-as
 * country's for the first mineral. Readings past it are counted in the caption, which sends the
 * reader to the view, never dropped without a word.
 */
export const LENS_ROWS_ON_SLIDE = 1;

interface LensRow {
  key: string;
  mineral: string;
  column: RiskColumn;
  reliance: RelianceReading;
  /** Null when the column records no imports of the mineral. */
  code: CodeRisk | null;
}

/**
 * The supply-risk lens as the timeline's slide carries it: for each mineral, column the view shows
 * (the view-as country, then those chosen) and trade code, the largest single supplier against the
 * EU's 65 % benchmark, the net import reliance as published and the EU-formula score, n/a with its
 * reason in short, every source cited in full. Nothing on it can be operated.
 */
export function RiskLensSlide({
  minerals,
  stage,
  asOf,
  language,
}: {
  minerals: string[];
  stage: Stage;
  asOf: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const columns = useRiskColumns();
  const lenses = useRiskLenses({ minerals, stage, columns, asOf });
  const mineralName = useMineralName();
  const codeLabel = useTradeCodeLabel();
  const date = formatDate(asOf, language);
  const na = t('common.na');
  if (lenses.some((lens) => lens.readings === null))
    return (
      <p className="loading" role="status">
        {t('exposure.loadingTrade')}
      </p>
    );
  const rows: LensRow[] = lenses.flatMap(({ mineral, readings }) =>
    readings!.flatMap((reading, i) => {
      const column = columns[i]!;
      const row = (code: CodeRisk | null): LensRow => ({
        key: `${mineral}:${column.id}:${code?.gauge.code ?? ''}`,
        mineral,
        column,
        reliance: reading.reliance,
        code,
      });
      return reading.codes.length === 0 ? [row(null)] : reading.codes.map(row);
    }),
  );
  const shown = rows.slice(0, LENS_ROWS_ON_SLIDE);
  const relianceText = (reading: RelianceReading, column: RiskColumn) => {
    if (reading.kind !== 'published')
      return `${na}${t('dataText.labelSeparator')}${t(
        `timelineFold.relianceGap.${reading.reason}`,
        {
          country: column.name,
          years: formatList(reading.years.map(String), language),
        },
      )}`;
    const { record } = reading;
    const percent = record.value === null ? na : formatShare(record.value / 100, language);
    return [
      record.bound === 'lower' ? t('bounds.moreThan', { value: percent }) : percent,
      t('risk.relianceYear', { year: record.year }),
      record.status === 'estimated' ? t('risk.estimated') : '',
      localized(record.subject, language),
    ]
      .filter(Boolean)
      .join(' ');
  };
  const scoreText = (score: SupplyRiskScore) => {
    if (score.value === null)
      return `${na}${t('dataText.labelSeparator')}${t('risk.scoreMissing', {
        components: formatList(
          score.missing.map((gap) => t(`risk.scoreGap.${gap}`)),
          language,
        ),
      })}`;
    const value = formatExact(Number(score.value.toFixed(2)), language);
    return score.atLeast ? t('bounds.atLeast', { value }) : value;
  };
  const sources = [
    ...new Set(
      shown.flatMap((row) => {
        const lens = lenses.find((candidate) => candidate.mineral === row.mineral)!;
        return [
          ...(row.code?.gauge.sources ?? []),
          ...(row.reliance.kind === 'published' ? [row.reliance.record.source] : []),
          // The score weighs world supply by governance: cited where a score is shown.
          ...(row.code?.score.value != null
            ? [...(lens.worldSource ? [lens.worldSource] : []), ...lens.wgiSources]
            : []),
        ];
      }),
    ),
  ];
  return (
    <section className="slide-risk" aria-label={t('timelineFold.slideLabel', { date })}>
      <table className="figures-table">
        <caption>
          {t(
            rows.length > shown.length
              ? 'timelineFold.slideCaptionPart'
              : 'timelineFold.slideCaption',
            {
              minerals: formatList(minerals.map(mineralName), language),
              stage: t(`stageInSentence.${stage}`),
              date,
              shown: shown.length,
              count: rows.length,
            },
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('timelineFold.importer')}</th>
            <th scope="col">
              {t('timelineFold.gaugeHeading', {
                ceiling: formatShare(CRMA_SINGLE_SUPPLIER_CEILING, language),
              })}
            </th>
            <th scope="col">{t('risk.reliance')}</th>
            <th scope="col">{t('controls.risk.score')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {minerals.length > 1 ? `${mineralName(row.mineral)} · ` : ''}
                {row.column.name}
                {row.column.isViewAs ? (
                  <span className="notes"> {t('risk.viewAsMark')}</span>
                ) : null}
                {row.code ? (
                  <span className="notes block">{codeLabel(row.code.gauge.code)}</span>
                ) : null}
              </th>
              <td>
                {row.code ? (
                  <GaugeReading gauge={row.code.gauge} language={language} />
                ) : (
                  t('timelineFold.noImports', { mineral: mineralName(row.mineral) })
                )}
              </td>
              <td>{relianceText(row.reliance, row.column)}</td>
              <td>{row.code ? scoreText(row.code.score) : na}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SourceLine sourceIds={sources} />
    </section>
  );
}
