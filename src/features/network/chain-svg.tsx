import type { KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { countryNodeId } from '../../analytics/dependency-graph';
import type { ChainColumn, ChainNode, SupplyChain } from '../../analytics/supply-chain';
import { countryShortNamer } from '../../components/country-name';
import { PALETTE } from '../../components/palette';
import { useCountryName, useMineralName } from '../../components/use-names';
import { formatNumber, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import type { ChainBox, ChainGeometry } from './chain-layout';
import { fitLabelOrShort, labelWidth, wrapBalanced, wrapLabel } from './label-placement';
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
  /**
   * A still drawing (a slide): nothing to focus or click, labels of the given size, the columns'
   * headings and an empty column's note in the lines `chainSlideBox` broke them into.
   */
  still?: {
    labelSize: number;
    headingLines?: Record<ChainColumn, string[]>;
    emptyLines?: string[];
  };
}

const COLUMNS = ['mining', 'refining', 'importer'] as const;

/** What the chain writes: each column's heading, each node's label, the note of an empty column. */
export interface ChainLabels {
  headings: Record<ChainColumn, string>;
  nodeText: (node: ChainNode) => string;
  /** The label with the country's short name, where it has one (「香港」); else null. */
  shortText: (node: ChainNode) => string | null;
  empty: string;
}

/** The chain's texts in the reader's language, for the drawing and for measuring its room. */
export function useChainLabels(chain: SupplyChain): ChainLabels {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const countryName = useCountryName();
  const shortName = countryShortNamer(t);
  const mineralName = useMineralName();
  const severalMinerals =
    new Set(chain.nodes.flatMap((node) => (node.column === 'importer' ? [] : [node.mineral])))
      .size > 1;
  const text = (node: ChainNode, name: string) => {
    if (node.column === 'importer') return name;
    const label = severalMinerals ? `${name} · ${mineralName(node.mineral)}` : name;
    return `${label} ${node.share === null ? t('common.na') : formatShare(node.share, language)}`;
  };
  return {
    headings: {
      mining: t('network.columnMining'),
      refining: t('network.columnRefining'),
      importer: t('network.columnImporter'),
    },
    nodeText: (node) => text(node, countryName(node.country)),
    shortText: (node) => {
      const short = shortName(node.country);
      return short === null ? null : text(node, short);
    },
    empty: t('network.legendNa'),
  };
}

/** The space between a bar and its label: 6 px on screen, more with a slide's larger type. */
const labelGapFor = (labelSize: number) => Math.max(6, Math.round(labelSize * 0.3));

/** Headings are bold: a little wider than `labelWidth` reckons regular type. */
const BOLD = 1.1;

/**
 * The step between the lines of a heading or note broken into several, in ems: a Japanese font's
 * glyphs stand 1.45 em tall, so that lines 1.3 em apart would touch.
 */
const LINE = 1.45;

/** The room above the columns for headings of so many lines. */
function headingRoom(lines: number, labelSize: number) {
  return Math.max(HEADING, Math.ceil(lines * labelSize * LINE + labelSize * 0.4));
}

/**
 * The chain on a slide: each column's labels as wide as its longest, so names stay whole (cut only
 * where the drawing is too narrow for them all), the rest of the width for the ribbons, headings broken into lines where their column is
 * narrower, rows the stage's type tall beside bars taller than them, and a fifth of each column's
 * height kept for the bars and ribbons beyond the rows' labels, so that the values show at any
 * stage size (rows that do not fit are counted in the notes).
 */
export function chainSlideBox(
  width: number,
  height: number,
  labelSize: number,
  chain: SupplyChain,
  labels: ChainLabels,
): { box: ChainBox; headingLines: Record<ChainColumn, string[]>; emptyLines: string[] } {
  // Bars as wide as the type is large: 12 px at 1280 × 720, three times that at 3840 × 2160.
  const barWidth = Math.max(BAR_WIDTH, Math.round(labelSize * 0.55));
  const labelGap = labelGapFor(labelSize);
  const widest = (texts: string[]) =>
    Math.max(0, ...texts.map((text) => labelWidth(text, labelSize)));
  const inColumn = (column: ChainColumn) =>
    chain.nodes.filter((node) => node.column === column).map(labels.nodeText);
  // An empty column's note in two lines: it need not widen its column as a name would.
  const emptyLines = wrapLabel(labels.empty, widest([labels.empty]) * 0.6, labelSize);
  // Each column's room: its widest label, or its note, and its heading beside its bar (or half of
  // it, in two lines, where the drawing has no room for the headings in one).
  const need = (column: ChainColumn, headingPart: number) =>
    Math.max(
      inColumn(column).length === 0
        ? widest(emptyLines) - barWidth
        : widest(inColumn(column)) + labelGap,
      widest([labels.headings[column]]) * BOLD * headingPart - barWidth,
    );
  // The refiners' labels come right after the miners' bars, a line's height apart. What is left
  // is the ribbons', at least four lines' worth; where the labels need more than the drawing has,
  // each column gives up room in proportion (and its longest labels are cut).
  const room = width - 3 * barWidth - 4 * labelSize;
  const needsWith = (headingPart: number) => ({
    mining: need('mining', headingPart),
    refining: need('refining', headingPart) + labelGap + labelSize,
    importer: need('importer', headingPart),
  });
  const sumOf = (rooms: Record<ChainColumn, number>) =>
    rooms.mining + rooms.refining + rooms.importer;
  const oneLine = needsWith(1);
  const needs = sumOf(oneLine) <= room ? oneLine : needsWith(0.55);
  const total = sumOf(needs);
  const shrink = total > room ? room / total : 1;
  const labelRoom = needs.mining * shrink;
  const middleRoom = needs.refining * shrink;
  const rightRoom = needs.importer * shrink;
  // The headings' room: as the bars' and labels' (see ChainSvg's labelRoom).
  const headingWidth: Record<ChainColumn, number> = {
    mining: labelRoom + barWidth,
    refining: middleRoom + barWidth - labelSize,
    importer: rightRoom + barWidth,
  };
  const headingLines = Object.fromEntries(
    COLUMNS.map((column) => [
      column,
      wrapBalanced(labels.headings[column], headingWidth[column] / BOLD, labelSize),
    ]),
  ) as Record<ChainColumn, string[]>;
  const lines = Math.max(...COLUMNS.map((column) => headingLines[column].length));
  return {
    box: {
      width,
      // Below the last row, room for the part of a Japanese label that stands out of its row.
      height: height - headingRoom(lines, labelSize) - Math.ceil(labelSize * ((LINE - 1.3) / 2)),
      rowHeight: Math.ceil(labelSize * 1.3),
      labelRoom: Math.round(labelRoom),
      rightRoom: Math.round(rightRoom),
      middleRoom: Math.round(middleRoom),
      barWidth,
      gap: Math.round(labelSize / 4),
      barShare: 0.2,
      rowsHoldBars: true,
    },
    headingLines,
    emptyLines,
  };
}

/** The chain's columns in a drawing of this size, with labels of this size. */
export function chainBox(width: number, height: number, labelSize: number): ChainBox {
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
  const { headings, nodeText, shortText, empty } = useChainLabels(chain);
  const labelSize = still?.labelSize ?? 12;
  const { barWidth } = geometry;
  const labelGap = labelGapFor(labelSize);
  const headingLines =
    still?.headingLines ??
    (Object.fromEntries(COLUMNS.map((column) => [column, [headings[column]]])) as Record<
      ChainColumn,
      string[]
    >);
  const top = headingRoom(
    Math.max(...COLUMNS.map((column) => headingLines[column].length)),
    labelSize,
  );
  const lineHeight = labelSize * LINE;
  const byId = new Map(chain.nodes.map((node) => [node.id, node]));
  const focusedCountry = focused?.startsWith('c:') ? focused.slice(2) : null;
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
    mining: geometry.columnX.mining - labelGap,
    refining: geometry.columnX.refining - geometry.columnX.mining - barWidth - 2 * labelGap,
    importer: width - geometry.columnX.importer - barWidth - labelGap,
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
      {COLUMNS.map((column) =>
        headingLines[column].map((line, i) => (
          <text
            key={`${column}-${i}`}
            className="chain-heading"
            x={geometry.columnX[column] + (column === 'importer' ? 0 : barWidth)}
            y={labelSize * 1.15 + 2 + i * lineHeight}
            textAnchor={column === 'importer' ? 'start' : 'end'}
            fontSize={labelSize}
            fontWeight="bold"
            fill={PALETTE.text}
          >
            {line}
          </text>
        )),
      )}
      {COLUMNS.filter((column) => !geometry.nodes.some((node) => node.column === column)).map(
        (column) =>
          (still?.emptyLines ?? [empty]).map((line, i) => (
            <text
              key={`${column}-${i}`}
              className="chain-empty"
              x={geometry.columnX[column] + (column === 'importer' ? 0 : barWidth)}
              y={top + labelSize + i * lineHeight}
              textAnchor={column === 'importer' ? 'start' : 'end'}
              fontSize={labelSize}
              fill={PALETTE.text}
            >
              {line}
            </text>
          )),
      )}
      <g transform={`translate(0,${top})`}>
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
              data-value={edge.value}
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
                  width={barWidth}
                  height={labelSize}
                  fill="#ffffff"
                  stroke={COLUMN_COLOR[place.column]}
                  strokeDasharray="3 2"
                />
              ) : (
                <rect
                  x={place.x}
                  y={place.barTop}
                  width={barWidth}
                  height={Math.max(place.barHeight, 1)}
                  fill={COLUMN_COLOR[place.column]}
                  stroke={pressed ? PALETTE.text : 'none'}
                  strokeWidth={2}
                />
              )}
              <text
                className="graph-label"
                x={labelRight ? place.x + barWidth + labelGap : place.x - labelGap}
                y={place.y}
                dominantBaseline="central"
                textAnchor={labelRight ? 'start' : 'end'}
                fontSize={labelSize}
                fontWeight={pressed ? 'bold' : undefined}
                fill={PALETTE.text}
                aria-hidden="true"
              >
                {fitLabelOrShort(
                  nodeText(node),
                  shortText(node),
                  labelRoom[place.column],
                  labelSize,
                )}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
