import { extent, scaleUtc, utcYear } from 'd3';
import { useTranslation } from 'react-i18next';
import type { TimelineCategory, TimelineItem } from '../../analytics/timeline';
import { localized } from '../../components/localized';
import { PALETTE } from '../../components/palette';
import type { Language } from '../../domain/language';

const CATEGORIES: TimelineCategory[] = [
  'export-control',
  'suspension',
  'agreement',
  'investment',
  'other',
];
/** One colour a kind of event, in the legend and on the axis. */
export const CATEGORY_COLORS: Record<TimelineCategory, string> = {
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

/** Events on a time axis, one lane per kind; each dot a button. */
export function TimelineAxis({
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
      data-export
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

/** What the colours of the lanes stand for. */
export function Legend() {
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
