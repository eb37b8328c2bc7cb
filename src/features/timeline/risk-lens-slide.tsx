import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelianceReading } from '../../analytics/import-reliance';
import { CRMA_SINGLE_SUPPLIER_CEILING, type SupplyRiskScore } from '../../analytics/supply-risk';
import type { CodeRisk } from '../../analytics/supply-risk-lens';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useSlideFit } from '../../components/use-slide-fit';
import { useMineralName, useTradeCodeLabel } from '../../components/use-names';
import type { Language } from '../../domain/language';
import { formatDate, formatExact, formatList, formatShare } from '../../lib/format';
import {
  GaugeReading,
  useLensStages,
  useRiskColumns,
  useRiskLenses,
  type RiskColumn,
} from './supply-risk-panel';

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
 * reason in short, the sources of what is shown cited in full. Nothing on it can be operated.
 * Readings go on in the order of the view's table for as long as the stage holds them; when some
 * are left off, the heading says how many are shown of how many, all in the view. A slide with no
 * room for even one (an export control's, with its trade before and after) keeps the heading only,
 * one line: "0 of 1 readings, all in the view".
 */
export function RiskLensSlide({
  minerals,
  asOf,
  language,
}: {
  minerals: string[];
  asOf: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const columns = useRiskColumns();
  const stages = useLensStages(minerals);
  const lenses = useRiskLenses({ minerals, stages, columns, asOf });
  const mineralName = useMineralName();
  const codeLabel = useTradeCodeLabel();
  const date = formatDate(asOf, language);
  const na = t('common.na');
  const loaded = lenses.every((lens) => lens.readings !== null);
  const rows: LensRow[] = lenses.flatMap(({ mineral, readings }) =>
    (readings ?? []).flatMap((reading, i) => {
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
  // As many readings as the stage holds under the event, from the first (the view-as country's):
  // measured before paint, one reading less each time, until the stage holds them or none is left.
  const { limit, box: section } = useSlideFit<HTMLElement>(
    rows.length,
    rows.map((row) => row.key).join('|') + stages.join(),
    loaded,
  );
  const shown = rows.slice(0, limit);
  const relianceText = (reading: RelianceReading, column: RiskColumn) => {
    if (reading.kind !== 'published')
      return t('timelineFold.naBecause', {
        reason: t(`timelineFold.relianceGap.${reading.reason}`, {
          country: column.name,
          years: formatList(reading.years.map(String), language),
        }),
      });
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
      return t('timelineFold.naBecause', {
        reason: t('risk.scoreMissing', {
          components: formatList(
            score.missing.map((gap) => t(`risk.scoreGap.${gap}`)),
            language,
          ),
        }),
      });
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
  if (!loaded)
    return (
      <p className="loading" role="status">
        {t('exposure.loadingTrade')}
      </p>
    );
  const sentence = (label: string, value: ReactNode, key: string) => (
    <span key={key}>
      {label}
      {t('dataText.labelSeparator')}
      {value}
      {t('timelineFold.sentenceEnd')}
    </span>
  );
  return (
    <section
      ref={section}
      className="slide-risk"
      aria-label={t('timelineFold.slideLabel', { date })}
    >
      <h2>
        {t(
          rows.length > shown.length
            ? 'timelineFold.slideCaptionPart'
            : 'timelineFold.slideCaption',
          {
            // The minerals read at one stage together: "Gallium and germanium refining, graphite mining".
            lenses: formatList(
              [...new Set(stages)].map((stage) =>
                t('riskLensDefault.mineralStage', {
                  mineral: formatList(
                    minerals.filter((_, i) => stages[i] === stage).map(mineralName),
                    language,
                  ),
                  stage: t(`stageInSentence.${stage}`),
                }),
              ),
              language,
            ),
            date,
            shown: shown.length,
            count: rows.length,
          },
        )}
      </h2>
      {shown.map((row) => (
        <p key={row.key} className="slide-risk-reading">
          <strong>
            {minerals.length > 1 ? `${mineralName(row.mineral)} · ` : ''}
            {row.column.name}
            {row.column.isViewAs ? ` ${t('risk.viewAsMark')}` : ''}
            {row.code ? `${t('timelineFold.codeSeparator')}${codeLabel(row.code.gauge.code)}` : ''}
            {t('timelineFold.sentenceEnd')}
          </strong>
          {sentence(
            t('timelineFold.gaugeHeading', {
              ceiling: formatShare(CRMA_SINGLE_SUPPLIER_CEILING, language),
            }),
            row.code ? (
              <GaugeReading gauge={row.code.gauge} language={language} />
            ) : (
              t('timelineFold.noImports', { mineral: mineralName(row.mineral) })
            ),
            'gauge',
          )}
          {sentence(t('risk.reliance'), relianceText(row.reliance, row.column), 'reliance')}
          {sentence(t('controls.risk.score'), row.code ? scoreText(row.code.score) : na, 'score')}
        </p>
      ))}
      <SourceLine sourceIds={sources} />
    </section>
  );
}
