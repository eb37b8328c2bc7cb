import { randomLcg } from 'd3';
import Graph from 'graphology';
import Sigma from 'sigma';
import { drawGraph, drawPannedBitmap } from '../src/features/network/canvas-renderer';
import { LAYOUT_TICKS } from '../src/features/network/use-graph-layout';

/** A seeded random graph: `n` nodes, about three links each, a few hubs (like producer countries). */
function syntheticGraph(n: number, linksPerNode: number, seed = 3) {
  const random = randomLcg(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    weight: i < n / 50 ? 1 : random() * 0.2,
    x: (random() - 0.5) * 800,
    y: (random() - 0.5) * 800,
  }));
  const links: { source: string; target: string; strength: number }[] = [];
  for (let i = 0; i < n * linksPerNode; i += 1) {
    const source = Math.floor(random() * n);
    const target = random() < 0.5 ? Math.floor(random() * (n / 50)) : Math.floor(random() * n);
    if (source !== target)
      links.push({ source: `n${source}`, target: `n${target}`, strength: random() });
  }
  return { nodes, links };
}

let longestTask = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
}).observe({ type: 'longtask', buffered: true });

function timeWorker(worker: Worker, message: unknown): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    worker.onmessage = () => {
      resolve(performance.now() - started);
      worker.terminate();
    };
    worker.postMessage(message);
  });
}

async function layoutOurs(n: number, linksPerNode: number) {
  const { nodes, links } = syntheticGraph(n, linksPerNode);
  longestTask = 0;
  const worker = new Worker(new URL('../src/features/network/layout.worker.ts', import.meta.url), {
    type: 'module',
  });
  const milliseconds = await timeWorker(worker, {
    nodes,
    links,
    ticks: LAYOUT_TICKS,
    seed: 0.42,
    requestId: 0,
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { milliseconds, longestTask, edges: links.length };
}

async function layoutSigma(n: number, linksPerNode: number) {
  const { nodes, links } = syntheticGraph(n, linksPerNode);
  const worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
  const milliseconds = await timeWorker(worker, {
    nodes,
    links: links.map((link) => [link.source, link.target]),
    iterations: LAYOUT_TICKS,
  });
  return { milliseconds };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function frameTime(step: (frame: number) => void, frames = 60) {
  await nextFrame();
  const started = await nextFrame();
  for (let frame = 0; frame < frames; frame += 1) {
    step(frame);
    await nextFrame();
  }
  return (performance.now() - started) / frames;
}

/** Pans an SVG drawn the way the network view draws: one transform on a group per frame. */
async function panSvg(n: number) {
  const { nodes, links } = syntheticGraph(n, 3);
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '-480 -280 960 560');
  svg.setAttribute('width', '960');
  svg.setAttribute('height', '560');
  const group = document.createElementNS(ns, 'g');
  const at = new Map(nodes.map((node) => [node.id, node]));
  for (const link of links) {
    const line = document.createElementNS(ns, 'line');
    const a = at.get(link.source)!;
    const b = at.get(link.target)!;
    line.setAttribute('x1', String(a.x));
    line.setAttribute('y1', String(a.y));
    line.setAttribute('x2', String(b.x));
    line.setAttribute('y2', String(b.y));
    line.setAttribute('stroke', '#999');
    group.append(line);
  }
  for (const node of nodes) {
    const circle = document.createElementNS(ns, 'circle');
    circle.setAttribute('cx', String(node.x));
    circle.setAttribute('cy', String(node.y));
    circle.setAttribute('r', '3');
    group.append(circle);
  }
  svg.append(group);
  stage.append(svg);
  return frameTime((frame) =>
    group.setAttribute('transform', `translate(${frame * 3},${frame}) scale(${1 + frame / 120})`),
  );
}

/** Pans the network view's canvas renderer, used above its canvas threshold. */
async function panCanvas(n: number) {
  const { nodes, links } = syntheticGraph(n, 3);
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  const canvas = document.createElement('canvas');
  canvas.width = 960;
  canvas.height = 560;
  stage.append(canvas);
  const context = canvas.getContext('2d')!;
  const positions = Object.fromEntries(
    nodes.map((node) => [node.id, [node.x, node.y] as [number, number]]),
  );
  const graph = {
    nodes: nodes.map((node) => ({ id: node.id, radius: 3, color: '#0072B2', dimmed: false })),
    edges: links.map((link) => ({
      source: link.source,
      target: link.target,
      width: 1,
      color: '#999999',
      alpha: 0.5,
    })),
  };
  // As the network view pans: the full drawing once, then the bitmap moved each frame.
  const start = { width: 960, height: 560, x: 0, y: 0, k: 1 };
  const offscreen = document.createElement('canvas');
  offscreen.width = 960;
  offscreen.height = 560;
  drawGraph(offscreen.getContext('2d')!, graph, positions, start);
  return frameTime((frame) =>
    drawPannedBitmap(context, offscreen, start, {
      ...start,
      x: frame * 3,
      y: frame,
      k: 1 + frame / 120,
    }),
  );
}

async function panSigma(n: number) {
  const { nodes, links } = syntheticGraph(n, 3);
  const graph = new Graph();
  for (const node of nodes) graph.addNode(node.id, { x: node.x, y: node.y, size: 2 });
  for (const link of links)
    if (!graph.hasEdge(link.source, link.target)) graph.addEdge(link.source, link.target);
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  try {
    const renderer = new Sigma(graph, stage);
    const camera = renderer.getCamera();
    const result = await frameTime((frame) =>
      camera.setState({ x: 0.5 + frame / 600, y: 0.5, ratio: 1 - frame / 200 }),
    );
    renderer.kill();
    return result;
  } catch (error) {
    return `unavailable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const stage = document.getElementById('stage')!;
stage.style.width = '960px';
stage.style.height = '560px';
Object.assign(window, { bench: { layoutOurs, layoutSigma, panSvg, panCanvas, panSigma } });
document.title = 'ready';
