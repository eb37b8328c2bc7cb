/// <reference lib="webworker" />
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

// The reference: graphology's ForceAtlas2, run for the same number of iterations in a worker.
self.onmessage = (
  event: MessageEvent<{
    nodes: { id: string; x: number; y: number }[];
    links: [string, string][];
    iterations: number;
  }>,
) => {
  const started = performance.now();
  const graph = new Graph();
  for (const node of event.data.nodes) graph.addNode(node.id, { x: node.x, y: node.y });
  for (const [source, target] of event.data.links)
    if (!graph.hasEdge(source, target)) graph.addEdge(source, target);
  forceAtlas2.assign(graph, {
    iterations: event.data.iterations,
    settings: forceAtlas2.inferSettings(graph),
  });
  self.postMessage({ milliseconds: performance.now() - started });
};
