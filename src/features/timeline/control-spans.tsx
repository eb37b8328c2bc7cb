import { scaleUtc, utcYear } from 'd3';
import { useTranslation } from 'react-i18next';
import { controlSpan, type SpanKind } from '../../analytics/control-status';
import { localized } from '../../components/localized';
import { PALETTE } from '../../components/palette';
import type { Language } from '../../domain/language';
import type { ExportControl } from '../../domain/model-schema';
import { formatDate } from '../../lib/format';

const SPAN_KINDS: SpanKind[] = [
  'announced',
  'in-force',
  'suspended-in-part',
  'suspended',
  'after-suspension',
];
/** Fill and outline per kind; suspended stretches are hatched so that they read without colour. */
const SPAN_STYLE: Record<SpanKind, { fill: string; stroke: string; dash?: string }> = {
  announced: { fill: '#ffffff', stroke: PALETTE.refining, dash: '4 3' },
  'in-force': { fill: PALETTE.refining, stroke: PALETTE.refining },
  'suspended-in-part': { fill: 'url(#suspension-hatch-part)', stroke: PALETTE.refining },
  suspended: { fill: 'url(#suspension-hatch)', stroke: PALETTE.unattributed },
  'after-suspension': { fill: '#ffffff', stroke: PALETTE.unattributed, dash: '1 3' },
};
const WIDTH = 960;
const LABEL_WIDTH = 250;
const ROW = 24;
const MARGIN = { top: 8, right: 16, bottom: 26 };

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Each control as a bar from its announcement on, cut where its status changes; a line at the "as of" day. */
export function ControlSpans({
  controls,
  register,
  asOf,
  language,
}: {
  controls: ExportControl[];
  register: readonly ExportControl[];
  asOf: string;
  language: Language;
}) {
  const { t } = useTranslation();
  if (controls.length === 0) return null;
  const first = controls.map((control) => control.announced.date).sort()[0]!;
  const lastDocument = register
    .flatMap((entry) => [entry.announced.date, entry.effective?.date, entry.until?.date])
    .filter((day): day is string => day !== undefined)
    .sort()
    .at(-1)!;
  const end = lastDocument > asOf ? lastDocument : asOf;
  const x = scaleUtc()
    .domain([utcYear.floor(toDate(first)), utcYear.ceil(toDate(end))])
    .range([LABEL_WIDTH, WIDTH - MARGIN.right]);
  const axisEnd = x.domain()[1]!.toISOString().slice(0, 10);
  const height = MARGIN.top + controls.length * ROW + MARGIN.bottom;
  const asOfX = x(toDate(asOf));
  return (
    <figure className="panel control-spans">
      <figcaption>
        <strong>{t('controls.spansTitle')}</strong>{' '}
        <span className="notes">
          {t('controls.spansSummary', {
            count: controls.length,
            date: formatDate(asOf, language),
          })}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" lang={language}>
        <defs>
          <pattern
            id="suspension-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={PALETTE.unattributed} strokeWidth="3" />
          </pattern>
          <pattern
            id="suspension-hatch-part"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={PALETTE.refining} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
          </pattern>
        </defs>
        {controls.map((control, row) => {
          const y = MARGIN.top + row * ROW;
          return (
            <g key={control.id}>
              <text x={0} y={y + ROW / 2} dominantBaseline="middle" fontSize="12">
                {localized(control.document, language, control.id)}
              </text>
              {controlSpan(control, register, axisEnd).map((segment) => {
                const style = SPAN_STYLE[segment.kind];
                return (
                  <rect
                    key={segment.from}
                    x={x(toDate(segment.from))}
                    y={y + 5}
                    width={Math.max(1, x(toDate(segment.to)) - x(toDate(segment.from)))}
                    height={ROW - 10}
                    fill={style.fill}
                    stroke={style.stroke}
                    strokeDasharray={style.dash}
                  />
                );
              })}
            </g>
          );
        })}
        {x.ticks(utcYear).map((tick) => (
          <g key={tick.toISOString()}>
            <line
              x1={x(tick)}
              x2={x(tick)}
              y1={MARGIN.top}
              y2={height - MARGIN.bottom}
              stroke="#e0e0e0"
            />
            <text x={x(tick)} y={height - 8} textAnchor="middle" fontSize="12">
              {tick.getUTCFullYear()}
            </text>
          </g>
        ))}
        <line
          x1={asOfX}
          x2={asOfX}
          y1={MARGIN.top - 4}
          y2={height - MARGIN.bottom}
          stroke={PALETTE.text}
          strokeWidth="2"
        />
      </svg>
      <ul className="legend">
        {SPAN_KINDS.map((kind) => (
          <li key={kind}>
            <svg width="22" height="12" aria-hidden="true">
              <rect
                x="1"
                y="1"
                width="20"
                height="10"
                fill={SPAN_STYLE[kind].fill}
                stroke={SPAN_STYLE[kind].stroke}
                strokeDasharray={SPAN_STYLE[kind].dash}
              />
            </svg>{' '}
            {t(`controls.spanKinds.${kind}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
