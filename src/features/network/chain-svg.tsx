import type { KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { countryNodeId } from '../../analytics/dependency-graph';
import type { ChainColumn, ChainNode, SupplyChain } from '../../analytics/supply-chain';
import { PALETTE } from '../../components/palette';
import { useCountryName, useMineralName } from '../../components/use-names';
import { formatNumber, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import type { ChainGeometry } from './chain-layout';
import { fitLabel } from './label-placement';
import { nodeButtonProps } from './node-button';

/** Room above the columns for their headings. */
const HEADING = 28;
const BAR_WIDTH = 12;
export const CHAIN_HEIGHT = 520;

const COLUMN_COLOR: Record<ChainColumn, string> = {
  mining: PALETTE.mining,
  refining: PALETTE.refining,
  importer: '#5b7083',
};

interface ChainSvgProps {
  chain: SupplyChain;
  /** The chain laid out in `chainBox(width, height, labelSize)`. */
  geometry: ChainGeometry;
  width: number;
  height: number;
  /** The focused country (`c:CHN`): its nodes and flows stand out. */
  focused: string | null;
  label: string;
  tabStop: string | null;
  onFocus: (countryNode: string) => void;
  onNodeFocus?: (id: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  nodeRefs: RefObject<Map<string, SVGGElement>>;
  /** A still drawing (a slide): nothing to focus or click, labels of the given size. */
  still?: { labelSize: number };
}

/** The chain's columns in a drawing of this size, with labels of this size. */
export function chainBox(width: number, height: number, labelSize: number) {
  return {
    width,
    height: height - HEADING,
    rowHeight: Math.ceil(labelSize * 1.3),
    labelRoom: Math.min(180, Math.round(width / 5)),
    barWidth: BAR_WIDTH,
    gap: 4,
  };
}

/**
 * The chain mine → refine → importer as three columns: producers' bars by their published share of
 * the world (n/a where none is published), ribbons by each published flow's value in USD.
 */
export function ChainSvg({
  chain,
  geometry,
  width,
  height,
  focused,
  label,
  tabStop,
  onFocus,
  onNodeFocus,
  onKeyDown,
  nodeRefs,
  still,
}: ChainSvgProps) {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const countryName = useCountryName();
  const mineralName = useMineralName();
  const labelSize = still?.labelSize ?? 12;
  const byId = new Map(chain.nodes.map((node) => [node.id, node]));
  const severalMinerals =
    new Set(chain.nodes.flatMap((node) => (node.column === 'importer' ? [] : [node.mineral])))
      .size > 1;
  const focusedCountry = focused?.startsWith('c:') ? focused.slice(2) : null;
  const nodeText = (node: ChainNode) => {
    if (node.column === 'importer') return countryName(node.country);
    const name = severalMinerals
      ? `${countryName(node.country)} · ${mineralName(node.mineral)}`
      : countryName(node.country);
    return `${name} ${node.share === null ? t('common.na') : formatShare(node.share, language)}`;
  };
  const nodeName = (node: ChainNode) =>
    node.column === 'importer'
      ? t('network.chainImporter', { country: countryName(node.country) })
      : node.share === null
        ? t('network.chainProducerUnknown', {
            country: countryName(node.country),
            stage: `${mineralName(node.mineral)} · ${t(`stageInSentence.${node.column}`)}`,
            status: t(`status.${node.status}`),
          })
        : t('network.chainProducer', {
            country: countryName(node.country),
            stage: `${mineralName(node.mineral)} · ${t(`stageInSentence.${node.column}`)}`,
            share: formatShare(node.share, language),
          });
  // Each column's labels fit the room beside its bars: left of the first two, right of the last.
  const labelRoom: Record<ChainColumn, number> = {
    mining: geometry.columnX.mining - 6,
    refining: geometry.columnX.refining - geometry.columnX.mining - BAR_WIDTH - 12,
    importer: width - geometry.columnX.importer - BAR_WIDTH - 6,
  };
  const headings: Record<ChainColumn, string> = {
    mining: t('network.columnMining'),
    refining: t('network.columnRefining'),
    importer: t('network.columnImporter'),
  };
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role={still ? 'img' : 'group'}
      aria-label={label}
      onKeyDown={still ? undefined : onKeyDown}
      data-export
    >
      {(['mining', 'refining', 'importer'] as const).map((column) => (
        <text
          key={column}
          x={geometry.columnX[column] + (column === 'importer' ? 0 : BAR_WIDTH)}
          y={labelSize + 2}
          textAnchor={column === 'importer' ? 'start' : 'end'}
          fontSize={labelSize}
          fontWeight="bold"
          fill={PALETTE.text}
        >
          {headings[column]}
        </text>
      ))}
      {(['mining', 'refining', 'importer'] as const)
        .filter((column) => !geometry.nodes.some((node) => node.column === column))
        .map((column) => (
          <text
            key={column}
            x={geometry.columnX[column] + (column === 'importer' ? 0 : BAR_WIDTH)}
            y={HEADING + labelSize}
            textAnchor={column === 'importer' ? 'start' : 'end'}
            fontSize={labelSize}
            fill={PALETTE.text}
          >
            {t('network.legendNa')}
          </text>
        ))}
      <g transform={`translate(0,${HEADING})`}>
        {geometry.edges.map((place) => {
          const edge = chain.edges.find((candidate) => candidate.id === place.id)!;
          const from = byId.get(edge.source)!;
          const to = byId.get(edge.target)!;
          const lit =
            focusedCountry !== null && [from.country, to.country].includes(focusedCountry);
          return (
            <path
              key={place.id}
              className="chain-flow"
              data-from={from.country}
              data-to={to.country}
              d={place.path}
              fill={PALETTE.highlight}
              fillOpacity={focusedCountry === null ? 0.35 : lit ? 0.6 : 0.1}
            >
              <title>
                {t('network.tradeEdge', {
                  from: countryName(from.country),
                  to: countryName(to.country),
                  value: formatNumber(edge.value, language),
                  code: edge.code,
                  year: edge.year,
                })}
              </title>
            </path>
          );
        })}
        {geometry.nodes.map((place) => {
          const node = byId.get(place.id)!;
          const pressed = focusedCountry === node.country;
          const dimmed = focusedCountry !== null && !pressed;
          const labelRight = place.column === 'importer';
          const unknown = node.column !== 'importer' && node.share === null;
          return (
            <g
              key={place.id}
              opacity={dimmed ? 0.45 : 1}
              {...(still
                ? {}
                : {
                    ...nodeButtonProps({
                      id: place.id,
                      nodeRefs,
                      tabStop,
                      pressed,
                      label: nodeName(node),
                      onNodeFocus,
                      onChoose: () => onFocus(countryNodeId(node.country)),
                    }),
                    'data-column': place.column,
                  })}
            >
              {unknown ? (
                <rect
                  x={place.x}
                  y={place.y - labelSize / 2}
                  width={BAR_WIDTH}
                  height={labelSize}
                  fill="#ffffff"
                  stroke={COLUMN_COLOR[place.column]}
                  strokeDasharray="3 2"
                />
              ) : (
                <rect
                  x={place.x}
                  y={place.barTop}
                  width={BAR_WIDTH}
                  height={Math.max(place.barHeight, 1)}
                  fill={COLUMN_COLOR[place.column]}
                  stroke={pressed ? PALETTE.text : 'none'}
                  strokeWidth={2}
                />
              )}
              <text
                className="graph-label"
                x={labelRight ? place.x + BAR_WIDTH + 6 : place.x - 6}
                y={place.y}
                dominantBaseline="central"
                textAnchor={labelRight ? 'start' : 'end'}
                fontSize={labelSize}
                fontWeight={pressed ? 'bold' : undefined}
                fill={PALETTE.text}
                aria-hidden="true"
              >
                {fitLabel(nodeText(node), labelRoom[place.column], labelSize)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
