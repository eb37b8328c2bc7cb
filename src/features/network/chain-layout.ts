import { sum } from 'd3';
import {
  importerNodeId,
  type ChainColumn,
  type ChainEdge as ChainEdgePlaceInput,
  type ChainNode,
  type SupplyChain,
} from '../../analytics/supply-chain';

export interface ChainNodePlace {
  id: string;
  column: ChainColumn;
  /** The left edge of the node's bar. */
  x: number;
  /** The middle of the node's row, where its label sits. */
  y: number;
  barTop: number;
  /** Zero for a producer whose share is not published: it is drawn as n/a, never as a sliver. */
  barHeight: number;
}

export interface ChainEdgePlace {
  id: string;
  /** A filled ribbon from the refiner's row to the importer's bar. */
  path: string;
  /** Its width at the importer: the flow's value on the importers' scale. */
  width: number;
}

export interface ChainGeometry {
  nodes: ChainNodePlace[];
  edges: ChainEdgePlace[];
  /** The left edge of each column's bars. */
  columnX: Record<ChainColumn, number>;
  /** Nodes left out of a column for want of room (the table lists them). */
  left: Record<ChainColumn, number>;
  /** The bars' width, the box's. */
  barWidth: number;
}

export interface ChainBox {
  width: number;
  height: number;
  /** The height of a label's line: every row is at least this tall, so labels never overlap. */
  rowHeight: number;
  /** Room for the labels of the first two columns, which sit left of their bars. */
  labelRoom: number;
  /** Room right of the importers' bars for their names; `labelRoom` when not given. */
  rightRoom?: number;
  /**
   * Room between the miners' bars and the refiners' for the refiners' labels: the refining column
   * follows it, leaving the rest of the width to the ribbons. Half the width when not given.
   */
  middleRoom?: number;
  barWidth: number;
  gap: number;
  /**
   * The part of each column's height kept for bars (0 to 1): rows beyond what the rest holds are
   * left out, so that a short drawing (a slide) still shows the values. 0 when not given: every
   * row that fits is drawn, however little room is left for the bars.
   */
  barShare?: number;
  /**
   * A row as tall as its label or its bar, whichever is taller, the label beside the bar's middle
   * (a slide, where rows are dear); when not set, a row is its label's line and its bar together.
   */
  rowsHoldBars?: boolean;
}

const COLUMN_ORDER: ChainColumn[] = ['mining', 'refining', 'importer'];

/**
 * Where each node and edge of the chain is drawn: three columns of bars, each row at least one
 * label tall. Producer bars share one scale (a share of the world is comparable across mining and
 * refining); importer bars are as tall as the flows drawn into them, and each flow is a ribbon of
 * that scale, stacked in its importer's bar. The columns' order is the input's: nodes are sorted
 * by the caller.
 */
