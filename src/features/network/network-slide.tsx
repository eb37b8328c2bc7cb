import { zoomIdentity } from 'd3';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlideFrame } from '../../components/slide-frame';
import { useMineralName } from '../../components/use-names';
import { formatList } from '../../lib/format';
import { useElementSize } from '../../components/use-element-width';
import { chainLayout } from './chain-layout';
import { ChainNotes } from './chain-notes';
import { ChainSvg, chainSlideBox, useChainLabels } from './chain-svg';
import { fitToView } from './fit-to-view';
import { GraphSvg } from './graph-svg';
import { NetworkLegend } from './network-legend';
import { useNetworkGraph, useNetworkSettings } from './use-network-graph';

const ignore = () => {};

/**
 * The network as a slide: the whole graph fitted to the room the slide gives it, with its legend;
 * the chain laid out for the stage, with its notes and sources under it.
 */
export function NetworkSlide() {
  const { t } = useTranslation();
  const frame = useSlideFrame();
  const settings = useNetworkSettings();
  const { state, graph, chain, chainYears, tradeLoading, layout, nodeLabel, nodeColor, title } =
    useNetworkGraph(settings);
  const mineralName = useMineralName();
  const { attach, width, height } = useElementSize({ width: 0, height: 0 });
  const nodeRefs = useRef(new Map<string, SVGGElement>());
  const fontSize = frame?.fontSize ?? 16;
  const chainLabels = useChainLabels(chain);
  if (graph.nodes.length === 0) return <p className="slide-message">{t('network.empty')}</p>;
  const fit =
    layout.positions && width > 0 && height > 0
      ? fitToView(layout.positions, { width, height, margin: fontSize * 3, grow: true })
      : null;
  const positions = layout.positions;
  const isChain = settings.layout === 'chain';
  const labelSize = fontSize * 0.9;
  const chainFit =
    isChain && width > 0 && height > 0
      ? chainSlideBox(width, height, labelSize, chain, chainLabels)
      : null;
  const chainGeometry = chainFit ? chainLayout(chain, chainFit.box) : null;
  return (
    <>
      <h2>{title}</h2>
      <div className={isChain ? 'slide-network slide-chain' : 'slide-network'}>
        <div className="slide-graph" ref={attach}>
          {isChain && tradeLoading ? (
            <p role="status" className="loading">
              {t('network.layingOut')}
            </p>
          ) : chainGeometry ? (
            <ChainSvg
              chain={chain}
              geometry={chainGeometry}
              width={width}
              height={height}
              focused={null}
              label={t('network.chainAlt', {
                minerals: formatList(state.minerals.map(mineralName), state.language),
              })}
              tabStop={null}
              onFocus={ignore}
              onKeyDown={ignore}
              nodeRefs={nodeRefs}
              still={{
                labelSize,
                headingLines: chainFit!.headingLines,
                emptyLines: chainFit!.emptyLines,
              }}
            />
          ) : isChain ? null : !positions || !fit ? (
            <p role="status" className="loading">
              {t('network.layingOut')}
            </p>
          ) : (
            <GraphSvg
              graph={graph}
              position={(id) => positions[id]}
              transform={zoomIdentity.translate(fit.x, fit.y).scale(fit.k)}
              focused={null}
              near={null}
              nodeLabel={nodeLabel}
              nodeColor={nodeColor}
              label={t('network.alt', { count: graph.nodes.length })}
              width={width}
              tabStop={null}
              onFocus={ignore}
              onDrag={ignore}
              onKeyDown={ignore}
              nodeRefs={nodeRefs}
              attach={ignore}
              still={{ width, height, labelSize }}
            />
          )}
        </div>
        <NetworkLegend
          layout={settings.layout}
          showTrade={settings.showTrade}
          showPartnerships={settings.showPartnerships}
        />
        {isChain ? (
          <ChainNotes chain={chain} left={chainGeometry?.left ?? null} years={chainYears} />
        ) : null}
      </div>
    </>
  );
}
