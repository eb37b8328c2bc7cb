import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  randomLcg,
} from 'd3';

export interface LayoutNode {
  id: string;
  /** Relative size, 0–n: bigger nodes push harder and need more room. */
  weight: number;
  x?: number;
  y?: number;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  links: { source: string; target: string; strength: number }[];
  ticks: number;
  seed: number;
}

export type Positions = Record<string, [number, number]>;

/** Above this many nodes the layout drops node collisions and runs fewer ticks. */
export const LARGE_GRAPH = 500;

/**
 * A force layout run for a fixed number of ticks on copies of the nodes. Nodes that were laid out
 * before keep their place as the starting point, so that changing a filter moves little; the
 * random source is seeded, so the same input gives the same picture.
 */
export function runLayout(input: LayoutInput): Positions {
  const random = randomLcg(input.seed);
  const nodes = input.nodes.map((node) => ({
    ...node,
    x: node.x ?? (random() - 0.5) * 400,
    y: node.y ?? (random() - 0.5) * 400,
  }));
  const links = input.links.map((link) => ({ ...link }));
  const simulation = forceSimulation(nodes)
    .randomSource(random)
    .force(
      'link',
      forceLink<(typeof nodes)[number], (typeof links)[number]>(links)
        .id((node) => node.id)
        .distance(70)
        .strength((link) => 0.05 + 0.6 * link.strength),
    )
    .force(
      'charge',
      forceManyBody<(typeof nodes)[number]>()
        .strength((node) => -60 - 120 * node.weight)
        // Far nodes are grouped coarsely and very far ones ignored, so the cost grows with n log n.
        .theta(1.2)
        .distanceMax(400),
    )
    .force(
      'collide',
      // Overlaps only matter where labels can be read; large graphs skip this costly force.
      nodes.length <= LARGE_GRAPH
        ? forceCollide<(typeof nodes)[number]>().radius((node) => 10 + 14 * Math.sqrt(node.weight))
        : null,
    )
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.04))
    .stop();
  const ticks = nodes.length > LARGE_GRAPH ? Math.min(input.ticks, 120) : input.ticks;
  for (let tick = 0; tick < ticks; tick += 1) simulation.tick();
  const positions: Positions = {};
  for (const node of nodes)
    positions[node.id] = [Math.round(node.x * 10) / 10, Math.round(node.y * 10) / 10];
  return positions;
}
