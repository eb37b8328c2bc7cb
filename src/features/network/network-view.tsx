import { useQuery } from '@tanstack/react-query';
import { select, zoom, zoomIdentity, type ZoomTransform } from 'd3';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../components/country-name';
import {
  dependencyGraph,
  neighbourhood,
  type DependencyGraph,
  type GraphEdge,
  type GraphNode,
} from '../../analytics/dependency-graph';
import { citeSource } from '../../components/citation';
import { localized } from '../../components/localized';
import { GROUP_COLORS, NO_GROUP_COLOR, PALETTE } from '../../components/palette';
import { SourceLine } from '../../components/source-line';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import type { Stage } from '../../domain/model-schema';
import { sortedByName, formatNumber, formatShare } from '../../lib/format';
import { useAppState, useFilterState } from '../../store/store-context';
import { CANVAS_THRESHOLD, drawGraph, drawPannedBitmap, type CanvasView } from './canvas-renderer';
import type { Positions } from './layout';
import { fitToView } from './fit-to-view';
import { useGraphLayout } from './use-graph-layout';

const WIDTH = 960;
const HEIGHT = 560;
const STAGES: Stage[] = ['mining', 'refining'];

/** Countries and mineral-stages as one graph: who feeds which stage, and who trades with whom. */
export function NetworkView() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const active = useActiveModel();
  const state = useFilterState();
  const countryName = useCountryName(state.language);
  const trade = useQuery(tradeQuery(active));
  const ids = { minShare: useId(), search: useId(), list: useId() };
  const [minShare, setMinShare] = useState(0.01);
  const [bothStages, setBothStages] = useState(true);
  const [showTrade, setShowTrade] = useState(false);
  const [showPartnerships, setShowPartnerships] = useState(true);
  const [focused, setFocused] = useState<string | null>(null);
  const [asTable, setAsTable] = useState(false);
  const [dragged, setDragged] = useState<Record<string, [number, number]>>({});
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const svgRef = useRef<SVGSVGElement>(null);
  const nodeRefs = useRef(new Map<string, SVGGElement>());

  const chosenCountries = useMemo(() => {
    const fromGroups = state.groups.flatMap((group) => index.group(group)?.members ?? []);
    return [...new Set([...state.countries, ...fromGroups])];
  }, [state.countries, state.groups, index]);
  const graph: DependencyGraph = useMemo(
    () =>
      state.year === null
        ? { nodes: [], edges: [] }
        : dependencyGraph(index.model, showTrade ? (trade.data ?? []) : [], {
            minerals: state.minerals,
            stages: bothStages ? STAGES : [state.stage],
            year: state.year,
            countries: chosenCountries,
            minShare,
            viewAs: state.viewAs,
            tradeLimit: showTrade ? 40 : 0,
            showPartnerships,
          }),
    [
      index,
      trade.data,
      state.minerals,
      state.stage,
      state.year,
      state.viewAs,
      chosenCountries,
      minShare,
      bothStages,
      showTrade,
      showPartnerships,
    ],
  );
  const layoutKey = JSON.stringify([graph.nodes.map((n) => n.id), graph.edges.map((e) => e.id)]);
  const layout = useGraphLayout(
    layoutKey,
    graph.nodes.map((node) => ({ id: node.id, weight: node.kind === 'country' ? node.weight : 1 })),
    graph.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      strength: edge.kind === 'supply' ? edge.share : 0.05,
    })),
  );

  const laidOut = layout.positions !== null;
  // d3-zoom owns wheel and drag on the background; React draws with the transform it reports.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // A graph larger than the view opens zoomed out to show all of it.
    const fit = layout.positions
      ? fitToView(layout.positions, { width: WIDTH, height: HEIGHT, margin: 20 })
      : null;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([Math.min(0.3, fit?.k ?? 1), 6])
      .filter((event: Event) => !(event.target as Element).closest('.graph-node'))
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    select(svg).call(behaviour);
    if (fit)
      select(svg).call(behaviour.transform, zoomIdentity.translate(fit.x, fit.y).scale(fit.k));
    return () => {
      select(svg).on('.zoom', null);
    };
    // Fitted once, when the first layout arrives; later layouts keep the reader's zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [laidOut]);

  const nodeLabel = (node: GraphNode) =>
    node.kind === 'country'
      ? countryName(node.country)
      : `${localized(index.mineral(node.mineral)?.name, state.language, node.mineral)} · ${t(`stageInSentence.${node.stage}`)}`;
  const nodeColor = (node: GraphNode) => {
    if (node.kind === 'mineral-stage') return PALETTE.mineralStage;
    const groups = index.country(node.country)?.groups ?? [];
    return GROUP_COLORS.find(([group]) => groups.includes(group))?.[1] ?? NO_GROUP_COLOR;
  };
  const ordered = useMemo(
    () => sortedByName(graph.nodes, nodeLabel, state.language),
    // nodeLabel depends on index, language and t only
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, state.language],
  );
  const position = (id: string): [number, number] | undefined =>
    dragged[id] ?? layout.positions?.[id];
  const near = focused ? neighbourhood(graph, focused) : null;
  const focusedNode = graph.nodes.find((node) => node.id === focused) ?? null;

  const focusNode = (id: string | null) => {
    setFocused(id);
    if (id) nodeRefs.current.get(id)?.focus();
  };
  const onGraphKey = (event: KeyboardEvent) => {
    const currentIndex = ordered.findIndex(
      (node) => node.id === (document.activeElement as Element | null)?.getAttribute('data-id'),
    );
    if (event.key === 'Escape') {
      setFocused(null);
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined || ordered.length === 0) return;
    event.preventDefault();
    const next = ordered[(currentIndex + step + ordered.length) % ordered.length]!;
    nodeRefs.current.get(next.id)?.focus();
  };
  const startDrag = (_event: PointerEvent<SVGGElement>, id: string) => {
    const svg = svgRef.current;
    if (!svg) return;
    const move = (moveEvent: globalThis.PointerEvent) => {
      const box = svg.getBoundingClientRect();
      const x =
        ((moveEvent.clientX - box.left) * (WIDTH / box.width) - transform.x) / transform.k -
        WIDTH / 2;
      const y =
        ((moveEvent.clientY - box.top) * (HEIGHT / box.height) - transform.y) / transform.k -
        HEIGHT / 2;
      setDragged((current) => ({ ...current, [id]: [x, y] }));
    };
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
  };

  const title = t('network.title', { year: state.year ?? '' });
  return (
    <div className="network">
      <div className="view-heading">
        <h2>{title}</h2>
      </div>
      <div className="map-controls">
        <div className="field inline">
          <label htmlFor={ids.minShare}>
            {t('network.minShare', { share: formatShare(minShare, state.language) })}
          </label>
          <input
            id={ids.minShare}
            type="range"
            min={0}
            max={0.3}
            step={0.01}
            value={minShare}
            onChange={(event) => setMinShare(Number(event.target.value))}
          />
        </div>
        <label className="check">
          <input type="checkbox" checked={bothStages} onChange={() => setBothStages((on) => !on)} />
          {t('network.bothStages')}
        </label>
        <label className="check">
          <input type="checkbox" checked={showTrade} onChange={() => setShowTrade((on) => !on)} />
          {t('network.showTrade')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={showPartnerships}
            onChange={() => setShowPartnerships((on) => !on)}
          />
          {t('network.showPartnerships', {
            country: countryName(state.viewAs),
          })}
        </label>
        <form
          className="field inline"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            const query =
              new FormData(event.currentTarget).get('node')?.toString().trim().toLowerCase() ?? '';
            const found =
              ordered.find((node) => nodeLabel(node).toLowerCase() === query) ??
              ordered.find((node) => nodeLabel(node).toLowerCase().includes(query));
            if (found) focusNode(found.id);
          }}
        >
          <label htmlFor={ids.search}>{t('network.search')}</label>
          <input id={ids.search} name="node" list={ids.list} type="search" />
          <datalist id={ids.list}>
            {ordered.map((node) => (
              <option key={node.id} value={nodeLabel(node)} />
            ))}
          </datalist>
          <button type="submit">{t('network.find')}</button>
        </form>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable((on) => !on)}>
          {t('network.asTable')}
        </button>
      </div>
      {graph.nodes.length === 0 ? (
        <p className="empty-state">{t('network.empty')}</p>
      ) : layout.positions === null ? (
        <p role="status" className="loading">
          {t('network.layingOut')}
        </p>
      ) : (
        <div className={focusedNode ? 'network-body with-details' : 'network-body'}>
          <figure className="panel network-figure">
            {graph.nodes.length > CANVAS_THRESHOLD ? (
              <GraphCanvas
                graph={graph}
                positions={layout.positions}
                transform={transform}
                focused={focused}
                near={near}
                nodeColor={nodeColor}
                label={t('network.altCanvas', { count: graph.nodes.length })}
                onPick={setFocused}
                svgRef={svgRef}
              />
            ) : (
              <svg
                ref={svgRef}
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                width="100%"
                role="group"
                aria-label={t('network.alt', { count: graph.nodes.length })}
                onKeyDown={onGraphKey}
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
                <g transform={`${transform.toString()} translate(${WIDTH / 2},${HEIGHT / 2})`}>
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
                    return (
                      <line
                        key={edge.id}
                        x1={from[0]}
                        y1={from[1]}
                        x2={to[0]}
                        y2={to[1]}
                        stroke={
                          edge.kind === 'trade'
                            ? PALETTE.highlight
                            : edge.kind === 'partnership'
                              ? PALETTE.partners
                              : '#5b7083'
                        }
                        strokeWidth={edge.kind === 'supply' ? 0.5 + 8 * edge.share : 1.2}
                        strokeOpacity={
                          dimmed ? 0.08 : edge.kind === 'supply' ? 0.25 + 0.6 * edge.share : 0.7
                        }
                        strokeDasharray={edge.kind === 'partnership' ? '5 4' : undefined}
                        markerEnd={edge.kind === 'trade' ? 'url(#trade-arrow)' : undefined}
                      />
                    );
                  })}
                  {graph.nodes.map((node) => {
                    const at = position(node.id);
                    if (!at) return null;
                    const radius = node.kind === 'country' ? 5 + 12 * Math.sqrt(node.weight) : 9;
                    const dimmed = near !== null && !near.has(node.id);
                    const label = nodeLabel(node);
                    return (
                      <g
                        key={node.id}
                        ref={(element) => {
                          if (element) nodeRefs.current.set(node.id, element);
                          else nodeRefs.current.delete(node.id);
                        }}
                        className="graph-node"
                        data-id={node.id}
                        transform={`translate(${at[0]},${at[1]})`}
                        tabIndex={0}
                        role="button"
                        aria-pressed={focused === node.id}
                        aria-label={label}
                        opacity={dimmed ? 0.2 : 1}
                        onClick={() => setFocused(node.id)}
                        onKeyDown={(event) => {
                          if (event.key === 'Enter' || event.key === ' ') {
                            event.preventDefault();
                            setFocused(node.id);
                          }
                        }}
                        onPointerDown={(event) => startDrag(event, node.id)}
                      >
                        {node.kind === 'country' ? (
                          <circle
                            r={radius}
                            fill={nodeColor(node)}
                            stroke={focused === node.id ? PALETTE.text : '#ffffff'}
                            strokeWidth={2}
                          />
                        ) : (
                          <rect
                            x={-9}
                            y={-9}
                            width={18}
                            height={18}
                            rx={3}
                            fill={nodeColor(node)}
                            stroke={focused === node.id ? PALETTE.text : '#ffffff'}
                            strokeWidth={2}
                          />
                        )}
                        <text x={radius + 4} y={4} fontSize={12} fill={PALETTE.text}>
                          {label}
                        </text>
                      </g>
                    );
                  })}
                </g>
              </svg>
            )}
            <NetworkLegend />
            <figcaption className="notes">
              {t(graph.nodes.length > CANVAS_THRESHOLD ? 'network.keysCanvas' : 'network.keys')}
            </figcaption>
          </figure>
          {focusedNode ? (
            <NodeDetails
              node={focusedNode}
              graph={graph}
              nodeLabel={nodeLabel}
              onClear={() => setFocused(null)}
            />
          ) : null}
        </div>
      )}
      {asTable ? <EdgeTable graph={graph} nodeLabel={nodeLabel} /> : null}
    </div>
  );
}

