import { geoEqualEarth, geoPath, zoomIdentity } from 'd3';
import {
  memo,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryShare } from '../../analytics/shares';
import type { TradeFlow } from '../../domain/model-schema';
import { PALETTE } from '../../components/palette';
import { useSlideFrame } from '../../components/slide-frame';
import { TooltipBox } from '../../components/tooltip';
import { useCountryName } from '../../components/use-names';
import { useZoom } from '../../components/use-zoom';
import { formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { arcPath, neighbourInDirection, type ArrowDirection } from './map-geometry';
import type { CountryShape } from './world-query';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
/** How the map fills the sea, a country with no figure, and one whose figure is withheld (n/a). */
export const SEA_FILL = '#f7f9fb';
export const NO_FIGURE_FILL = '#d9d9d9';
export const UNKNOWN_FILL = 'url(#hatch)';

const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'Sphere' });
const path = geoPath(projection);
const sphere = path({ type: 'Sphere' }) ?? '';

const ARROWS: Record<string, ArrowDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

interface WorldMapProps {
  shapes: CountryShape[];
  /** Each producer's share of the world total, by country id. */
  shares: Map<string, CountryShare>;
  /** The fill of a known share. */
  color: (share: number) => string;
  flows: TradeFlow[];
  flowWidth: (value: number) => number;
  /** The "view as" country and its partners, drawn as dashed arcs; none when hidden. */
  partnerArcs: { from: string; to: string[] } | null;
  selected: string | null;
  onSelect: (country: string) => void;
  /** What the tooltip says about a country under the pointer or the keyboard. */
  describe: (country: string) => ReactNode;
  label: string;
  keysHint: string;
  children?: ReactNode;
}

/** Where the tooltip stands, in pixels from the figure's top left corner. */
interface Pointed {
  country: string;
  x: number;
  y: number;
}

