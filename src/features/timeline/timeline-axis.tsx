import { extent, scaleUtc, utcYear } from 'd3';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { groupMarkers } from '../../analytics/marker-groups';
import type { TimelineCategory, TimelineItem } from '../../analytics/timeline';
import { localized } from '../../components/localized';
import { PALETTE } from '../../components/palette';
import type { Language } from '../../domain/language';
import { formatDate } from '../../lib/format';

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
/** A group's marker, the largest drawn; a single event's dot is smaller (7, 9 when selected). */
const MARKER_RADIUS = 9;
/** Centres at least this far apart: two markers and their white rims never touch. */
const MARKER_SPACING = 2 * MARKER_RADIUS + 4;

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface MarkerGroupView {
  key: string;
  x: number;
  y: number;
  category: TimelineCategory;
  members: TimelineItem[];
}

/**
 * Events on a time axis, one lane per kind. Events too close to tell apart (December 2025 holds
 * several) share one marker with their count, which lists them when clicked or focused. The axis is
 * one Tab stop; the arrow keys move between its markers.
 */
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
  const { t } = useTranslation();
  const [expandedKey, setExpandedKey] = useState<string | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const markerRefs = useRef(new Map<string, SVGGElement>());
  const [start, end] = extent(items, (item) => toDate(item.date)) as [Date, Date];
  const x = scaleUtc()
    .domain([utcYear.floor(start), utcYear.ceil(new Date(end.getTime() + 1))])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const height = MARGIN.top + CATEGORIES.length * LANE_HEIGHT + MARGIN.bottom;
  const axisY = height - MARGIN.bottom;
  const ticks = x.ticks(utcYear);
  const laneY = (lane: number) => MARGIN.top + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
  const markers: MarkerGroupView[] = CATEGORIES.flatMap((category, lane) =>
    groupMarkers(
      items.filter((item) => item.category === category),
      (item) => x(toDate(item.date)),
      MARKER_SPACING,
    ).map((group) => ({
      key: `${category}:${group.members[0]!.id}`,
      x: group.x,
      y: laneY(lane),
      category,
      members: group.members,
    })),
  ).sort((a, b) => a.x - b.x || a.y - b.y);
  const expanded = markers.find((marker) => marker.key === expandedKey) ?? null;
  const tabStop = markers.find((marker) => marker.key === activeKey) ?? markers[0];
  const title = (item: TimelineItem) =>
    `${formatDate(item.date, language)}: ${localized(item.title, language, item.id)}, ${t(`timeline.categories.${item.category}`)}`;
  const groupLabel = (marker: MarkerGroupView) => {
    const [from, to] = [marker.members[0]!.date, marker.members.at(-1)!.date];
    return from === to
      ? t('timeline.groupOneDay', {
          count: marker.members.length,
          date: formatDate(from, language),
        })
      : t('timeline.group', {
          count: marker.members.length,
          from: formatDate(from, language),
          to: formatDate(to, language),
        });
  };
  const activate = (marker: MarkerGroupView) => {
    if (marker.members.length === 1) onSelect(marker.members[0]!);
    else setExpandedKey(expandedKey === marker.key ? null : marker.key);
  };
  const onKeyDown = (event: KeyboardEvent, marker: MarkerGroupView) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(marker);
      return;
    }
    if (event.key === 'Escape') setExpandedKey(null);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = markers[(markers.indexOf(marker) + step + markers.length) % markers.length]!;
    setActiveKey(next.key);
    markerRefs.current.get(next.key)?.focus();
  };
  return (
    <div className="timeline-axis-figure">
      <svg
        className="timeline-axis"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="group"
        aria-label={t('timeline.axisLabel')}
        lang={language}
        data-export
      >
        {CATEGORIES.map((category, lane) => (
          <line
            key={category}
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={laneY(lane)}
            y2={laneY(lane)}
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
          <g
            key={tick.toISOString()}
            transform={`translate(${x(tick)},${axisY})`}
            aria-hidden="true"
          >
            <line y2={5} stroke={PALETTE.text} />
            <text y={18} textAnchor="middle" fontSize={12} fill={PALETTE.text}>
              {tick.getUTCFullYear()}
            </text>
          </g>
        ))}
        {markers.map((marker) => {
          const single = marker.members.length === 1;
          const selected = marker.members.some((item) => item.id === selectedId);
          const radius = single ? (selected ? MARKER_RADIUS : 7) : MARKER_RADIUS;
          return (
            <g
              key={marker.key}
              ref={(element) => {
                if (element) markerRefs.current.set(marker.key, element);
                else markerRefs.current.delete(marker.key);
              }}
              className="timeline-marker"
              role="button"
              tabIndex={marker === tabStop ? 0 : -1}
              aria-label={single ? title(marker.members[0]!) : groupLabel(marker)}
              aria-current={single && selected ? 'true' : undefined}
              aria-expanded={single ? undefined : marker === expanded}
              transform={`translate(${marker.x},${marker.y})`}
              onClick={() => activate(marker)}
              onFocus={() => {
                setActiveKey(marker.key);
                if (!single) setExpandedKey(marker.key);
              }}
              onKeyDown={(event) => onKeyDown(event, marker)}
            >
              <title>{single ? title(marker.members[0]!) : groupLabel(marker)}</title>
              <circle
                r={radius}
                fill={CATEGORY_COLORS[marker.category]}
                stroke={selected || marker === expanded ? PALETTE.text : '#ffffff'}
                strokeWidth={2}
              />
              {single ? null : (
                <text
                  textAnchor="middle"
                  dominantBaseline="central"
                  fontSize={11}
                  fontWeight={700}
                  fill="#ffffff"
                  aria-hidden="true"
                >
                  {marker.members.length}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {expanded ? (
        <section className="timeline-group" aria-label={groupLabel(expanded)}>
          <p className="timeline-group-title">{groupLabel(expanded)}</p>
          <ul>
            {expanded.members.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={item.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(item)}
                >
                  {title(item)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
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
