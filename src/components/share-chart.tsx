import {
  Bar,
  BarChart,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  type TooltipContentProps,
} from 'recharts';
import { MountInTurn } from './mount-in-turn';
import { PALETTE } from './palette';
import { useAppState } from '../store/store-context';

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

const ROW_HEIGHT = 24;
const LABEL_GAP = 4;
const AXIS_WIDTH = 112;

/**
 * Writes each row's label just past the end of its bar, also where there is no bar (a zero or an
 * unknown value), which recharts' own LabelList leaves out.
 */
function BarEndLabels({ rows }: { rows: ShareChartRow[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plotArea = usePlotArea();
  // With no known value at all recharts builds no x scale; unknown rows start at the plot's edge.
  if (!yScale || !plotArea) return null;
  return (
    <g className="bar-end-labels">
      {rows.map((row) => {
        const y = yScale(row.label, { position: 'middle' });
        const x = row.share === null ? plotArea.x : xScale?.(row.share);
        if (x === undefined || y === undefined) return null;
        return (
          <text
            key={row.key}
            x={x + LABEL_GAP}
            y={y}
            dominantBaseline="central"
            fill={PALETTE.text}
            fontSize={12}
          >
            {row.shareLabel}
          </text>
        );
      })}
    </g>
  );
}

function RowTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as ShareChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{row.label}</p>
      {row.details.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

/** Horizontal share bars on a 0–100 % scale shared by every panel, the share written on each. */
export function ShareChart({ rows, title }: { rows: ShareChartRow[]; title: string }) {
  const hovered = useAppState((state) => state.hoveredCountry);
  const setHovered = useAppState((state) => state.setHoveredCountry);
  const height = rows.length * ROW_HEIGHT + 12;
  const keyOfLabel = (label: unknown) => rows.find((row) => row.label === label)?.key ?? null;
  return (
    <div className="share-chart">
      <MountInTurn height={height}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 2, right: 56, bottom: 2, left: 2 }}
            barCategoryGap={3}
            title={title}
            onMouseMove={(state) => setHovered(keyOfLabel(state.activeLabel))}
            onMouseLeave={() => setHovered(null)}
          >
            <XAxis type="number" domain={[0, 1]} hide />
            <YAxis
              type="category"
              dataKey="label"
              width={AXIS_WIDTH}
              tickLine={false}
              axisLine={false}
              interval={0}
              tick={{ fill: PALETTE.text, fontSize: 12 }}
            />
            <Tooltip
              content={RowTooltip}
              cursor={{ fill: PALETTE.hover }}
              isAnimationActive={false}
            />
            <Bar dataKey="share" isAnimationActive={false}>
              {rows.map((row) => (
                <Cell
                  key={row.key}
                  fill={row.color}
                  stroke={row.key === hovered ? PALETTE.text : 'none'}
                  strokeWidth={2}
                />
              ))}
            </Bar>
            <BarEndLabels rows={rows} />
          </BarChart>
        </ResponsiveContainer>
      </MountInTurn>
    </div>
  );
}
