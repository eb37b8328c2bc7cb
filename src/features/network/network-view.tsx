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
import { neighbourhood } from '../../analytics/dependency-graph';
import { useZoom } from '../../components/use-zoom';
import { citeSource, sourceLines } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { useViewCaption, type CaptionWords } from '../../components/view-caption';
import { useModelIndex } from '../../data/model-context';
import { formatList, sortedByName, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { MAX_NETWORK_MIN_PERCENT } from '../../store/view-settings';
import { CANVAS_THRESHOLD } from './canvas-renderer';
import { EdgeTable, NodeDetails } from './edge-list';
import { fitToView } from './fit-to-view';
import { GraphCanvas } from './graph-canvas';
import { GRAPH_HEIGHT, GRAPH_WIDTH } from './graph-style';
import { GraphSvg } from './graph-svg';
import { NetworkLegend } from './network-legend';
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
  const { minShare, bothStages, showTrade, showPartnerships } = networkSettings;
  const focused = useAppState((s) => s.settings.networkFocus);
  const asTable = useAppState((s) => s.settings.networkTable);
  const setFocused = useCallback(
    (id: string | null) => setViewSetting('networkFocus', id),
    [setViewSetting],
  );
  const [dragged, setDragged] = useState<Record<string, [number, number]>>({});
  const nodeRefs = useRef(new Map<string, SVGGElement>());
  const figureRef = useRef<HTMLElement>(null);
  const { state, graph, layout, nodeLabel, nodeColor, title } = useNetworkGraph(networkSettings);

  // A graph larger than the view opens zoomed out to show all of it.
  const fit = useMemo(
    () =>
      layout.positions
        ? fitToView(layout.positions, { width: GRAPH_WIDTH, height: GRAPH_HEIGHT, margin: 20 })
        : null,
    [layout.positions],
  );
  const { attach, transform, zoomTo } = useZoom<SVGSVGElement>({
    width: GRAPH_WIDTH,
    height: GRAPH_HEIGHT,
    minScale: Math.min(0.3, fit?.k ?? 1),
    maxScale: 6,
    ignore: '.graph-node',
  });
  const laidOut = layout.positions !== null;
  useEffect(() => {
    if (fit) zoomTo(zoomIdentity.translate(fit.x, fit.y).scale(fit.k));
    // Fitted when a layout first arrives on a drawing; later layouts keep the reader's zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [laidOut, zoomTo]);

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
  const drag = useCallback(
    (id: string, at: [number, number]) => setDragged((current) => ({ ...current, [id]: at })),
    [],
  );

  const captionParts = (words: CaptionWords) => [
    formatList(state.minerals.map(words.mineralName), words.language),
    bothStages ? words.t('viewCaption.bothStages') : words.t(`stageInSentence.${state.stage}`),
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
        <NodeSearch nodes={ordered} nodeLabel={nodeLabel} onFound={focusNode} />
        <button
          type="button"
          aria-pressed={asTable}
          onClick={() => setViewSetting('networkTable', !asTable)}
        >
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
          <figure className="panel network-figure" ref={figureRef}>
            <ExportButtons
              figure={figureRef}
              text={{
                title,
                subtitle: caption,
                footer: [
                  t(graph.nodes.length > CANVAS_THRESHOLD ? 'network.keysCanvas' : 'network.keys'),
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
              fileStem={`network-${state.minerals.join('-')}-${bothStages ? 'mining-refining' : state.stage}-${state.year ?? ''}`}
            />
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
                onFocus={setFocused}
                onDrag={drag}
                onKeyDown={onGraphKey}
                nodeRefs={nodeRefs}
                attach={attach}
              />
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
