import { useQuery } from '@tanstack/react-query';
import { extent, scaleUtc, utcYear } from 'd3';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  timelineItems,
  tradeAroundEvent,
  type TimelineCategory,
  type TimelineItem,
} from '../../analytics/timeline';
import { useCountryName, useMineralName, useTradeCodeLabel } from '../../components/use-names';
import { localized } from '../../components/localized';
import { PALETTE } from '../../components/palette';
import { citeSource } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { SourceDetails } from '../../components/source-details';
import { SourceLine } from '../../components/source-line';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import type { Language } from '../../domain/language';
import { formatChange, formatDate, formatList, formatNumber } from '../../lib/format';
import { modelYears } from '../../analytics/years';
import { useAppState } from '../../store/store-context';

const CATEGORIES: TimelineCategory[] = [
  'export-control',
  'suspension',
  'agreement',
  'investment',
  'other',
];
const CATEGORY_COLORS: Record<TimelineCategory, string> = {
  'export-control': PALETTE.refining,
  suspension: PALETTE.partners,
  agreement: PALETTE.mining,
  investment: PALETTE.reserves,
  other: PALETTE.unattributed,
};
const WIDTH = 960;
const LANE_HEIGHT = 26;
const MARGIN = { top: 8, right: 24, bottom: 28, left: 24 };

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Export controls, agreements and investments on a time axis; selecting one sets the filters to it. */
export function TimelineView() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const state = useAppState((s) => ({
    minerals: s.minerals,
    countries: s.countries,
    language: s.language,
    viewAs: s.viewAs,
  }));
  const countryName = useCountryName();
  const actions = useAppState((s) => ({ focusOn: s.focusOn, setView: s.setView }));
  const items = useMemo(
    () => timelineItems(index.model, { minerals: state.minerals, countries: state.countries }),
    [index, state.minerals, state.countries],
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = items.find((item) => item.id === selectedId) ?? null;
  const years = useMemo(() => modelYears(index.model), [index]);

  const select = (item: TimelineItem) => {
    setSelectedId(item.id);
    const eventYear = Number(item.date.slice(0, 4));
    const year = years.filter((candidate) => candidate <= eventYear).at(-1) ?? years[0] ?? null;
    const minerals = item.minerals.filter((mineral) => index.mineral(mineral));
    actions.focusOn({
      minerals: minerals.length > 0 ? minerals : state.minerals,
      countries: item.countries,
      year,
    });
  };

  return (
    <div className="timeline">
      <div className="view-heading">
        <h2>{t('timeline.title')}</h2>
        <ExportButtons
          text={{ title: t('timeline.title'), footer: [] }}
          csv={() => [
            [
              t('timeline.date'),
              t('timeline.category'),
              t('timeline.eventTitle'),
              t('timeline.countries'),
              t('filters.minerals'),
              t('table.source'),
            ],
            ...items.map((item) => [
              item.date,
              t(`timeline.categories.${item.category}`),
              localized(item.title, state.language, item.id),
              item.countries.map(countryName).join('; '),
              item.minerals
                .map((id) => localized(index.mineral(id)?.name, state.language, id))
                .join('; '),
              citeSource(index, item.source, true),
            ]),
          ]}
          fileStem="timeline"
        />
      </div>
      {items.length === 0 ? (
        <p className="empty-state">{t('timeline.empty')}</p>
      ) : (
        <>
          <TimelineAxis
            items={items}
            selectedId={selectedId}
            onSelect={select}
            language={state.language}
          />
          <Legend />
          <div className="timeline-body">
            <ol className="timeline-list">
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="timeline-item"
                    aria-pressed={item.id === selectedId}
                    onClick={() => select(item)}
                  >
                    <span
                      className="swatch"
                      style={{ background: CATEGORY_COLORS[item.category] }}
                      aria-hidden="true"
                    />
                    <span className="timeline-date">{formatDate(item.date, state.language)}</span>
                    <span>{localized(item.title, state.language, item.id)}</span>
                    <span className="visually-hidden">
                      , {t(`timeline.categories.${item.category}`)}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
            {selected ? (
              <EventDetails
                item={selected}
                language={state.language}
                viewAs={state.viewAs}
                onOpen={() => actions.setView('concentration')}
              />
            ) : (
              <p className="empty-state">{t('timeline.choose')}</p>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function TimelineAxis({
  items,
  selectedId,
  onSelect,
  language,
}: {
  items: TimelineItem[];
  selectedId: string | null;
  onSelect: (item: TimelineItem) => void;
  language: Language;
}) {
  const [start, end] = extent(items, (item) => toDate(item.date)) as [Date, Date];
  const x = scaleUtc()
    .domain([utcYear.floor(start), utcYear.ceil(new Date(end.getTime() + 1))])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const height = MARGIN.top + CATEGORIES.length * LANE_HEIGHT + MARGIN.bottom;
  const axisY = height - MARGIN.bottom;
  const ticks = x.ticks(utcYear);
  return (
    <svg
      className="timeline-axis"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      aria-hidden="true"
      lang={language}
    >
      {CATEGORIES.map((category, lane) => (
        <line
          key={category}
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={MARGIN.top + lane * LANE_HEIGHT + LANE_HEIGHT / 2}
          y2={MARGIN.top + lane * LANE_HEIGHT + LANE_HEIGHT / 2}
          stroke="#ececec"
        />
      ))}
      <line
        x1={MARGIN.left}
        x2={WIDTH - MARGIN.right}
        y1={axisY}
        y2={axisY}
        stroke={PALETTE.text}
      />
      {ticks.map((tick) => (
        <g key={tick.toISOString()} transform={`translate(${x(tick)},${axisY})`}>
          <line y2={5} stroke={PALETTE.text} />
          <text y={18} textAnchor="middle" fontSize={12} fill={PALETTE.text}>
            {tick.getUTCFullYear()}
          </text>
        </g>
      ))}
      {items.map((item) => {
        const lane = CATEGORIES.indexOf(item.category);
        const selected = item.id === selectedId;
        return (
          <circle
            key={item.id}
            cx={x(toDate(item.date))}
            cy={MARGIN.top + lane * LANE_HEIGHT + LANE_HEIGHT / 2}
            r={selected ? 9 : 7}
            fill={CATEGORY_COLORS[item.category]}
            stroke={selected ? PALETTE.text : '#ffffff'}
            strokeWidth={2}
            onClick={() => onSelect(item)}
            className="timeline-marker"
          >
            <title>{`${item.date} ${localized(item.title, language, item.id)}`}</title>
          </circle>
        );
      })}
    </svg>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="legend">
      {CATEGORIES.map((category) => (
        <li key={category}>
          <span
            className="swatch"
            style={{ background: CATEGORY_COLORS[category] }}
            aria-hidden="true"
          />
          {t(`timeline.categories.${category}`)}
        </li>
      ))}
    </ul>
  );
}

function EventDetails({
  item,
  language,
  viewAs,
  onOpen,
}: {
  item: TimelineItem;
  language: Language;
  viewAs: string;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const source = index.source(item.source);
  const countryName = useCountryName();
  const mineralName = useMineralName();
  return (
    <section className="panel event-details" aria-labelledby={`event-${item.id}`}>
      <h3 id={`event-${item.id}`}>{localized(item.title, language, item.id)}</h3>
      <p className="subtitle">
        {formatDate(item.date, language)} · {t(`timeline.categories.${item.category}`)}
      </p>
      <dl className="outcome-figures">
        <dt>{t('timeline.countries')}</dt>
        <dd>{formatList(item.countries.map(countryName), language)}</dd>
        <dt>{t('filters.minerals')}</dt>
        <dd>
          {item.minerals.length === 0
            ? t('timeline.criticalMinerals')
            : formatList(item.minerals.map(mineralName), language)}
        </dd>
      </dl>
      {item.note ? <p className="notes">{item.note}</p> : null}
      {source ? (
        <div className="event-source">
          <p className="source-heading">{t('source.label')}</p>
          <SourceDetails source={source} />
        </div>
      ) : null}
      <button type="button" onClick={onOpen}>
        {t('timeline.open')}
      </button>
      {item.category === 'export-control' && item.countries[0] ? (
        <TradeBeforeAfter
          item={item}
          exporter={item.countries[0]}
          viewAs={viewAs}
          language={language}
        />
      ) : null}
    </section>
  );
}

function TradeBeforeAfter({
  item,
  exporter,
  viewAs,
  language,
}: {
  item: TimelineItem;
  exporter: string;
  viewAs: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const trade = useQuery(tradeQuery(useActiveModel()));
  const countryName = useCountryName();
  const codeLabel = useTradeCodeLabel();
  const changes = useMemo(
    () =>
      trade.data
        ? tradeAroundEvent(trade.data, {
            exporter,
            importer: viewAs,
            minerals: item.minerals,
            date: item.date,
          })
        : [],
    [trade.data, exporter, viewAs, item],
  );
  if (trade.isPending) return <p role="status">{t('exposure.loadingTrade')}</p>;
  const usd = (value: number) => `${formatNumber(Math.round(value), language)} USD`;
  if (changes.length === 0) return <p className="notes">{t('timeline.noTradeAround')}</p>;
  return (
    <div className="trade-around">
      <table className="figures-table">
        <caption>{t('timeline.tradeCaption', { exporter: countryName(exporter) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exposure.code')}</th>
            <th scope="col">{t('timeline.before')}</th>
            <th scope="col">{t('timeline.after')}</th>
            <th scope="col">{t('timeline.change')}</th>
            <th scope="col">{t('timeline.toViewAs', { country: countryName(viewAs) })}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.code}>
              <th scope="row">{codeLabel(change.code)}</th>
              <td className="number">
                {change.before.year}: {usd(change.before.total)}
              </td>
              <td className="number">
                {change.after.year}: {usd(change.after.total)}
              </td>
              <td className="number">
                {change.change === null ? t('common.na') : formatChange(change.change, language)}
              </td>
              <td className="number">
                {usd(change.before.toImporter)} → {usd(change.after.toImporter)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SourceLine sourceIds={[...new Set(changes.flatMap((change) => change.sources))]} />
    </div>
  );
}
