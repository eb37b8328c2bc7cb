import type { ZoomTransform } from 'd3';
import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import type { DependencyGraph, GraphNode } from '../../analytics/dependency-graph';
import { PALETTE } from '../../components/palette';
import { drawGraph, drawPannedBitmap, type CanvasView } from './canvas-renderer';
import { edgeStyle, GRAPH_HEIGHT, GRAPH_WIDTH, graphPoint, nodeRadius } from './graph-style';
import type { Positions } from './layout';

/**
 * The same graph on a canvas, for graphs too large for SVG: d3-zoom still drives the transform (on
 * an SVG overlay of the same size), clicks pick the nearest node, and the search and the table
 * remain the keyboard and screen-reader way in.
 */
export function GraphCanvas({
  graph,
  positions,
  transform,
  focused,
  near,
  nodeColor,
  label,
  onPick,
  attach,
}: {
  graph: DependencyGraph;
  positions: Positions;
  transform: ZoomTransform;
  focused: string | null;
  near: Set<string> | null;
  nodeColor: (node: GraphNode) => string;
  label: string;
  onPick: (id: string) => void;
  /** Binds the zoom to the overlay that takes the gestures. */
  attach: (element: SVGSVGElement | null) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const bitmap = useRef<{ canvas: HTMLCanvasElement; view: CanvasView } | null>(null);
  const viewRef = useRef<CanvasView>({
    width: GRAPH_WIDTH,
    height: GRAPH_HEIGHT,
    x: 0,
    y: 0,
    k: 1,
  });
  // Kept in a ref (set before the drawing effects run) so a pan does not redraw everything.
  useEffect(() => {
    viewRef.current = {
      width: GRAPH_WIDTH,
      height: GRAPH_HEIGHT,
      x: transform.x,
      y: transform.y,
      k: transform.k,
    };
  });

  const drawFully = useCallback(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    const offscreen = bitmap.current?.canvas ?? document.createElement('canvas');
    offscreen.width = GRAPH_WIDTH;
    offscreen.height = GRAPH_HEIGHT;
    const view = viewRef.current;
    drawGraph(
      offscreen.getContext('2d')!,
      {
        nodes: graph.nodes.map((node) => ({
          id: node.id,
          radius: nodeRadius(node, 'canvas'),
          color: focused === node.id ? PALETTE.text : nodeColor(node),
          dimmed: near !== null && !near.has(node.id),
        })),
        edges: graph.edges.map((edge) => {
          const { width, color } = edgeStyle(edge, 'canvas');
          const dimmed = near !== null && !(near.has(edge.source) && near.has(edge.target));
          return {
            source: edge.source,
            target: edge.target,
            width,
            color,
            alpha: dimmed ? 0.05 : 0.4,
          };
        }),
      },
      positions,
      view,
    );
    bitmap.current = { canvas: offscreen, view };
    context.clearRect(0, 0, GRAPH_WIDTH, GRAPH_HEIGHT);
    context.drawImage(offscreen, 0, 0);
  }, [graph, positions, focused, near, nodeColor]);

  useEffect(drawFully, [drawFully]);

  // During a gesture the last full picture moves as a bitmap; the full drawing follows at rest.
  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context || !bitmap.current) return;
    drawPannedBitmap(context, bitmap.current.canvas, bitmap.current.view, viewRef.current);
    const timer = setTimeout(drawFully, 150);
    return () => clearTimeout(timer);
  }, [transform, drawFully]);
  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const [x, y] = graphPoint(event, event.currentTarget.getBoundingClientRect(), transform);
    let best: { id: string; distance: number } | null = null;
    for (const [id, [nx, ny]] of Object.entries(positions)) {
      const distance = Math.hypot(nx - x, ny - y);
      if (!best || distance < best.distance) best = { id, distance };
    }
    if (best && best.distance < 12 / transform.k) onPick(best.id);
  };
  return (
    <div className="graph-canvas">
      <canvas
        ref={canvasRef}
        width={GRAPH_WIDTH}
        height={GRAPH_HEIGHT}
        role="img"
        aria-label={label}
        data-export
      />
      <svg
        ref={attach}
        viewBox={`0 0 ${GRAPH_WIDTH} ${GRAPH_HEIGHT}`}
        aria-hidden="true"
        onClick={pick}
      />
    </div>
  );
}
