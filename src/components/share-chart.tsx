import { useState, type KeyboardEvent } from 'react';
import { barRows } from '../lib/bar-rows';
import { estimatedTextWidth, wrapText } from '../lib/figure-export';
import { useAppState } from '../store/store-context';
import { PALETTE } from './palette';
import { useSlideFrame, type SlideFrame } from './slide-frame';
import { useElementWidth } from './use-element-width';

export interface ShareChartRow {
  /** A country id, or a key of a summary row (the folded rest, the unattributed part). */
  key: string;
  label: string;
  /** Fraction of the world total; null draws no bar (the value is unknown, not zero). */
  share: number | null;
  /** Text written at the end of the bar: the share, or "n/a". */
  shareLabel: string;
  color: string;
  /** Lines of the tooltip: value and unit, share, status, source. */
  details: string[];
}

/** On screen: 12 px type in 24 px rows. */
const SCREEN_METRICS = { fontSize: 12, rowHeight: 24 };
/** The names' column: as wide as the longest name, between these bounds; longer names wrap. */
const LABEL_WIDTH = { min: 80, max: 0.38 };
const MARGIN = { top: 2, bottom: 2 };

/** On a slide the type is the stage's small print (0.9 em) and the rows grow with it. */
function chartMetrics(frame: SlideFrame | null) {
  const { fontSize, rowHeight } = frame
    ? { fontSize: frame.fontSize * 0.9, rowHeight: frame.fontSize * 1.5 }
    : SCREEN_METRICS;
  const scale = fontSize / SCREEN_METRICS.fontSize;
  // Room right of the longest bar for its share ("100%", "n/a", "<0.1% e").
  return { fontSize, rowHeight, labelGap: 4 * scale, shareRoom: 56 * scale, labelMin: 80 * scale };
}

/**
 * Horizontal share bars on a 0–100 % scale shared by every panel, the share written at the end of
 * each bar, also where there is none (a zero or an unknown value). Plain SVG (`barRows`): the
 * first chart of every link needs no chart library. Hover or the arrow keys (once the
 * chart has focus) show a row's value, status and source, and highlight the country in the other
 * charts.
 */
export function ShareChart({ rows, title }: { rows: ShareChartRow[]; title: string }) {
  const frame = useSlideFrame();
  const { fontSize, rowHeight, labelGap, shareRoom, labelMin } = chartMetrics(frame);
  const { attach, width } = useElementWidth(320);
  const hovered = useAppState((state) => state.hoveredCountry);
  const setHovered = useAppState((state) => state.setHoveredCountry);
  const [active, setActive] = useState<number | null>(null);
  const height = rows.length * rowHeight + MARGIN.top + MARGIN.bottom;
  const longestName = Math.max(0, ...rows.map((row) => estimatedTextWidth(row.label, fontSize)));
  const labelWidth = Math.round(
    Math.min(Math.max(longestName + labelGap * 2, labelMin), width * LABEL_WIDTH.max),
  );
  const bars = barRows(
    rows.length,
    [MARGIN.top, height - MARGIN.bottom],
    [labelWidth, Math.max(labelWidth + 40, width - shareRoom)],
    0.12,
  );

  const activate = (position: number | null) => {
    setActive(position);
    setHovered(position === null ? null : (rows[position]?.key ?? null));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (event.key === 'Escape') activate(null);
    if (step === undefined || rows.length === 0) return;
    event.preventDefault();
    activate(active === null ? 0 : (active + step + rows.length) % rows.length);
  };
  const shown = active === null ? null : rows[active];

  return (
    <div className="share-chart" ref={attach} onMouseLeave={() => activate(null)}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        // On a slide nothing takes the focus: the presenter's keys move the slides.
        tabIndex={frame ? undefined : 0}
        onKeyDown={onKeyDown}
        onBlur={() => activate(null)}
        data-export
      >
        {rows.map((row, position) => {
          const top = bars.top(position);
          const middle = top + bars.bandHeight / 2;
          const end = bars.at(row.share ?? 0);
          const lines = wrapText(row.label, labelWidth - labelGap, fontSize).slice(0, 2);
          return (
            <g key={row.key} className="share-row" onMouseEnter={() => activate(position)}>
              <rect
                className="share-row-band"
                x={0}
                y={top}
                width={width}
                height={bars.bandHeight}
                fill={position === active ? PALETTE.hover : 'transparent'}
              />
              <text
                x={labelWidth - labelGap}
                y={middle - ((lines.length - 1) * (fontSize - 1)) / 2}
                textAnchor="end"
                dominantBaseline="central"
                fill={PALETTE.text}
                fontSize={lines.length > 1 ? fontSize - 1 : fontSize}
              >
                {lines.length > 1
                  ? lines.map((line, index) => (
                      <tspan
                        key={index}
                        x={labelWidth - labelGap}
                        dy={index === 0 ? 0 : fontSize - 1}
                      >
                        {line}
                      </tspan>
                    ))
                  : row.label}
              </text>
              {row.share === null ? null : (
                <rect
                  className="share-bar"
                  x={bars.at(0)}
                  y={top}
                  width={end - bars.at(0)}
                  height={bars.bandHeight}
                  fill={row.color}
                  stroke={row.key === hovered ? PALETTE.text : 'none'}
                  strokeWidth={2}
                />
              )}
              <text
                x={end + labelGap}
                y={middle}
                dominantBaseline="central"
                fill={PALETTE.text}
                fontSize={fontSize}
              >
                {row.shareLabel}
              </text>
            </g>
          );
        })}
      </svg>
      {shown ? (
        <div
          className="chart-tooltip share-tooltip"
          role="status"
          style={{ top: bars.top(active!) + bars.bandHeight + 4, left: labelWidth }}
        >
          <p className="chart-tooltip-title">{shown.label}</p>
          {shown.details.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
