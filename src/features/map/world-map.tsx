import { geoEqualEarth, geoPath, type ScaleSequential, zoomIdentity } from 'd3';
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryShare } from '../../analytics/shares';
import type { TradeFlow } from '../../domain/model-schema';
import { PALETTE } from '../../components/palette';
import { useSlideFrame } from '../../components/slide-frame';
import { useCountryName } from '../../components/use-names';
import { useZoom } from '../../components/use-zoom';
import { formatNumber, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { arcPath } from './map-geometry';
import type { CountryShape } from './world-query';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
/** How the map fills a country with no figure, and one whose figure is withheld (n/a). */
export const NO_FIGURE_FILL = '#e6e6e6';
export const UNKNOWN_FILL = 'url(#hatch)';

const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'Sphere' });
const path = geoPath(projection);
const sphere = path({ type: 'Sphere' }) ?? '';

interface WorldMapProps {
  shapes: CountryShape[];
  /** Each producer's share of the world total, by country id. */
  shares: Map<string, CountryShare>;
  color: ScaleSequential<string>;
  flows: TradeFlow[];
  flowWidth: (value: number) => number;
  /** The "view as" country and its partners, drawn as dashed arcs; none when hidden. */
  partnerArcs: { from: string; to: string[] } | null;
  selected: string | null;
  onSelect: (country: string) => void;
  label: string;
  children?: ReactNode;
}

/**
 * The choropleth with its flows and partner arcs. d3-zoom pans and zooms it: a gesture re-renders
 * only the transformed group, whose layers are computed once per change of data (strokes keep
 * their width on screen through `vector-effect`, not through the zoom scale).
 */
export function WorldMap({
  shapes,
  shares,
  color,
  flows,
  flowWidth,
  partnerArcs,
  selected,
  onSelect,
  label,
  children,
}: WorldMapProps) {
  const { t } = useTranslation();
  const { attach, transform, zoomTo } = useZoom<SVGSVGElement>({
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    minScale: 1,
    maxScale: 8,
    clampToView: true,
  });
  const centroids = useMemo(() => {
    const points = new Map<string, [number, number]>();
    for (const shape of shapes) {
      if (shape.properties.iso3)
        points.set(shape.properties.iso3, path.centroid(shape) as [number, number]);
    }
    return points;
  }, [shapes]);
  const outlines = useMemo(() => shapes.map((shape) => path(shape) ?? ''), [shapes]);
  // A slide shows the whole world, still: no zoom, no reset button.
  const onSlide = useSlideFrame() !== null;

  return (
    <figure className="panel map-figure">
      {onSlide ? null : (
        <button type="button" onClick={() => zoomTo(zoomIdentity)} className="hint-button">
          {t('map.resetZoom')}
        </button>
      )}
      <svg
        ref={onSlide ? undefined : attach}
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        width="100%"
        role="img"
        aria-label={label}
        data-export
      >
        <MapDefinitions />
        <g transform={transform.toString()}>
          <path d={sphere} fill="#f2f6fa" stroke="#c8c8c8" vectorEffect="non-scaling-stroke" />
          <CountryLayer
            shapes={shapes}
            outlines={outlines}
            shares={shares}
            color={color}
            selected={selected}
            onSelect={onSelect}
          />
          <ArcLayer
            centroids={centroids}
            flows={flows}
            flowWidth={flowWidth}
            partnerArcs={partnerArcs}
          />
        </g>
      </svg>
      {children}
    </figure>
  );
}

function MapDefinitions() {
  return (
    <defs>
      <pattern
        id="hatch"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={PALETTE.unattributed} strokeWidth="2" />
      </pattern>
      <marker
        id="arrow"
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="8"
        markerHeight="8"
        markerUnits="userSpaceOnUse"
        orient="auto"
      >
        <path d="M0,0 L10,5 L0,10 z" fill={PALETTE.highlight} />
      </marker>
    </defs>
  );
}

const CountryLayer = memo(function CountryLayer({
  shapes,
  outlines,
  shares,
  color,
  selected,
  onSelect,
}: {
  shapes: CountryShape[];
  outlines: string[];
  shares: Map<string, CountryShare>;
  color: ScaleSequential<string>;
  selected: string | null;
  onSelect: (country: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const countryName = useCountryName();
  return shapes.map((shape, position) => {
    const iso3 = shape.properties.iso3;
    const row = iso3 ? shares.get(iso3) : undefined;
    const fill = !row ? NO_FIGURE_FILL : row.share === null ? UNKNOWN_FILL : color(row.share);
    const isSelected = iso3 !== null && iso3 === selected;
    const figure = !row
      ? t('map.noFigure')
      : row.share === null
        ? t('common.na')
        : formatShare(row.share, language);
    return (
      <path
        key={`${iso3 ?? shape.properties.name}-${position}`}
        d={outlines[position]}
        fill={fill}
        stroke={isSelected ? PALETTE.text : '#ffffff'}
        strokeWidth={isSelected ? 1.5 : 0.5}
        vectorEffect="non-scaling-stroke"
        className={iso3 ? 'map-country' : undefined}
        onClick={() => iso3 && onSelect(iso3)}
      >
        <title>{`${iso3 ? countryName(iso3) : shape.properties.name}: ${figure}`}</title>
      </path>
    );
  });
});

const ArcLayer = memo(function ArcLayer({
  centroids,
  flows,
  flowWidth,
  partnerArcs,
}: {
  centroids: Map<string, [number, number]>;
  flows: TradeFlow[];
  flowWidth: (value: number) => number;
  partnerArcs: { from: string; to: string[] } | null;
}) {
  const language = useAppState((state) => state.language);
  const countryName = useCountryName();
  const home = partnerArcs ? centroids.get(partnerArcs.from) : undefined;
  return (
    <>
      {home
        ? partnerArcs!.to.map((partner) => {
            const to = centroids.get(partner);
            if (!to) return null;
            return (
              <path
                key={`partner-${partner}`}
                d={arcPath(home, to, -0.15)}
                fill="none"
                stroke={PALETTE.partners}
                strokeWidth={1.5}
                strokeDasharray="4 3"
                vectorEffect="non-scaling-stroke"
              />
            );
          })
        : null}
      {flows.map((flow) => {
        const from = centroids.get(flow.exporter);
        const to = centroids.get(flow.importer);
        if (!from || !to) return null;
        return (
          <path
            key={`${flow.exporter}-${flow.importer}-${flow.value}`}
            d={arcPath(from, to)}
            fill="none"
            stroke={PALETTE.highlight}
            strokeOpacity={0.75}
            strokeWidth={flowWidth(flow.value)}
            vectorEffect="non-scaling-stroke"
            markerEnd="url(#arrow)"
          >
            <title>{`${countryName(flow.exporter)} → ${countryName(flow.importer)}: ${formatNumber(flow.value, language)} USD`}</title>
          </path>
        );
      })}
    </>
  );
});
