import { zoomIdentity } from 'd3';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlideFrame } from '../../components/slide-frame';
import { useElementSize } from '../../components/use-element-width';
import { fitToView } from './fit-to-view';
import { GraphSvg } from './graph-svg';
import { NetworkLegend } from './network-legend';
import { useNetworkGraph, useNetworkSettings } from './use-network-graph';

const ignore = () => {};

/** The network as a slide: the whole graph fitted to the room the slide gives it, with its legend. */
export function NetworkSlide() {
  const { t } = useTranslation();
  const frame = useSlideFrame();
  const { graph, layout, nodeLabel, nodeColor, title } = useNetworkGraph(useNetworkSettings());
  const { attach, width, height } = useElementSize({ width: 0, height: 0 });
  const nodeRefs = useRef(new Map<string, SVGGElement>());
  const fontSize = frame?.fontSize ?? 16;
  if (graph.nodes.length === 0) return <p className="slide-message">{t('network.empty')}</p>;
  const fit =
    layout.positions && width > 0 && height > 0
      ? fitToView(layout.positions, { width, height, margin: fontSize * 3, grow: true })
      : null;
  const positions = layout.positions;
  return (
    <>
      <h2>{title}</h2>
      <div className="slide-network">
        <div className="slide-graph" ref={attach}>
          {!positions || !fit ? (
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
              onFocus={ignore}
              onDrag={ignore}
              onKeyDown={ignore}
              nodeRefs={nodeRefs}
              attach={ignore}
              still={{ width, height, labelSize: fontSize * 0.9 }}
            />
          )}
        </div>
        <NetworkLegend />
      </div>
    </>
  );
}