export function chainLayout(chain: SupplyChain, box: ChainBox): ChainGeometry {
  const { width, height, rowHeight, labelRoom, barWidth, gap } = box;
  const rightRoom = box.rightRoom ?? labelRoom;
  const barShare = Math.min(Math.max(box.barShare ?? 0, 0), 1);
  const columnX: Record<ChainColumn, number> = {
    mining: labelRoom,
    refining:
      box.middleRoom === undefined ? Math.round(width / 2) : labelRoom + barWidth + box.middleRoom,
    importer: width - rightRoom - barWidth,
  };
  const rowsRoom = height * (1 - barShare);
  const maxRows = Math.max(1, Math.floor((rowsRoom + gap) / (rowHeight + gap)));
  // Where rows must be left out, the reader's own country keeps its row: its flows are drawn
  // whatever their size, and the notes say so.
  const inColumn = (column: ChainColumn) => {
    const nodes = chain.nodes.filter((node) => node.column === column);
    const first = nodes.slice(0, maxRows);
    const own = nodes.find((node) => node.id === importerNodeId(chain.viewAs));
    return own && !first.includes(own) ? [...first.slice(0, maxRows - 1), own] : first;
  };
  const shown = Object.fromEntries(
    COLUMN_ORDER.map((column) => [column, inColumn(column)]),
  ) as Record<ChainColumn, ChainNode[]>;
  const left = Object.fromEntries(
    COLUMN_ORDER.map((column) => [
      column,
      chain.nodes.filter((node) => node.column === column).length - shown[column].length,
    ]),
  ) as Record<ChainColumn, number>;
  const shownIds = new Set(COLUMN_ORDER.flatMap((column) => shown[column].map((node) => node.id)));
  const edges = chain.edges.filter(
    (edge) => shownIds.has(edge.source) && shownIds.has(edge.target),
  );
  const inflow = (id: string) =>
    sum(
      edges.filter((edge) => edge.target === id),
      (edge) => edge.value,
    );
  const measure = (node: ChainNode) =>
    node.column === 'importer' ? inflow(node.id) : (node.share ?? 0);
  // Height left for the bars once every row has its label's line and its gap.
  const spare = (nodes: ChainNode[]) =>
    height - nodes.length * rowHeight - (nodes.length - 1) * gap;
  const rowsHoldBars = box.rowsHoldBars ?? false;
  const rowTall = (barHeight: number) =>
    rowsHoldBars ? Math.max(rowHeight, barHeight) : rowHeight + barHeight;
  // A column with nothing to measure puts no limit on the scale of the others.
  const scaleFor = (nodes: ChainNode[]) => {
    const total = sum(nodes, measure);
    if (total <= 0) return Infinity;
    if (!rowsHoldBars) return Math.max(0, spare(nodes)) / total;
    // The scale at which the rows, each max(label, bar) tall, fill the column: with the j largest
    // bars taller than a label, j·(their scale) + the other rows' labels make the height.
    const room = height - (nodes.length - 1) * gap;
    const measures = nodes
      .map(measure)
      .filter((value) => value > 0)
      .sort((a, b) => b - a);
    let above = 0;
    for (let j = 1; j <= measures.length; j += 1) {
      above += measures[j - 1]!;
      const scale = (room - (nodes.length - j) * rowHeight) / above;
      const next = measures[j] ?? 0;
      if (measures[j - 1]! * scale >= rowHeight && next * scale <= rowHeight) return scale;
    }
    // Not even the largest bar outgrows its label: it fills its row.
    return Math.max(0, (room - (nodes.length - 1) * rowHeight) / measures[0]!);
  };
  const producerScale = Math.min(scaleFor(shown.mining), scaleFor(shown.refining));
  const finite = (scale: number) => (Number.isFinite(scale) ? scale : 0);
  const scales: Record<ChainColumn, number> = {
    mining: finite(producerScale),
    refining: finite(producerScale),
    importer: finite(scaleFor(shown.importer)),
  };

  const nodes: ChainNodePlace[] = [];
  for (const column of COLUMN_ORDER) {
    let top = 0;
    for (const node of shown[column]) {
      // An unpublished share measures 0: its row keeps its label and draws no bar.
      const barHeight = measure(node) * scales[column];
      const tall = rowTall(barHeight);
      nodes.push({
        id: node.id,
        column,
        x: columnX[column],
        y: top + tall / 2,
        barTop: rowsHoldBars ? top + (tall - barHeight) / 2 : top + rowHeight / 2,
        barHeight,
      });
      top += tall + gap;
    }
  }

  const place = new Map(nodes.map((node) => [node.id, node]));
  const widthOf = (value: number) => Math.max(1, value * scales.importer);
  // A ribbon is as wide as its value where it enters its importer's bar. Where it leaves, the
  // refiner's ribbons are stacked in its row, narrowed together when they would not fit in it.
  const ends = new Map<string, { from: [number, number]; to: [number, number] }>();
  const byOtherEnd =
    (end: 'source' | 'target') => (a: ChainEdgePlaceInput, b: ChainEdgePlaceInput) =>
      place.get(a[end])!.y - place.get(b[end])!.y;
  for (const node of nodes) {
    const out = edges.filter((edge) => edge.source === node.id).sort(byOtherEnd('target'));
    const total = sum(out, (edge) => widthOf(edge.value));
    const fit = Math.min(1, rowTall(node.barHeight) / total);
    let y = node.y - (total * fit) / 2;
    for (const edge of out) {
      const width = widthOf(edge.value) * fit;
      ends.set(edge.id, { from: [y, y + width], to: [0, 0] });
      y += width;
    }
    let into = node.barTop;
    for (const edge of edges.filter((edge) => edge.target === node.id).sort(byOtherEnd('source'))) {
      ends.get(edge.id)!.to = [into, into + widthOf(edge.value)];
      into += widthOf(edge.value);
    }
  }
  return {
    nodes,
    edges: edges.map((edge) => {
      const { from, to } = ends.get(edge.id)!;
      const x0 = place.get(edge.source)!.x + barWidth;
      const x1 = place.get(edge.target)!.x;
      const middle = (x0 + x1) / 2;
      return {
        id: edge.id,
        width: widthOf(edge.value),
        path:
          `M${x0},${from[0]}C${middle},${from[0]} ${middle},${to[0]} ${x1},${to[0]}` +
          `L${x1},${to[1]}C${middle},${to[1]} ${middle},${from[1]} ${x0},${from[1]}Z`,
      };
    }),
    columnX,
    left,
    barWidth,
  };
}
