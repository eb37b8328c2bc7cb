import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { otherAsiaNote } from '../../components/country-name';
import { useCountryName, useTradeCodeLabel } from '../../components/use-names';
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { REST_OF_WORLD, sankeyInput, type FlowQuery } from '../../analytics/flows';
import { localized } from '../../components/localized';
import { sourceLines } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { PALETTE } from '../../components/palette';
import { useModelIndex } from '../../data/model-context';
import type { TradeFlow } from '../../domain/model-schema';
import { formatList, formatNumber, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';

const WIDTH = 900;
const HEIGHT = 380;
const TOP = 8;
const GROUPING = ['G7', 'EU27', 'QUAD', 'CENTRAL_ASIA_5'];

interface NodeDatum {
  id: string;
  side: 'exporter' | 'importer';
  key: string;
}
type LinkDatum = { source: string; target: string; value: number };

/** Top exporters → top importers of a trade code, the tail folded into "Rest of world". */
export function SankeyChart({
  trade,
  query,
  grouped,
  onGroupedChange,
  groupingId,
}: {
  trade: readonly TradeFlow[];
  query: FlowQuery;
  grouped: boolean;
  onGroupedChange: (grouped: boolean) => void;
  groupingId: string;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const tradeCodeLabel = useTradeCodeLabel();
  const language = useAppState((state) => state.language);
  const countryName = useCountryName();
  const groupOf = useMemo(() => {
    const groups = GROUPING.map((id) => index.group(id)).filter((group) => group !== undefined);
    return (country: string) => groups.find((group) => group.members.includes(country))?.id;
  }, [index]);
  const input = useMemo(
    () =>
      sankeyInput(trade, query, {
        topExporters: TOP,
        topImporters: TOP,
        ...(grouped ? { groupOf } : {}),
      }),
    [trade, query, grouped, groupOf],
  );
  // d3-sankey writes positions into the objects it is given: it gets copies, never the cached data.
  const layout = useMemo(() => {
    if (input.links.length === 0) return null;
    return sankey<NodeDatum, LinkDatum>()
      .nodeId((node) => node.id)
      .nodeWidth(14)
      .nodePadding(8)
      .extent([
        [160, 4],
        [WIDTH - 160, HEIGHT - 4],
      ])({
      nodes: input.nodes.map((node) => ({ ...node })),
      links: input.links.map((link) => ({ ...link })),
    });
  }, [input]);
  const name = (key: string) =>
    key === REST_OF_WORLD
      ? t('map.restOfWorld')
      : index.group(key)
        ? localized(index.group(key)?.name, language, key)
        : countryName(key);
  const headingId = `sankey-${query.code}`;
  const figureRef = useRef<HTMLDivElement>(null);
  const taiwanNote = otherAsiaNote(
    input.nodes.map((node) => node.key),
    t,
  );
  const codeLabel = tradeCodeLabel(query.code);
  const title = t('map.sankeyTitle', { code: codeLabel, year: query.year });
  const note = t('map.sankeyNote', { total: formatNumber(input.total, language) });
  const unnamedNote = input.unnamed
    ? t('sankey.unnamedRemainder', {
        value: formatNumber(input.unnamed.value, language),
        importers: formatList(input.unnamed.importers.map(countryName), language),
      })
    : null;
  const sourceIds = trade
    .filter(
      (flow) =>
        flow.mineral === query.mineral && flow.code === query.code && flow.year === query.year,
    )
    .map((flow) => flow.source);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {layout ? (
        <ExportButtons
          figure={figureRef}
          text={{
            title,
            subtitle: note,
            footer: [
              ...(unnamedNote ? [unnamedNote] : []),
              ...(taiwanNote ? [taiwanNote] : []),
              ...sourceLines(index, sourceIds, t('source.label')),
            ],
          }}
          csv={() => [
            [
              t('figureExport.exporter'),
              t('figureExport.importer'),
              t('table.value'),
              t('table.unit'),
            ],
            ...layout.links.map((link) => [
              name((link.source as NodeDatum).key),
              name((link.target as NodeDatum).key),
              link.value,
              'USD',
            ]),
          ]}
          fileStem={`${query.mineral}-hs${query.code}-${query.year}-flows-sankey`}
        />
      ) : null}
      <label className="check">
        <input
          id={groupingId}
          type="checkbox"
          checked={grouped}
          onChange={() => onGroupedChange(!grouped)}
        />
        {t('map.groupByBloc')}
      </label>
      {layout ? (
        <div ref={figureRef}>
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            width="100%"
            role="img"
            aria-label={t('map.sankeyAlt', { code: codeLabel })}
            data-export
          >
            {layout.links.map((link: SankeyLink<NodeDatum, LinkDatum>, i) => (
              <path
                key={i}
                d={sankeyLinkHorizontal()(link) ?? ''}
                fill="none"
                stroke={PALETTE.base}
                strokeOpacity={0.35}
                strokeWidth={Math.max(1, link.width ?? 1)}
              >
                <title>{`${name((link.source as NodeDatum).key)} → ${name((link.target as NodeDatum).key)}: ${formatNumber(link.value, language)} USD`}</title>
              </path>
            ))}
            {layout.nodes.map((node: SankeyNode<NodeDatum, LinkDatum>) => (
              <g key={node.id}>
                <rect
                  x={node.x0}
                  y={node.y0}
                  width={(node.x1 ?? 0) - (node.x0 ?? 0)}
                  height={Math.max(1, (node.y1 ?? 0) - (node.y0 ?? 0))}
                  fill={node.key === REST_OF_WORLD ? PALETTE.unattributed : PALETTE.mining}
                />
                <text
                  x={node.side === 'exporter' ? (node.x0 ?? 0) - 6 : (node.x1 ?? 0) + 6}
                  y={((node.y0 ?? 0) + (node.y1 ?? 0)) / 2}
                  dominantBaseline="central"
                  textAnchor={node.side === 'exporter' ? 'end' : 'start'}
                  fontSize={12}
                  fill={PALETTE.text}
                >
                  {`${name(node.key)} ${formatShare((node.value ?? 0) / input.total, language)}`}
                </text>
              </g>
            ))}
          </svg>
        </div>
      ) : (
        <p className="empty-state">{t('map.noTrade')}</p>
      )}
      <p className="notes">{note}</p>
      {unnamedNote ? <p className="notes">{unnamedNote}</p> : null}
      {taiwanNote ? <p className="notes">{taiwanNote}</p> : null}
    </section>
  );
}
