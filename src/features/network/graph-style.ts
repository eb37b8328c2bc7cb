import type { ZoomTransform } from 'd3';
import type { GraphEdge, GraphNode } from '../../analytics/dependency-graph';
import { PALETTE } from '../../components/palette';

export const GRAPH_WIDTH = 960;
export const GRAPH_HEIGHT = 560;

/** Sizes on the SVG drawing, and smaller ones on the canvas, which holds thousands of nodes. */
const SIZES = {
  svg: { country: [5, 12], stage: 9, supply: [0.5, 8], link: 1.2 },
  canvas: { country: [3, 8], stage: 5, supply: [0.5, 4], link: 1 },
} as const;
type Drawing = keyof typeof SIZES;

/** A country's node grows with the square root of its weight; a mineral-stage is one size. */
export function nodeRadius(node: GraphNode, drawing: Drawing): number {
  const sizes = SIZES[drawing];
  return node.kind === 'country'
    ? sizes.country[0] + sizes.country[1] * Math.sqrt(node.weight)
    : sizes.stage;
}

/** Supply lines widen with the share; trade is drawn in the highlight colour, partnerships dashed. */
export function edgeStyle(edge: GraphEdge, drawing: Drawing) {
  const sizes = SIZES[drawing];
  return {
    color:
      edge.kind === 'trade'
        ? PALETTE.highlight
        : edge.kind === 'partnership'
          ? PALETTE.partners
          : '#5b7083',
    width: edge.kind === 'supply' ? sizes.supply[0] + sizes.supply[1] * edge.share : sizes.link,
    dashed: edge.kind === 'partnership',
  };
}

/**
 * Where a pointer is in the graph's own coordinates (centred on the origin), given the drawn
 * element's box on screen, the zoom transform and the drawing's size (its viewBox).
 */
export function graphPoint(
  pointer: { clientX: number; clientY: number },
  box: { left: number; top: number; width: number; height: number },
  transform: Pick<ZoomTransform, 'x' | 'y' | 'k'>,
  drawing: { width: number; height: number } = { width: GRAPH_WIDTH, height: GRAPH_HEIGHT },
): [number, number] {
  const x = (pointer.clientX - box.left) * (drawing.width / box.width);
  const y = (pointer.clientY - box.top) * (drawing.height / box.height);
  return [
    (x - transform.x) / transform.k - drawing.width / 2,
    (y - transform.y) / transform.k - drawing.height / 2,
  ];
}
