import { zoomIdentity } from 'd3';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName, useMineralName } from '../../components/use-names';
import { neighbourhood, type GraphNode } from '../../analytics/dependency-graph';
import { useZoom } from '../../components/use-zoom';
import { citeSource, sourceLines } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { useViewCaption, type CaptionWords } from '../../components/view-caption';
import { useModelIndex } from '../../data/model-context';
import { formatList, sortedByName, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { useElementWidth } from '../../components/use-element-width';
import { MAX_NETWORK_MIN_PERCENT, NETWORK_LAYOUTS } from '../../store/view-settings';
import { CANVAS_THRESHOLD } from './canvas-renderer';
import { chainLayout } from './chain-layout';
import { ChainNotes, ChainYearNotice, useChainNoteLines } from './chain-notes';
import { CHAIN_HEIGHT, ChainSvg, chainBox } from './chain-svg';
import { EdgeTable, NodeDetails } from './edge-list';
import { fitToView } from './fit-to-view';
import { GraphCanvas } from './graph-canvas';
import { GRAPH_HEIGHT, GRAPH_WIDTH } from './graph-style';
import { GraphSvg } from './graph-svg';
import { NetworkLegend, useNetworkLegend } from './network-legend';
import { NodeSearch } from './node-search';
import { graphNodeLabel, useNetworkGraph, useNetworkSettings } from './use-network-graph';

/** Countries and mineral-stages as one graph: who feeds which stage, and who trades with whom. */
export function NetworkView() {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const mineralName = useMineralName();
  const index = useModelIndex();
  const minShareId = useId();
  const setViewSetting = useAppState((s) => s.setViewSetting);
  const networkSettings = useNetworkSettings();
  const { minShare, bothStages, showTrade, showPartnerships, layout: layoutKind } = networkSettings;
  const isChain = layoutKind === 'chain';
  const focused = useAppState((s) => s.settings.networkFocus);
  const asTable = useAppState((s) => s.settings.networkTable);
  const setFocused = useCallback(
    (id: string | null) => setViewSetting('networkFocus', id),
    [setViewSetting],
  );
  const [dragged, setDragged] = useState<Record<string, [number, number]>>({});
  /** The node that last had the keyboard focus: the graph's one Tab stop. */
  const [active, setActive] = useState<string | null>(null);
  const nodeRefs = useRef(new Map<string, SVGGElement>());
  const figureRef = useRef<HTMLElement>(null);
  const { state, graph, chain, chainYears, tradeLoading, layout, nodeLabel, nodeColor, title } =
    useNetworkGraph(networkSettings);
  const legend = useNetworkLegend({ layout: layoutKind, showTrade, showPartnerships });
  // The drawing is as wide as its box on screen, so labels keep their size when the panel opens.
  const { attach: measure, width: boxWidth } = useElementWidth(GRAPH_WIDTH);
  // The canvas, for thousands of nodes, keeps its fixed drawing and is scaled as a picture.
  const drawingWidth =
    graph.nodes.length > CANVAS_THRESHOLD ? GRAPH_WIDTH : Math.max(320, boxWidth);

  // The graph opens fitted to its box, and is fitted again when the box changes size.
  const fit = useMemo(
    () =>
      layout.positions
        ? fitToView(layout.positions, {
            width: drawingWidth,
            height: GRAPH_HEIGHT,
            margin: 40,
            grow: true,
          })
        : null,
    [layout.positions, drawingWidth],
  );
  const chainGeometry = useMemo(
    () => (isChain ? chainLayout(chain, chainBox(drawingWidth, CHAIN_HEIGHT, 12)) : null),
    [isChain, chain, drawingWidth],
  );
  const { attach, transform, zoomTo } = useZoom<SVGSVGElement>({
    width: drawingWidth,
    height: GRAPH_HEIGHT,
    minScale: Math.min(0.3, fit?.k ?? 1),
    maxScale: 6,
    ignore: '.graph-node',
  });
  // Fitted when a layout first arrives on a drawing or the box changes size; a later layout, or
  // the drawing shown again after an empty filter, keeps the reader's zoom.
  const fittedFor = useRef<number | null>(null);
  useEffect(() => {
    if (
      fit &&
      fittedFor.current !== drawingWidth &&
      zoomTo(zoomIdentity.translate(fit.x, fit.y).scale(fit.k))
    )
      fittedFor.current = drawingWidth;
  }, [fit, drawingWidth, zoomTo]);

  const chainNotes = useChainNoteLines(chain, chainGeometry?.left ?? null, chainYears);
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

  // The arrow keys follow the drawing: nodes by name in the network, column by column in the chain.
  const keyOrder = chainGeometry
    ? chainGeometry.nodes.map((node) => node.id)
    : ordered.map((node) => node.id);
  /** The drawn node of a graph node: in the chain, a country's first row. */
  const drawnNode = (id: string) =>
    isChain
      ? chainGeometry?.nodes.find(
          (node) =>
            chain.nodes.find((candidate) => candidate.id === node.id)?.country === id.slice(2),
        )?.id
      : id;
  const tabStop =
    [active, focused && drawnNode(focused)].find((id) => id && keyOrder.includes(id)) ??
    keyOrder[0] ??
    null;
  // Searched in both languages: a Japanese name finds its node in the English view, and back.
  const namesOf = (node: GraphNode) => {
    const names =
      node.kind === 'country'
        ? index.country(node.country)?.name
        : index.mineral(node.mineral)?.name;
    return [nodeLabel(node), names?.en ?? '', names?.ja ?? ''];
  };
  const focusNode = (id: string | null) => {
    setFocused(id);
    const drawn = id && drawnNode(id);
    if (drawn) nodeRefs.current.get(drawn)?.focus();
  };
  const onGraphKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      setFocused(null);
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined || keyOrder.length === 0) return;
    event.preventDefault();
    const currentIndex = keyOrder.indexOf(
      (document.activeElement as Element | null)?.getAttribute('data-id') ?? '',
    );
    const next = keyOrder[(currentIndex + step + keyOrder.length) % keyOrder.length]!;
    nodeRefs.current.get(next)?.focus();
  };
  const drag = useCallback(
    (id: string, at: [number, number]) => setDragged((current) => ({ ...current, [id]: at })),
    [],
  );

  const captionParts = (words: CaptionWords) => [
    formatList(state.minerals.map(words.mineralName), words.language),
    isChain || bothStages
      ? words.t('viewCaption.bothStages')
      : words.t(`stageInSentence.${state.stage}`),
    state.year,
    focusedNode ? words.t('viewCaption.focus', { node: graphNodeLabel(focusedNode, words) }) : null,
    words.t('viewCaption.minShare', { share: formatShare(minShare, words.language) }),
  ];
  useViewCaption(captionParts);
  const caption = captionParts({ language: state.language, t, mineralName, countryName })
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="network">
      <div className="view-heading">
        <h2>{title}</h2>
      </div>
      <div className="map-controls">
        <div role="group" aria-label={t('network.layout')} className="segmented">
          {NETWORK_LAYOUTS.map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={layoutKind === option}
              onClick={() => setViewSetting('networkLayout', option)}
            >
              {t(option === 'chain' ? 'network.layoutChain' : 'network.layoutForce')}
            </button>
          ))}
        </div>
        <div className="field inline">
          <label htmlFor={minShareId}>
            {t('network.minShare', { share: formatShare(minShare, state.language) })}
          </label>
          <input
            id={minShareId}
            type="range"
            min={0}
            max={MAX_NETWORK_MIN_PERCENT / 100}
            step={0.01}
            value={minShare}
            onChange={(event) =>
              setViewSetting('networkMinPercent', Math.round(Number(event.target.value) * 100))
            }
          />
        </div>
        {isChain ? null : (
          <>
            <label className="check">
              <input
                type="checkbox"
                checked={bothStages}
                onChange={() => setViewSetting('networkBothStages', !bothStages)}
              />
              {t('network.bothStages')}
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={showTrade}
                onChange={() => setViewSetting('networkTrade', !showTrade)}
              />
              {t('network.showTrade')}
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={showPartnerships}
                onChange={() => setViewSetting('networkPartnerships', !showPartnerships)}
              />
              {t('network.showPartnerships', {
                country: countryName(state.viewAs),
              })}
            </label>
          </>
        )}
        <NodeSearch nodes={ordered} nodeLabel={nodeLabel} namesOf={namesOf} onFound={focusNode} />
        <button
          type="button"
          aria-pressed={asTable}
          onClick={() => setViewSetting('networkTable', !asTable)}
        >
          {t('network.asTable')}
        </button>
      </div>
      {isChain ? <ChainYearNotice chain={chain} years={chainYears} /> : null}
      {graph.nodes.length === 0 ? (
        <p className="empty-state">{t('network.empty')}</p>
      ) : (isChain ? tradeLoading : layout.positions === null) ? (
        <p role="status" className="loading">
          {t('network.layingOut')}
        </p>
      ) : (
        <div className={focusedNode ? 'network-body with-details' : 'network-body'}>
          <figure className="panel network-figure" ref={figureRef}>
            <div ref={measure}>
              <ExportButtons
                figure={figureRef}
                text={{
                  title,
                  subtitle: caption,
                  legend,
                  // The keys to move around the graph are for the screen, not the picture.
                  footer: [
                    ...(isChain ? chainNotes : []),
                    ...sourceLines(
                      index,
                      graph.edges.map((edge) => edge.sourceId),
                      t('source.label'),
                    ),
                  ],
                }}
                csv={() => [
                  [
                    t('figureExport.edgeFrom'),
                    t('figureExport.edgeTo'),
                    t('figureExport.edgeKind'),
                    t('table.value'),
                    t('table.unit'),
                    t('figureExport.shareColumn'),
                    t('table.source'),
                  ],
                  ...graph.edges.map((edge) => [
                    nodeLabel(graph.nodes.find((node) => node.id === edge.source)!),
                    nodeLabel(graph.nodes.find((node) => node.id === edge.target)!),
                    edge.kind === 'partnership'
                      ? edge.title
                      : t(`figureExport.edgeKinds.${edge.kind}`),
                    edge.kind === 'partnership' ? null : edge.value,
                    edge.kind === 'supply' ? edge.unit : edge.kind === 'trade' ? 'USD' : '',
                    edge.kind === 'supply' ? edge.share : null,
                    citeSource(index, edge.sourceId),
                  ]),
                ]}
                fileStem={`network-${state.minerals.join('-')}-${isChain ? 'chain' : bothStages ? 'mining-refining' : state.stage}-${state.year ?? ''}`}
              />
              {chainGeometry ? (
                <ChainSvg
                  chain={chain}
                  geometry={chainGeometry}
                  width={drawingWidth}
                  height={CHAIN_HEIGHT}
                  focused={focused}
                  label={t('network.chainAlt', {
                    minerals: formatList(state.minerals.map(mineralName), state.language),
                  })}
                  tabStop={tabStop}
                  onFocus={setFocused}
                  onNodeFocus={setActive}
                  onKeyDown={onGraphKey}
                  nodeRefs={nodeRefs}
                />
              ) : layout.positions === null ? null : graph.nodes.length > CANVAS_THRESHOLD ? (
                <GraphCanvas
                  graph={graph}
                  positions={layout.positions}
                  transform={transform}
                  focused={focused}
                  near={near}
                  nodeColor={nodeColor}
                  label={t('network.altCanvas', { count: graph.nodes.length })}
                  onPick={setFocused}
                  attach={attach}
                />
              ) : (
                <GraphSvg
                  graph={graph}
                  position={position}
                  transform={transform}
                  focused={focused}
                  near={near}
                  nodeLabel={nodeLabel}
                  nodeColor={nodeColor}
                  label={t('network.alt', { count: graph.nodes.length })}
                  width={drawingWidth}
                  tabStop={tabStop}
                  onFocus={setFocused}
                  onNodeFocus={setActive}
                  onDrag={drag}
                  onKeyDown={onGraphKey}
                  nodeRefs={nodeRefs}
                  attach={attach}
                />
              )}
            </div>
            <NetworkLegend
              layout={layoutKind}
              showTrade={showTrade}
              showPartnerships={showPartnerships}
            />
            {chainGeometry ? (
              <ChainNotes
                chain={chain}
                left={chainGeometry.left}
                years={chainYears}
                stagesSaidAbove
              />
            ) : null}
            <figcaption className="notes">
              {t(graph.nodes.length > CANVAS_THRESHOLD ? 'network.keysCanvas' : 'network.keys')}
              {isChain ? null : ` ${t('network.labelsOnHover')}`}
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