function NetworkLegend() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  return (
    <ul className="legend">
      {GROUP_COLORS.filter(([group]) => index.group(group)).map(([group, color]) => (
        <li key={group}>
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          {localized(index.group(group)?.name, language, group)}
        </li>
      ))}
      <li>
        <span className="swatch" style={{ background: NO_GROUP_COLOR }} aria-hidden="true" />
        {t('network.otherCountries')}
      </li>
      <li>
        <span
          className="swatch square"
          style={{ background: PALETTE.mineralStage }}
          aria-hidden="true"
        />
        {t('network.mineralStage')}
      </li>
    </ul>
  );
}

function edgeText(
  edge: GraphEdge,
  nodeLabel: (id: string) => string,
  t: ReturnType<typeof useTranslation>['t'],
  language: 'en' | 'ja',
) {
  if (edge.kind === 'supply') {
    return t('network.supplyEdge', {
      country: nodeLabel(edge.source),
      stage: nodeLabel(edge.target),
      share: formatShare(edge.share, language),
      value: `${formatNumber(edge.value, language)} ${edge.unit}`,
      status: t(`status.${edge.status as 'reported'}`),
    });
  }
  if (edge.kind === 'trade') {
    return t('network.tradeEdge', {
      from: nodeLabel(edge.source),
      to: nodeLabel(edge.target),
      value: formatNumber(edge.value, language),
      code: edge.code,
      year: edge.year,
    });
  }
  return t('network.partnershipEdge', { from: nodeLabel(edge.source), to: nodeLabel(edge.target) });
}

