import type { ZoomTransform } from 'd3';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import type { DependencyGraph, GraphNode } from '../../analytics/dependency-graph';
import { PALETTE } from '../../components/palette';
import { edgeStyle, GRAPH_HEIGHT, GRAPH_WIDTH, graphPoint, nodeRadius } from './graph-style';

interface GraphSvgProps {
  graph: DependencyGraph;
  position: (id: string) => [number, number] | undefined;
  transform: ZoomTransform;
  focused: string | null;
  /** The focused node and its neighbours; every other node and link is dimmed. */
  near: Set<string> | null;
  nodeLabel: (node: GraphNode) => string;
  nodeColor: (node: GraphNode) => string;
  label: string;
  onFocus: (id: string) => void;
  /** A node dragged to a point in the graph's coordinates. */
  onDrag: (id: string, at: [number, number]) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  nodeRefs: RefObject<Map<string, SVGGElement>>;
  /** Binds the zoom to this drawing's element. */
  attach: (element: SVGSVGElement | null) => void;
  /**
   * A still drawing (a slide): drawn at its own size in pixels, with labels of the given size,
   * nothing to focus, click or drag.
   */
  still?: { width: number; height: number; labelSize: number };
}

/** The graph as SVG: every node a button, reached by Tab and the arrow keys, and draggable. */
export function GraphSvg({
  graph,
  position,
  transform,
  focused,
  near,
  nodeLabel,
  nodeColor,
  label,
  onFocus,
  onDrag,
  onKeyDown,
  nodeRefs,
  attach,
  still,
}: GraphSvgProps) {
  const width = still?.width ?? GRAPH_WIDTH;
  const height = still?.height ?? GRAPH_HEIGHT;
  // Labels keep their size on screen whatever the zoom that fits the graph.
  const labelSize = still ? still.labelSize / transform.k : 12;
  const startDrag = (event: PointerEvent<SVGGElement>, id: string) => {
    const svg = event.currentTarget.ownerSVGElement;
    if (!svg) return;
    const move = (moveEvent: globalThis.PointerEvent) =>
      onDrag(id, graphPoint(moveEvent, svg.getBoundingClientRect(), transform));
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
  };
  return (
    <svg
      ref={attach}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role={still ? 'img' : 'group'}
      aria-label={label}
      onKeyDown={still ? undefined : onKeyDown}
      data-export
    >
      <defs>
        <marker
          id="trade-arrow"
          viewBox="0 0 10 10"
          refX="18"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={PALETTE.highlight} />
        </marker>
      </defs>
      <g transform={`${transform.toString()} translate(${width / 2},${height / 2})`}>
        {graph.edges.map((edge) => {
          const from = position(edge.source);
          const to = position(edge.target);
          if (!from || !to) return null;
          const dimmed =
            near !== null &&
            !(
              near.has(edge.source) &&
              near.has(edge.target) &&
              (edge.source === focused || edge.target === focused)
            );
          const style = edgeStyle(edge, 'svg');
          return (
            <line
              key={edge.id}
              x1={from[0]}
              y1={from[1]}
              x2={to[0]}
              y2={to[1]}
              stroke={style.color}
              strokeWidth={style.width}
              strokeOpacity={dimmed ? 0.08 : edge.kind === 'supply' ? 0.25 + 0.6 * edge.share : 0.7}
              strokeDasharray={style.dashed ? '5 4' : undefined}
              markerEnd={edge.kind === 'trade' ? 'url(#trade-arrow)' : undefined}
            />
          );
        })}
        {graph.nodes.map((node) => {
          const at = position(node.id);
          if (!at) return null;
          const radius = nodeRadius(node, 'svg');
          const dimmed = near !== null && !near.has(node.id);
          const stroke = focused === node.id ? PALETTE.text : '#ffffff';
          return (
            <g
              key={node.id}
              transform={`translate(${at[0]},${at[1]})`}
              opacity={dimmed ? 0.2 : 1}
              {...(still
                ? {}
                : {
                    ref: (element: SVGGElement | null) => {
                      if (element) nodeRefs.current.set(node.id, element);
                      else nodeRefs.current.delete(node.id);
                    },
                    className: 'graph-node',
                    'data-id': node.id,
                    tabIndex: 0,
                    role: 'button',
                    'aria-pressed': focused === node.id,
                    'aria-label': nodeLabel(node),
                    onClick: () => onFocus(node.id),
                    onKeyDown: (event: KeyboardEvent) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        onFocus(node.id);
                      }
                    },
                    onPointerDown: (event: PointerEvent<SVGGElement>) => startDrag(event, node.id),
                  })}
            >
              {node.kind === 'country' ? (
                <circle r={radius} fill={nodeColor(node)} stroke={stroke} strokeWidth={2} />
              ) : (
                <rect
                  x={-radius}
                  y={-radius}
                  width={2 * radius}
                  height={2 * radius}
                  rx={3}
                  fill={nodeColor(node)}
                  stroke={stroke}
                  strokeWidth={2}
                />
              )}
              <text x={radius + 4} y={labelSize / 3} fontSize={labelSize} fill={PALETTE.text}>
                {nodeLabel(node)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
