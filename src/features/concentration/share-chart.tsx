import {
  Bar,
  BarChart,
  Cell,
  ResponsiveContainer,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { PALETTE } from '../../components/palette';

export interface ShareChartRow {
  key: string;
  label: string;
  /** Fraction of the world total; null draws no bar (the value is unknown, not zero). */
  share: number | null;
  /** Text written at the end of the bar: the share, or "n/a". */
  shareLabel: string;
  color: string;
}

const ROW_HEIGHT = 26;
const LABEL_GAP = 4;
const AXIS_WIDTH = 150;

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
            fontSize={13}
          >
            {row.shareLabel}
          </text>
        );
      })}
    </g>
  );
}

/** Horizontal share bars with the share written on each; figures arrive formatted. */
export function ShareChart({ rows, description }: { rows: ShareChartRow[]; description: string }) {
  const height = rows.length * ROW_HEIGHT + 16;
  return (
    <div className="share-chart" role="img" aria-label={description}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 64, bottom: 4, left: 4 }}
          barCategoryGap={4}
          accessibilityLayer={false}
        >
          <XAxis type="number" domain={[0, 1]} hide />
          <YAxis
            type="category"
            dataKey="label"
            width={AXIS_WIDTH}
            tickLine={false}
            axisLine={false}
            interval={0}
            tick={{ fill: PALETTE.text, fontSize: 13 }}
          />
          <Bar dataKey="share" isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.key} fill={row.color} />
            ))}
          </Bar>
          <BarEndLabels rows={rows} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
