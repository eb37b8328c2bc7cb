import { useRef, useState } from 'react';
import { citeSource, sourceLines } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../components/use-names';
import { SourceLine } from '../../components/source-line';
import { useModelIndex } from '../../data/model-context';
import type { Measure } from '../../domain/model-schema';
import { SHARE_OF_WORLD_UNIT } from '../../domain/units';
import type { Language } from '../../domain/language';
import { formatList, formatNumber } from '../../lib/format';
import { chartRows } from './chart-rows';
import { FiguresTable } from './figures-table';
import { groupNotes } from './record-notes';
import type { StageConcentration } from './mineral-concentration';
import { boundedText } from '../../components/bounded-text';
import { ShareChart } from '../../components/share-chart';
import { SecondOpinions } from './second-opinions';
import { AlternativeReadings, Readout } from './stage-readout';
import { unitName } from '../../components/unit-name';

interface StagePanelProps {
  mineral: string;
  mineralName: string;
  measure: Measure;
  year: number;
  figures: StageConcentration;
  highlighted: string[];
  viewAs: string;
  language: Language;
  selected: boolean;
}

/** One stage of one mineral: who holds what share of the world total, with read-out, notes and sources. */
export function StagePanel(props: StagePanelProps) {
  const { mineral, mineralName, measure, year, figures, highlighted, viewAs, language, selected } =
    props;
  const { t } = useTranslation();
  const index = useModelIndex();
  const [showTable, setShowTable] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  const stageName = t(`stageInSentence.${measure}`);
  const title = t('concentration.chartTitle', { mineral: mineralName, stage: stageName, year });
  const headingId = `panel-${mineral}-${measure}`;
  const { breakdown } = figures;
  const total = breakdown.worldTotal;
  const countryName = useCountryName();
  const className = `panel stage-panel${selected ? ' is-selected' : ''}`;

  if (breakdown.countries.length === 0 && !total) {
    return (
      <section className={className} aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        <p className="empty-state">
          {t('concentration.noFigures', { mineral: mineralName, stage: stageName, year })}
        </p>
      </section>
    );
  }

  const sourceName = (id: string) => citeSource(index, id);
  const rows = chartRows(breakdown, { highlighted, viewAs, language, t, countryName, sourceName });
  const unknown = breakdown.countries.filter((row) => row.value === null);
  const hasEstimates = breakdown.countries.some((row) => row.status === 'estimated');
  const hasProxies = breakdown.countries.some((row) => row.status === 'proxy');
  const recordNotes = groupNotes(total, breakdown.countries, language);
  const bounded = boundedText(breakdown, language, t);
  const boundNotes = [
    ...(breakdown.shareBound === 'at-most' ? [t('concentration.atMostNote')] : []),
    ...(breakdown.listedExceedTotal && total
      ? [
          t('concentration.listedExceedTotal', {
            listed: formatNumber(breakdown.listedExceedTotal.listed, language),
            total: formatNumber(breakdown.listedExceedTotal.total, language),
            unit: unitName(total.unit, t),
          }),
        ]
      : []),
  ];
  const subtitle =
    total?.unit === SHARE_OF_WORLD_UNIT
      ? t('concentration.subtitleShares')
      : total?.status === 'proxy'
        ? t('concentration.subtitleProxy', { mineral: mineralName })
        : total && total.value !== null
          ? t('concentration.subtitle', {
              total: bounded.value(total.value, total.bound),
              unit: unitName(total.unit, t),
            })
          : t('concentration.subtitleNoTotal', {
              status: t(`status.${total?.status ?? 'not-available'}`),
            });
  const noteLines = [
    ...boundNotes,
    ...(hasEstimates ? [t('concentration.estimatedMark')] : []),
    ...(hasProxies ? [t('concentration.proxyMark')] : []),
    ...recordNotes.map((note) =>
      note.countries.length > 0
        ? `${formatList(note.countries.map(countryName), language)}${t('dataText.labelSeparator')}${note.text}`
        : note.text,
    ),
  ];
  const sources = sourceLines(index, figures.sourceIds, t('source.label'));
  // Numbers stay numbers (share as a fraction of the world total); how the publisher bounds a
  // figure ("more than", "at most") has its own column, so a spreadsheet can add the shares up.
  const atMost = breakdown.shareBound === 'at-most';
  const csvRows = () => [
    [
      t('table.country'),
      t('table.value'),
      t('table.unit'),
      t('figureExport.shareColumn'),
      t('figureExport.boundColumn'),
      t('table.status'),
      t('table.source'),
    ],
    ...breakdown.countries.map((row) => [
      countryName(row.country),
      row.value,
      unitName(row.unit, t),
      row.share,
      atMost && row.share !== null ? t('figureExport.atMost') : '',
      t(`status.${row.status}`),
      sourceName(row.source),
    ]),
    ...(breakdown.unattributed && total
      ? [
          [
            t('concentration.other'),
            breakdown.unattributed.value,
            unitName(total.unit, t),
            breakdown.unattributed.share,
            atMost ? t('figureExport.atLeast') : '',
            t('table.derived'),
            sourceName(total.source),
          ],
        ]
      : []),
    ...(total
      ? [
          [
            t('table.worldTotal'),
            total.value,
            unitName(total.unit, t),
            '',
            total.bound === 'lower' ? t('figureExport.moreThan') : '',
            t(`status.${total.status}`),
            sourceName(total.source),
          ],
        ]
      : []),
  ];

  return (
    <section className={className} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="subtitle">{subtitle}</p>
      <Readout
        figures={figures}
        language={language}
        countryName={countryName}
        measure={measure}
        viewAs={viewAs}
      />
      <div className="panel-tools">
        <ExportButtons
          figure={showTable ? undefined : chartRef}
          text={{ title, subtitle, footer: [...sources, ...noteLines] }}
          csv={csvRows}
          fileStem={`${mineral}-${measure}-${year}-shares`}
        />
        <button
          type="button"
          className="view-toggle"
          aria-pressed={showTable}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('table.hide') : t('table.show')}
        </button>
      </div>
      {showTable ? (
        <FiguresTable breakdown={breakdown} caption={title} language={language} />
      ) : (
        <div ref={chartRef}>
          <ShareChart
            rows={rows}
            title={`${title}. ${rows.map((row) => `${row.label} ${row.shareLabel}`).join(', ')}`}
          />
        </div>
      )}
      <div className="notes">
        {boundNotes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        {hasEstimates ? <p>{t('concentration.estimatedMark')}</p> : null}
        {hasProxies ? <p>{t('concentration.proxyMark')}</p> : null}
        {unknown.length > 0 ? (
          <p>
            {t('concentration.unknownValues', {
              status: formatList(
                [...new Set(unknown.map((row) => t(`status.${row.status}`)))],
                language,
              ),
              countries: formatList(
                unknown.map((row) => countryName(row.country)),
                language,
              ),
            })}
          </p>
        ) : null}
        {recordNotes.map((recordNote) => (
          <p key={recordNote.text}>
            {recordNote.countries.length > 0
              ? `${formatList(recordNote.countries.map(countryName), language)}${t('dataText.labelSeparator')}`
              : null}
            <span lang={recordNote.lang}>{recordNote.text}</span>
          </p>
        ))}
      </div>
      <SourceLine sourceIds={figures.sourceIds} />
      <AlternativeReadings
        mineral={mineral}
        measure={measure}
        year={year}
        caption={title}
        language={language}
      />
      <SecondOpinions mineral={mineral} measure={measure} language={language} />
    </section>
  );
}