function NodeDetails({
  node,
  graph,
  nodeLabel,
  onClear,
}: {
  node: GraphNode;
  graph: DependencyGraph;
  nodeLabel: (node: GraphNode) => string;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const labelOf = (id: string) => {
    const found = graph.nodes.find((candidate) => candidate.id === id);
    return found ? nodeLabel(found) : id;
  };
  const edges = graph.edges
    .filter((edge) => edge.source === node.id || edge.target === node.id)
    .sort((a, b) => (b.kind === 'supply' ? b.share : 0) - (a.kind === 'supply' ? a.share : 0));
  return (
    <section
      className="panel node-details"
      aria-labelledby="node-details-heading"
      aria-live="polite"
    >
      <div className="view-heading">
        <h3 id="node-details-heading">{nodeLabel(node)}</h3>
        <button type="button" onClick={onClear}>
          {t('network.clear')}
        </button>
      </div>
      <ul className="partner-list">
        {edges.map((edge) => (
          <li key={edge.id}>{edgeText(edge, labelOf, t, language)}</li>
        ))}
      </ul>
      <SourceLine sourceIds={[...new Set(edges.map((edge) => edge.sourceId))]} />
    </section>
  );
}

function EdgeTable({
  graph,
  nodeLabel,
}: {
  graph: DependencyGraph;
  nodeLabel: (node: GraphNode) => string;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  const labelOf = (id: string) => {
    const found = graph.nodes.find((candidate) => candidate.id === id);
    return found ? nodeLabel(found) : id;
  };
  return (
    <table className="figures-table">
      <caption>{t('network.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('network.link')}</th>
          <th scope="col">{t('table.source')}</th>
        </tr>
      </thead>
      <tbody>
        {graph.edges.map((edge) => (
          <tr key={edge.id}>
            <td>{edgeText(edge, labelOf, t, language)}</td>
            <td>{citeSource(index, edge.sourceId)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The same graph on a canvas, for graphs too large for SVG: d3-zoom still drives the transform (on
 * an SVG overlay of the same size), clicks pick the nearest node, and the search and the table
 * remain the keyboard and screen-reader way in.
 */
function GraphCanvas({
  graph,
  positions,
  transform,
  focused,
  near,
  nodeColor,
  label,
  onPick,
  svgRef,
}: {
  graph: DependencyGraph;
  positions: Positions;
  transform: ZoomTransform;
  focused: string | null;
  near: Set<string> | null;
  nodeColor: (node: GraphNode) => string;
  label: string;
  onPick: (id: string) => void;
  svgRef: React.RefObject<SVGSVGElement | null>;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const bitmap = useRef<{ canvas: HTMLCanvasElement; view: CanvasView } | null>(null);
  const viewRef = useRef<CanvasView>({ width: WIDTH, height: HEIGHT, x: 0, y: 0, k: 1 });
  // Kept in a ref (set before the drawing effects run) so a pan does not redraw everything.
  useEffect(() => {
    viewRef.current = {
      width: WIDTH,
      height: HEIGHT,
      x: transform.x,
      y: transform.y,
      k: transform.k,
    };
  });

  const drawFully = useCallback(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    const offscreen = bitmap.current?.canvas ?? document.createElement('canvas');
    offscreen.width = WIDTH;
    offscreen.height = HEIGHT;
    const view = viewRef.current;
    drawGraph(
      offscreen.getContext('2d')!,
      {
        nodes: graph.nodes.map((node) => ({
          id: node.id,
          radius: node.kind === 'country' ? 3 + 8 * Math.sqrt(node.weight) : 5,
          color: focused === node.id ? PALETTE.text : nodeColor(node),
          dimmed: near !== null && !near.has(node.id),
        })),
        edges: graph.edges.map((edge) => ({
          source: edge.source,
          target: edge.target,
          width: edge.kind === 'supply' ? 0.5 + 4 * edge.share : 1,
          color:
            edge.kind === 'trade'
              ? PALETTE.highlight
              : edge.kind === 'partnership'
                ? PALETTE.partners
                : '#5b7083',
          alpha: near !== null && !(near.has(edge.source) && near.has(edge.target)) ? 0.05 : 0.4,
        })),
      },
      positions,
      view,
    );
    bitmap.current = { canvas: offscreen, view };
    context.clearRect(0, 0, WIDTH, HEIGHT);
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
  const pick = (event: React.MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x =
      ((event.clientX - box.left) * (WIDTH / box.width) - transform.x) / transform.k - WIDTH / 2;
    const y =
      ((event.clientY - box.top) * (HEIGHT / box.height) - transform.y) / transform.k - HEIGHT / 2;
    let best: { id: string; distance: number } | null = null;
    for (const [id, [nx, ny]] of Object.entries(positions)) {
      const distance = Math.hypot(nx - x, ny - y);
      if (!best || distance < best.distance) best = { id, distance };
    }
    if (best && best.distance < 12 / transform.k) onPick(best.id);
  };
  return (
    <div className="graph-canvas">
      <canvas ref={canvasRef} width={WIDTH} height={HEIGHT} role="img" aria-label={label} />
      <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" onClick={pick} />
    </div>
  );
}
