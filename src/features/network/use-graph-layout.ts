import { useEffect, useRef, useState } from 'react';
import { runLayout, type LayoutInput, type Positions } from './layout';

export const LAYOUT_TICKS = 300;
const LAYOUT_SEED = 0.42;
/** Layouts kept for the page's life: the view, its slides and a printed deck lay a graph out once. */
const LAYOUTS_KEPT = 32;
const layouts = new Map<string, Positions>();

function keepLayout(key: string, positions: Positions) {
  layouts.delete(key);
  layouts.set(key, positions);
  if (layouts.size > LAYOUTS_KEPT) layouts.delete(layouts.keys().next().value!);
}

interface LayoutResult {
  key: string | null;
  positions: Positions | null;
  milliseconds: number | null;
}

/**
 * Lays a graph out in a Web Worker (in the page where there is none), once per graph state: a
 * result is kept under its key (for every drawing of the graph in the page), and a new layout starts from the positions of the last one.
 */
export function useGraphLayout(
  key: string,
  nodes: LayoutInput['nodes'],
  links: LayoutInput['links'],
): { positions: Positions | null; pending: boolean; milliseconds: number | null } {
  const last = useRef<Positions>({});
  const [result, setResult] = useState<LayoutResult>({
    key: null,
    positions: null,
    milliseconds: null,
  });

  useEffect(() => {
    if (layouts.has(key)) return;
    const input: LayoutInput = {
      nodes: nodes.map((node) => {
        const previous = last.current[node.id];
        return previous ? { ...node, x: previous[0], y: previous[1] } : node;
      }),
      links,
      ticks: LAYOUT_TICKS,
      seed: LAYOUT_SEED,
    };
    const finish = (positions: Positions, milliseconds: number) => {
      keepLayout(key, positions);
      last.current = { ...last.current, ...positions };
      setResult({ key, positions, milliseconds });
    };
    if (typeof Worker === 'undefined') {
      const started = performance.now();
      finish(runLayout(input), performance.now() - started);
      return;
    }
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ positions: Positions; milliseconds: number }>) => {
      finish(event.data.positions, event.data.milliseconds);
      worker.terminate();
    };
    worker.postMessage({ ...input, requestId: 0 });
    return () => worker.terminate();
    // The key names the nodes and links; a change of weights alone keeps the layout laid out before.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // A graph laid out before in the page is drawn at once.
  const kept = layouts.get(key);
  if (kept && result.key !== key) return { positions: kept, pending: false, milliseconds: 0 };
  // Until the new layout arrives the previous picture stays, so a filter change never blanks it.
  const current = result.key === key;
  return {
    positions: result.positions,
    pending: !current,
    milliseconds: current ? result.milliseconds : null,
  };
}
