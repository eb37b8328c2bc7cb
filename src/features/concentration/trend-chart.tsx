import { useId, useRef } from 'react';
import { ExportButtons } from '../../components/export-buttons';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { HHI_HIGH_ABOVE, HHI_MODERATE_FROM } from '../../analytics/concentration';
import type { TrendPoint, TrendSegment } from '../../analytics/trend';
import { sourceLines } from '../../components/citation';
import { MountInTurn } from '../../components/mount-in-turn';
import { useModelIndex } from '../../data/model-context';
import { WithPublishedPart } from '../../components/published-part';
import { PALETTE } from '../../components/palette';
import type { Measure } from '../../domain/model-schema';
import type { Language } from '../../domain/language';
import { formatDate, formatList, formatNumber, formatShare } from '../../lib/format';
import { splitAtAxisEnd } from '../../analytics/trend-controls';
import { atMostYears, pointOfLine, trendLayout, type TrendLine, type TrendRow } from './trend-data';
import { useAppState } from '../../store/store-context';
import { TREND_METRICS } from '../../store/view-settings';

/** Top-1 share or HHI per stage over the years, projections dashed and named as such. */
export function TrendChart({
  mineral,
  mineralName,
  trends,
  events,
  language,
}: {
  /** The mineral's id, for file names. */
  mineral: string;
  mineralName: string;
  trends: Partial<Record<Measure, TrendPoint[]>>;
  /** Export controls to mark on the time axis, at their date as a fraction of the year. */
  events: { id: string; at: number; date: string; label: string }[];
  language: Language;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const metric = useAppState((state) => state.settings.trendMetric);
  const setViewSetting = useAppState((state) => state.setViewSetting);
  const chartRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const { rows, lines, breaks } = trendLayout(trends, metric);
  if (rows.length === 0) return null;
  const lastYear = rows.at(-1)!.year;
  // A control dated past the last year has no place on the axis: it is marked at its end instead.
  const { onAxis, afterEnd } = splitAtAxisEnd(events, lastYear);
  const afterEndNote =
    afterEnd.length > 0
      ? t('timeline.afterTrendNote', {
          year: lastYear,
          events: afterEnd.map((event) => event.label).join('; '),
        })
      : null;
  const format = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('common.na')
      : metric === 'hhi'
        ? formatNumber(Math.round(value), language)
        : formatShare(value, language);
  /** A share against a world total published as "more than …" is at most the one drawn. */
  const formatOnLine = (line: TrendLine | undefined, year: number, value: number | null) =>
    metric === 'top1Share' &&
    value !== null &&
    line &&
    pointOfLine(line, year)?.shareBound === 'at-most'
      ? t('bounds.atMost', { value: format(value) })
      : format(value);
  const publicationName = (segment: TrendSegment) =>
    [segment.publication.publisher, segment.publication.title].filter(Boolean).join(', ');
  const lineLabel = (line: TrendLine, publication = publicationName(line.segment)) => {
    const label = t('concentration.trend.segment', {
      stage: t(`stage.${line.measure}`),
      publication,
    });
    return line.projected ? t('concentration.trend.projected', { line: label }) : label;
  };
  const hasProjections = lines.some((line) => line.projected);
  const title = t(`concentration.trend.title.${metric}`, { mineral: mineralName });
  const cellValue = (row: TrendRow, line: TrendLine) => {
    const value = row[line.dataKey];
    if (value === undefined) return '';
    if (!line.projected) return value;
    // The projected line starts on the last observed point; the table gives that figure once.
    const lastObserved = line.segment.points.filter((point) => !point.projected).at(-1);
    return lastObserved?.year === row.year ? '' : value;
  };
  const cellText = (row: TrendRow, line: TrendLine) => {
    const value = cellValue(row, line);
    if (value === '') return '';
    return line.projected
      ? `${format(value)} (${t('concentration.trend.projectionShort')})`
      : formatOnLine(line, row.year, value);
  };
  const columnLabel = (line: TrendLine) =>
    metric === 'hhi'
      ? lineLabel(line)
      : t('figureExport.fractionColumn', { column: lineLabel(line) });
  const years = rows.map((row) => row.year);
  const breakNotes = breaks.map((entry) =>
    t('concentration.trend.seriesBreak', {
      stage: t(`stage.${entry.measure}`),
      beforeYear: entry.before.points.at(-1)!.year,
      before: publicationName(entry.before),
      afterYear: entry.after.points[0]!.year,
      after: publicationName(entry.after),
    }),
  );
  const atMostNotes =
    metric === 'top1Share'
      ? atMostYears(lines).map((entry) =>
          t('trendBounds.atMostNote', {
            stage: t(`stage.${entry.measure}`),
            years: formatList(entry.years.map(String), language),
          }),
        )
      : [];
  const footer = [
    ...breakNotes,
    ...atMostNotes,
    ...(hasProjections ? [t('concentration.trend.projectionNote')] : []),
    ...(onAxis.length > 0
      ? [
          t('concentration.trend.eventsNote', {
            events: onAxis.map((event) => event.label).join('; '),
          }),
        ]
      : []),
    ...(afterEndNote ? [afterEndNote] : []),
  ];

  return (
    <section className="panel trend" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`concentration.trend.title.${metric}`, { mineral: mineralName })}</h3>
      <div role="group" aria-label={t('concentration.trend.metric')} className="segmented">
        {TREND_METRICS.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={metric === option}
            onClick={() => setViewSetting('trendMetric', option)}
          >
            {t(`concentration.trend.metrics.${option}`)}
          </button>
        ))}
      </div>
      <ExportButtons
        figure={chartRef}
        text={{
          title,
          subtitle: t('export.trendSubtitle', {
            measure: t(`concentration.trend.metrics.${metric}`),
            from: Math.min(...years),
            to: Math.max(...years),
          }),
          legend: lines.map((line) => ({
            swatch: {
              kind: 'line',
              stroke: PALETTE[line.measure],
              width: 2,
              ...(line.projected ? { dash: '6 4' } : {}),
            },
            label: lineLabel(line),
          })),
          footer: [
            ...footer,
            ...sourceLines(
              index,
              lines.flatMap((line) => line.segment.points.map((point) => point.source)),
              t('source.label'),
            ),
          ],
        }}
        csv={() => [
          [t('filters.year'), ...lines.map(columnLabel)],
          ...rows.map((row) => [row.year, ...lines.map((line) => cellValue(row, line))]),
        ]}
        fileStem={`${mineral}-${[...new Set(lines.map((line) => line.measure))].join('-')}-${metric === 'hhi' ? 'hhi' : 'top1-share'}-${Math.min(...years)}-${Math.max(...years)}`}
      />
      <div ref={chartRef} className="trend-figure">
        <div className="trend-plot">
          <MountInTurn height={220}>
            <ResponsiveContainer
              width="100%"
              height={220}
              initialDimension={{ width: 640, height: 220 }}
            >
              <LineChart
                data={rows}
                margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
                title={t(`concentration.trend.title.${metric}`, { mineral: mineralName })}
              >
                <CartesianGrid stroke="#e3e3e3" vertical={false} />
                <XAxis
                  dataKey="year"
                  type="number"
                  domain={['dataMin', 'dataMax']}
                  allowDecimals={false}
                  tick={{ fontSize: 12, fill: PALETTE.text }}
                />
                <YAxis
                  domain={metric === 'hhi' ? [0, 10000] : [0, 1]}
                  tickFormatter={(value: number) => format(value)}
                  tick={{ fontSize: 12, fill: PALETTE.text }}
                  width={56}
                />
                {metric === 'hhi' ? (
                  <>
                    <ReferenceLine
                      y={HHI_MODERATE_FROM}
                      stroke={PALETTE.unattributed}
                      strokeDasharray="2 4"
                    />
                    <ReferenceLine
                      y={HHI_HIGH_ABOVE}
                      stroke={PALETTE.unattributed}
                      strokeDasharray="2 4"
                    />
                  </>
                ) : null}
                {onAxis.map((event) => (
                  <ReferenceLine
                    key={event.id}
                    x={event.at}
                    stroke={PALETTE.refining}
                    strokeDasharray="1 3"
                    label={{ value: '▼', position: 'top', fill: PALETTE.refining, fontSize: 11 }}
                  />
                ))}
                <Tooltip
                  formatter={(value, _name, item) =>
                    formatOnLine(
                      lines.find((line) => line.dataKey === item.dataKey),
                      Number((item.payload as TrendRow).year),
                      value as number,
                    )
                  }
                  labelFormatter={(year) => String(year)}
                  isAnimationActive={false}
                />
                {lines.map((line) => (
                  <Line
                    key={line.dataKey}
                    dataKey={line.dataKey}
                    name={lineLabel(line)}
                    stroke={PALETTE[line.measure]}
                    strokeWidth={2}
                    {...(line.projected
                      ? { strokeDasharray: '6 4', dot: { r: 3, fill: '#ffffff' } }
                      : { dot: { r: 3 } })}
                    // Gaps inside one segment are years the publication skipped; segments never join.
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </MountInTurn>
        </div>
        {afterEnd.length > 0 ? (
          <ul className="after-axis" aria-label={t('timeline.afterTrendLabel', { year: lastYear })}>
            {afterEnd.map((event) => (
              <li key={event.id} title={event.label}>
                {t('timeline.afterTrendMark', { date: formatDate(event.date, language) })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <ul className="legend" aria-label={t('concentration.trend.legend')}>
        {lines.map((line) => (
          <li key={line.dataKey}>
            <LineSample color={PALETTE[line.measure]} dashed={line.projected} />
            <WithPublishedPart
              sentence={(slot) => lineLabel(line, slot)}
              part={publicationName(line.segment)}
            />
          </li>
        ))}
      </ul>
      {breakNotes.map((note) => (
        <p key={note} className="notes">
          {note}
        </p>
      ))}
      {atMostNotes.map((note) => (
        <p key={note} className="notes">
          {note}
        </p>
      ))}
      {hasProjections ? <p className="notes">{t('concentration.trend.projectionNote')}</p> : null}
      {onAxis.length > 0 ? (
        <p className="notes">
          {t('concentration.trend.eventsNote', {
            events: onAxis.map((event) => event.label).join('; '),
          })}
        </p>
      ) : null}
      {afterEndNote ? <p className="notes">{afterEndNote}</p> : null}
      <details className="trend-table">
        <summary>{t('table.show')}</summary>
        <table className="figures-table">
          <caption>{t(`concentration.trend.title.${metric}`, { mineral: mineralName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('filters.year')}</th>
              {lines.map((line) => (
                <th key={line.dataKey} scope="col">
                  {lineLabel(line)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                {lines.map((line) => (
                  <td key={line.dataKey} className="number">
                    {cellText(row, line)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/** A legend's key: a short stretch of the line as the chart draws it. */
function LineSample({ color, dashed }: { color: string; dashed: boolean }) {
  return (
    <svg width="24" height="10" aria-hidden="true" className="line-sample">
      <line
        x1="0"
        y1="5"
        x2="24"
        y2="5"
        stroke={color}
        strokeWidth="2"
        {...(dashed ? { strokeDasharray: '6 4' } : {})}
      />
      <circle cx="12" cy="5" r="3" fill={dashed ? '#ffffff' : color} stroke={color} />
    </svg>
  );
}
