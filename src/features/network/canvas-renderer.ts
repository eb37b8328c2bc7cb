import type { Positions } from './layout';

export interface CanvasGraph {
  nodes: { id: string; radius: number; color: string; dimmed: boolean }[];
  edges: { source: string; target: string; width: number; color: string; alpha: number }[];
}

/** Above this many nodes the network is drawn on a canvas; SVG cannot pan thousands at 50 fps. */
export const CANVAS_THRESHOLD = 1500;

/**
 * Draws a laid-out graph on a 2D canvas under a zoom transform (translate x, y and scale k), with
 * the origin of the layout at the canvas centre. Edges are batched by colour and width.
 */
export function drawGraph(
  context: CanvasRenderingContext2D,
  graph: CanvasGraph,
  positions: Positions,
  view: { width: number; height: number; x: number; y: number; k: number },
): void {
  context.save();
  context.clearRect(0, 0, view.width, view.height);
  context.translate(view.x + (view.width / 2) * view.k, view.y + (view.height / 2) * view.k);
  context.scale(view.k, view.k);
  const batches = new Map<string, CanvasGraph['edges']>();
  for (const edge of graph.edges) {
    const key = `${edge.color}|${edge.width}|${edge.alpha}`;
    const batch = batches.get(key) ?? [];
    batch.push(edge);
    batches.set(key, batch);
  }
  for (const [, batch] of batches) {
    const first = batch[0]!;
    context.beginPath();
    for (const edge of batch) {
      const from = positions[edge.source];
      const to = positions[edge.target];
      if (!from || !to) continue;
      context.moveTo(from[0], from[1]);
      context.lineTo(to[0], to[1]);
    }
    context.strokeStyle = first.color;
    context.globalAlpha = first.alpha;
    context.lineWidth = first.width / view.k;
    context.stroke();
  }
  context.globalAlpha = 1;
  for (const node of graph.nodes) {
    const at = positions[node.id];
    if (!at) continue;
    context.globalAlpha = node.dimmed ? 0.2 : 1;
    context.beginPath();
    context.arc(at[0], at[1], node.radius, 0, Math.PI * 2);
    context.fillStyle = node.color;
    context.fill();
  }
  context.restore();
}

export interface CanvasView {
  width: number;
  height: number;
  x: number;
  y: number;
  k: number;
}

/**
 * While a pan or zoom gesture lasts, the picture drawn at its start is moved as one bitmap: one
 * image copy a frame instead of thousands of shapes. The full drawing follows when it ends.
 */
export function drawPannedBitmap(
  context: CanvasRenderingContext2D,
  bitmap: CanvasImageSource,
  drawnAt: CanvasView,
  view: CanvasView,
): void {
  const scale = view.k / drawnAt.k;
  // A layout point p sits at x + (w/2 + p) k on screen; between two views that is a scale about
  // the origin and a shift.
  const dx =
    view.x + (view.width / 2) * view.k - (drawnAt.x + (drawnAt.width / 2) * drawnAt.k) * scale;
  const dy =
    view.y + (view.height / 2) * view.k - (drawnAt.y + (drawnAt.height / 2) * drawnAt.k) * scale;
  context.save();
  context.clearRect(0, 0, view.width, view.height);
  context.setTransform(scale, 0, 0, scale, dx, dy);
  context.drawImage(bitmap, 0, 0);
  context.restore();
}
