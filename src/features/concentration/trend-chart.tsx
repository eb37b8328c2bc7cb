import { useId, useRef, useState } from 'react';
import { ExportButtons } from '../../components/export-buttons';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { HHI_HIGH_ABOVE, HHI_MODERATE_FROM } from '../../analytics/concentration';
import type { TrendPoint } from '../../analytics/trend';
import { MountInTurn } from '../../components/mount-in-turn';
import { PALETTE } from '../../components/palette';
import type { Measure } from '../../domain/model-schema';
import type { Language } from '../../domain/language';
import { formatNumber, formatShare } from '../../lib/format';
import { trendRows, type TrendMetric } from './trend-data';

const MEASURES: Measure[] = ['mining', 'refining', 'reserves'];

/** Top-1 share or HHI per stage over the years, projections dashed and named as such. */
export function TrendChart({
  mineralName,
  trends,
  events,
  language,
}: {
  mineralName: string;
  trends: Partial<Record<Measure, TrendPoint[]>>;
  /** Export controls to mark on the time axis, at their date as a fraction of the year. */
  events: { id: string; at: number; label: string }[];
  language: Language;
}) {
  const { t } = useTranslation();
  const [metric, setMetric] = useState<TrendMetric>('top1Share');
  const chartRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const rows = trendRows(trends, metric);
  const measures = MEASURES.filter((measure) => (trends[measure]?.length ?? 0) > 0);
  if (rows.length === 0) return null;
  const format = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('common.na')
      : metric === 'hhi'
        ? formatNumber(Math.round(value), language)
        : formatShare(value, language);
  const stageLabel = (key: string) =>
    key.endsWith('Projected')
      ? t('concentration.trend.projected', {
          stage: t(`stage.${key.replace('Projected', '') as Measure}`),
        })
      : t(`stage.${key as Measure}`);
  const hasProjections = measures.some((measure) =>
    trends[measure]?.some((point) => point.projected),
  );
  const title = t(`concentration.trend.title.${metric}`, { mineral: mineralName });
  const cellText = (row: (typeof rows)[number], measure: Measure) => {
    const observed = row[measure];
    const projected = row[`${measure}Projected`];
    if (observed === undefined && projected !== undefined) {
      return `${format(projected)} (${t('concentration.trend.projectionShort')})`;
    }
    return observed === undefined ? '' : format(observed);
  };
  const footer = [
    ...(hasProjections ? [t('concentration.trend.projectionNote')] : []),
    ...(events.length > 0
      ? [
          t('concentration.trend.eventsNote', {
            events: events.map((event) => event.label).join('; '),
          }),
        ]
      : []),
  ];

  return (
    <section className="panel trend" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`concentration.trend.title.${metric}`, { mineral: mineralName })}</h3>
      <div role="group" aria-label={t('concentration.trend.metric')} className="segmented">
        {(['top1Share', 'hhi'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={metric === option}
            onClick={() => setMetric(option)}
          >
            {t(`concentration.trend.metrics.${option}`)}
          </button>
        ))}
      </div>
      <ExportButtons
        figure={chartRef}
        text={{ title, footer }}
        csv={() => [
          [t('filters.year'), ...measures.map((measure) => t(`stage.${measure}`))],
          ...rows.map((row) => [row.year, ...measures.map((measure) => cellText(row, measure))]),
        ]}
        fileStem={`trend-${metric === 'hhi' ? 'hhi' : 'top1-share'}`}
      />
      <div ref={chartRef}>
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
              {events.map((event) => (
                <ReferenceLine
                  key={event.id}
                  x={event.at}
                  stroke={PALETTE.refining}
                  strokeDasharray="1 3"
                  label={{ value: '▼', position: 'top', fill: PALETTE.refining, fontSize: 11 }}
                />
              ))}
              <Tooltip
                formatter={(value) => format(value as number)}
                labelFormatter={(year) => String(year)}
                isAnimationActive={false}
              />
              <Legend formatter={(key) => stageLabel(String(key))} />
              {measures.map((measure) => (
                <Line
                  key={measure}
                  dataKey={measure}
                  name={measure}
                  stroke={PALETTE[measure]}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
              {measures
                .filter((measure) => trends[measure]?.some((point) => point.projected))
                .map((measure) => (
                  <Line
                    key={`${measure}Projected`}
                    dataKey={`${measure}Projected`}
                    name={`${measure}Projected`}
                    stroke={PALETTE[measure]}
                    strokeWidth={2}
                    strokeDasharray="6 4"
                    dot={{ r: 3, fill: '#ffffff' }}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
            </LineChart>
          </ResponsiveContainer>
        </MountInTurn>
      </div>
      {hasProjections ? <p className="notes">{t('concentration.trend.projectionNote')}</p> : null}
      {events.length > 0 ? (
        <p className="notes">
          {t('concentration.trend.eventsNote', {
            events: events.map((event) => event.label).join('; '),
          })}
        </p>
      ) : null}
      <details className="trend-table">
        <summary>{t('table.show')}</summary>
        <table className="figures-table">
          <caption>{t(`concentration.trend.title.${metric}`, { mineral: mineralName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('filters.year')}</th>
              {measures.map((measure) => (
                <th key={measure} scope="col">
                  {t(`stage.${measure}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                {measures.map((measure) => (
                  <td key={measure} className="number">
                    {cellText(row, measure)}
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
