import type { ZoomTransform } from 'd3';
import { useMemo, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { DependencyGraph, GraphNode } from '../../analytics/dependency-graph';
import { PALETTE } from '../../components/palette';
import { edgeStyle, GRAPH_HEIGHT, graphPoint, nodeRadius } from './graph-style';
import { labelWidth, placeLabels } from './label-placement';
import { nodeButtonProps } from './node-button';

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
  /** The drawing's width: the element's own on screen, so labels keep their size. */
  width: number;
  /** The one node reached by Tab; the arrow keys move from it. */
  tabStop: string | null;
  onFocus: (id: string) => void;
  /** A node took the keyboard focus. */
  onNodeFocus?: (id: string) => void;
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

/**
 * The graph as SVG, drawn in screen units so nodes and labels keep their size at any zoom: every
 * node a button, the graph one Tab stop whose arrow keys move between nodes, and draggable. Labels
 * never overlap: the most connected nodes (and the focused one and its neighbours) keep theirs,
 * the others show on hover and focus.
 */
export function GraphSvg({
  graph,
  position,
  transform,
  focused,
  near,
  nodeLabel,
  nodeColor,
  label,
  width: drawingWidth,
  tabStop,
  onFocus,
  onNodeFocus,
  onDrag,
  onKeyDown,
  nodeRefs,
  attach,
  still,
}: GraphSvgProps) {
  const width = still?.width ?? drawingWidth;
  const height = still?.height ?? GRAPH_HEIGHT;
  const labelSize = still?.labelSize ?? 12;
  const screen = (id: string): [number, number] | undefined => {
    const at = position(id);
    return at && [transform.applyX(at[0] + width / 2), transform.applyY(at[1] + height / 2)];
  };
  const labels = useMemo(
    () =>
      placeLabels(
        graph.nodes.flatMap((node) => {
          const at = screen(node.id);
          if (!at) return [];
          const importance =
            node.id === focused
              ? 3
              : near?.has(node.id)
                ? 2
                : node.kind === 'mineral-stage'
                  ? 1
                  : 0;
          return [
            {
              id: node.id,
              x: at[0],
              y: at[1],
              radius: nodeRadius(node, 'svg'),
              width: labelWidth(nodeLabel(node), labelSize),
              height: Math.ceil(labelSize * 1.3),
              priority: importance + node.weight / 10,
            },
          ];
        }),
        { width, height },
      ),
    // screen and nodeLabel follow position, transform, width and the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, position, transform, width, height, focused, near, labelSize, nodeLabel],
  );
  const startDrag = (event: PointerEvent<SVGGElement>, id: string) => {
    const svg = event.currentTarget.ownerSVGElement;
    if (!svg) return;
    const move = (moveEvent: globalThis.PointerEvent) =>
      onDrag(id, graphPoint(moveEvent, svg.getBoundingClientRect(), transform, { width, height }));
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
              vectorEffect="non-scaling-stroke"
              markerEnd={edge.kind === 'trade' ? 'url(#trade-arrow)' : undefined}
            />
          );
        })}
      </g>
      <g>
        {graph.nodes.map((node) => {
          const at = screen(node.id);
          if (!at) return null;
          const radius = nodeRadius(node, 'svg');
          const placed = labels.get(node.id);
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
                    ...nodeButtonProps({
                      id: node.id,
                      nodeRefs,
                      tabStop,
                      pressed: focused === node.id,
                      label: nodeLabel(node),
                      onNodeFocus,
                      onChoose: () => onFocus(node.id),
                    }),
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
              <text
                className={placed ? 'graph-label' : 'graph-label on-demand'}
                x={placed ? placed.x - at[0] : radius + 4}
                y={labelSize / 3}
                fontSize={labelSize}
                fill={PALETTE.text}
                aria-hidden="true"
              >
                {nodeLabel(node)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