/**
 * The choropleth with its flows and partner arcs. d3-zoom pans and zooms it: a gesture re-renders
 * only the transformed group, whose layers are computed once per change of data (strokes keep
 * their width on screen through `vector-effect`, not through the zoom scale). The countries are one
 * Tab stop: arrow keys move to the nearest country that way, Enter opens its profile. Arcs let the
 * pointer through to the countries under them.
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
  describe,
  label,
  keysHint,
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
  const figure = useRef<HTMLElement>(null);
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const [keyboardAt, setKeyboardAt] = useState<string | null>(null);
  const centroids = useMemo(() => {
    const points = new Map<string, [number, number]>();
    for (const shape of shapes) {
      const iso3 = shape.properties.iso3;
      if (iso3 && !points.has(iso3)) points.set(iso3, path.centroid(shape) as [number, number]);
    }
    return points;
  }, [shapes]);
  const outlines = useMemo(() => shapes.map((shape) => path(shape) ?? ''), [shapes]);
  const largestProducer = [...shares.values()].find((row) => centroids.has(row.country))?.country;
  // A slide shows the whole world, still: no zoom, no reset button, nothing to tab to.
  const onSlide = useSlideFrame() !== null;
  const tabStop = onSlide
    ? undefined
    : ([keyboardAt, selected, largestProducer].find(
        (country): country is string => !!country && centroids.has(country),
      ) ?? centroids.keys().next().value);

  const countryAt = (target: EventTarget) =>
    (target as Element).closest?.('[data-country]')?.getAttribute('data-country') ?? null;
  const pointAt = (country: string, clientX: number, clientY: number) => {
    const box = figure.current?.getBoundingClientRect();
    setPointed({ country, x: clientX - (box?.left ?? 0), y: clientY - (box?.top ?? 0) });
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    const country = countryAt(event.target);
    if (country) pointAt(country, event.clientX, event.clientY);
    else setPointed(null);
  };
  const onFocus = (event: FocusEvent<SVGGElement>) => {
    const country = countryAt(event.target);
    if (!country) return;
    setKeyboardAt(country);
    const box = (event.target as Element).getBoundingClientRect();
    pointAt(country, box.left + box.width / 2, box.top + box.height / 2);
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const country = countryAt(event.target);
    if (!country) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(country);
      return;
    }
    const direction = ARROWS[event.key];
    const from = centroids.get(country);
    if (!direction || !from) return;
    event.preventDefault();
    const next = neighbourInDirection(from, centroids, direction);
    if (next) event.currentTarget.querySelector<SVGElement>(`[data-country="${next}"]`)?.focus();
  };

  return (
    <figure className="panel map-figure" ref={figure}>
      {onSlide ? null : (
        <div className="map-toolbar">
          <button type="button" onClick={() => zoomTo(zoomIdentity)} className="hint-button">
            {t('map.resetZoom')}
          </button>
          <p className="notes">{keysHint}</p>
        </div>
      )}
      <svg
        ref={onSlide ? undefined : attach}
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        width="100%"
        role="group"
        aria-label={label}
        data-export
      >
        <MapDefinitions />
        <g transform={transform.toString()}>
          <path d={sphere} fill={SEA_FILL} stroke="#c8c8c8" vectorEffect="non-scaling-stroke" />
          <g
            onPointerOver={onPointerMove}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setPointed(null)}
            onFocus={onFocus}
            onBlur={() => setPointed(null)}
            onKeyDown={onKeyDown}
            onClick={(event) => {
              const country = countryAt(event.target);
              if (country) onSelect(country);
            }}
          >
            <CountryLayer
              shapes={shapes}
              outlines={outlines}
              shares={shares}
              color={color}
              selected={selected}
              tabStop={tabStop}
            />
          </g>
          <ArcLayer
            centroids={centroids}
            flows={flows}
            flowWidth={flowWidth}
            partnerArcs={partnerArcs}
          />
        </g>
      </svg>
      {pointed ? (
        <TooltipBox block className="map-tooltip" style={{ left: pointed.x, top: pointed.y }}>
          {describe(pointed.country)}
        </TooltipBox>
      ) : null}
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
  tabStop,
}: {
  shapes: CountryShape[];
  outlines: string[];
  shares: Map<string, CountryShare>;
  color: (share: number) => string;
  selected: string | null;
  tabStop: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const countryName = useCountryName();
  const reachable = new Set<string>();
  return shapes.map((shape, position) => {
    const iso3 = shape.properties.iso3;
    const row = iso3 ? shares.get(iso3) : undefined;
    const fill = !row ? NO_FIGURE_FILL : row.share === null ? UNKNOWN_FILL : color(row.share);
    const isSelected = iso3 !== null && iso3 === selected;
    const key = `${iso3 ?? shape.properties.name}-${position}`;
    // A country drawn in several shapes is reached once, by its first.
    if (!iso3 || reachable.has(iso3)) {
      return (
        <path
          key={key}
          d={outlines[position]}
          fill={fill}
          stroke="#ffffff"
          strokeWidth={0.5}
          vectorEffect="non-scaling-stroke"
          data-country={iso3 ?? undefined}
        />
      );
    }
    reachable.add(iso3);
    const figure = !row
      ? t('map.noFigure')
      : row.share === null
        ? t('common.na')
        : formatShare(row.share, language);
    return (
      <path
        key={key}
        d={outlines[position]}
        fill={fill}
        stroke={isSelected ? PALETTE.text : '#ffffff'}
        strokeWidth={isSelected ? 1.5 : 0.5}
        vectorEffect="non-scaling-stroke"
        className="map-country"
        data-country={iso3}
        role="button"
        tabIndex={iso3 === tabStop ? 0 : -1}
        aria-pressed={isSelected}
        aria-label={`${countryName(iso3)}: ${figure}`}
      />
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
  const home = partnerArcs ? centroids.get(partnerArcs.from) : undefined;
  return (
    <g pointerEvents="none" aria-hidden="true">
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
          />
        );
      })}
    </g>
  );
});
