import { useQuery } from '@tanstack/react-query';
import {
  geoEqualEarth,
  geoPath,
  interpolateBlues,
  max,
  scaleSequential,
  scaleSqrt,
  select,
  zoom,
  zoomIdentity,
  type ZoomTransform,
} from 'd3';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { topFlows, tradeCodesWithYears } from '../../analytics/flows';
import { partnersOf } from '../../analytics/partners';
import { countryShares } from '../../analytics/shares';
import { useCountryName } from '../../components/country-name';
import { localized } from '../../components/localized';
import { PALETTE } from '../../components/palette';
import { SourceLine } from '../../components/source-line';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import { sortedByName, formatDate, formatNumber, formatShare } from '../../lib/format';
import { useAppState, useFilterState } from '../../store/store-context';
import { CountryProfile } from './country-profile';
import { arcPath } from './map-geometry';
import { SankeyChart } from './sankey-chart';
import { worldShapesQuery } from './world-query';

const WIDTH = 960;
const HEIGHT = 500;
const FLOW_LIMITS = [5, 10, 20, 50];
const LEGEND_STEPS = 5;
/** How the map fills a country with no figure, and one whose figure is withheld (n/a). */
const NO_FIGURE_FILL = '#e6e6e6';
const UNKNOWN_FILL = 'url(#hatch)';

/** Where a mineral is mined or refined, where its trade goes, and who Japan's partners are. */
export function MapView() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const active = useActiveModel();
  const state = useFilterState();
  const shapes = useQuery(worldShapesQuery);
  const trade = useQuery(tradeQuery(active));
  const ids = {
    mineral: useId(),
    code: useId(),
    flowYear: useId(),
    limit: useId(),
    grouping: useId(),
    profile: useId(),
  };
  const [chosenMineral, setMineral] = useState<string | null>(null);
  const mineral =
    chosenMineral && state.minerals.includes(chosenMineral)
      ? chosenMineral
      : (state.minerals[0] ?? index.model.minerals[0]!.id);
  const [chosenCode, setCode] = useState<string | null>(null);
  const [chosenFlowYear, setFlowYear] = useState<number | null>(null);
  const [limit, setLimit] = useState(10);
  const [showPartners, setShowPartners] = useState(true);
  const [grouped, setGrouped] = useState(false);
  const [profile, setProfile] = useState<string | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const svgRef = useRef<SVGSVGElement>(null);

  // d3-zoom owns the wheel and drag gestures on the map; React draws with the transform it reports.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 8])
      .translateExtent([
        [0, 0],
        [WIDTH, HEIGHT],
      ])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    select(svg).call(behaviour);
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [shapes.data]);

  const countryName = useCountryName(state.language);
  const mineralName = localized(index.mineral(mineral)?.name, state.language, mineral);
  const breakdown = useMemo(
    () =>
      state.year === null
        ? null
        : countryShares(index.model.supply, index.model.worldTotals, {
            mineral,
            measure: state.stage,
            year: state.year,
          }),
    [index, mineral, state.stage, state.year],
  );
  const codes = useMemo(
    () => (trade.data ? tradeCodesWithYears(trade.data, mineral) : []),
    [trade.data, mineral],
  );
  const code = codes.find((entry) => entry.code === chosenCode) ?? codes[0];
  const flowYear = code
    ? code.years.includes(chosenFlowYear ?? -1)
      ? chosenFlowYear!
      : code.years.at(-1)!
    : null;
  const flows = useMemo(
    () =>
      trade.data && code && flowYear !== null
        ? topFlows(trade.data, { mineral, code: code.code, year: flowYear }, limit)
        : [],
    [trade.data, code, flowYear, mineral, limit],
  );
  const partners = useMemo(
    () => partnersOf(index.model.partnerships, state.viewAs),
    [index, state.viewAs],
  );

  const projection = useMemo(
    () => geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'Sphere' }),
    [],
  );
  const path = useMemo(() => geoPath(projection), [projection]);
  const centroids = useMemo(() => {
    const points = new Map<string, [number, number]>();
    for (const shape of shapes.data ?? []) {
      if (shape.properties.iso3)
        points.set(shape.properties.iso3, path.centroid(shape) as [number, number]);
    }
    return points;
  }, [shapes.data, path]);

  const shareOf = new Map(breakdown?.countries.map((row) => [row.country, row]) ?? []);
  const maxShare = max(breakdown?.countries ?? [], (row) => row.share ?? 0) || 1;
  const color = scaleSequential(interpolateBlues).domain([0, maxShare]);
  const width = scaleSqrt()
    .domain([0, max(flows, (flow) => flow.value) ?? 1])
    .range([1, 9]);
  const codeEntry = code
    ? index.model.tradeCodes.find((entry) => entry.code === code.code)
    : undefined;
  const missingArcs = flows.filter(
    (flow) => !centroids.has(flow.exporter) || !centroids.has(flow.importer),
  );
  const title = t('map.title', {
    mineral: mineralName,
    stage: t(`stageInSentence.${state.stage}`),
    year: state.year ?? '',
  });
  const countriesWithData = useMemo(
    () =>
      sortedByName(
        new Set([
          ...index.model.supply.map((r) => r.country),
          ...index.model.reserves.map((r) => r.country),
        ]),
        countryName,
        state.language,
      ),
    // countryName depends only on index and language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, state.language],
  );

  return (
    <div className="map-view">
      <div className="view-heading">
        <h2>{title}</h2>
      </div>
      <div className="map-controls">
        <div className="field inline">
          <label htmlFor={ids.mineral}>{t('filters.minerals')}</label>
          <select
            id={ids.mineral}
            value={mineral}
            onChange={(event) => setMineral(event.target.value)}
          >
            {(state.minerals.length > 0 ? state.minerals : [mineral]).map((id) => (
              <option key={id} value={id}>
                {localized(index.mineral(id)?.name, state.language, id)}
              </option>
            ))}
          </select>
        </div>
        {codes.length > 0 && code ? (
          <>
            <div className="field inline">
              <label htmlFor={ids.code}>{t('exposure.code')}</label>
              <select
                id={ids.code}
                value={code.code}
                onChange={(event) => setCode(event.target.value)}
              >
                {codes.map((entry) => (
                  <option key={entry.code} value={entry.code}>
                    {localized(
                      index.model.tradeCodes.find((c) => c.code === entry.code)?.label,
                      state.language,
                      entry.code,
                    )}
                  </option>
                ))}
              </select>
            </div>
            <div className="field inline">
              <label htmlFor={ids.flowYear}>{t('exposure.tradeYear')}</label>
              <select
                id={ids.flowYear}
                value={flowYear ?? ''}
                onChange={(event) => setFlowYear(Number(event.target.value))}
              >
                {code.years.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </div>
            <div className="field inline">
              <label htmlFor={ids.limit}>{t('map.flowsShown')}</label>
              <select
                id={ids.limit}
                value={limit}
                onChange={(event) => setLimit(Number(event.target.value))}
              >
                {FLOW_LIMITS.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
        <label className="check">
          <input
            type="checkbox"
            checked={showPartners}
            onChange={() => setShowPartners((shown) => !shown)}
          />
          {t('map.showPartners', { country: countryName(state.viewAs) })}
        </label>
        <button type="button" onClick={() => setTransform(zoomIdentity)} className="hint-button">
          {t('map.resetZoom')}
        </button>
      </div>
      {shapes.isPending ? (
        <p role="status" className="loading">
          {t('map.loading')}
        </p>
      ) : shapes.error ? (
        <p role="alert">{t('errors.loadFailed', { message: shapes.error.message })}</p>
      ) : (
        <figure className="panel map-figure">
          <svg
            ref={svgRef}
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            width="100%"
            role="img"
            aria-label={t('map.alt', { title })}
            data-export
          >
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
            <g transform={transform.toString()}>
              <path d={path({ type: 'Sphere' }) ?? ''} fill="#f2f6fa" stroke="#c8c8c8" />
              {(shapes.data ?? []).map((shape, position) => {
                const row = shape.properties.iso3 ? shareOf.get(shape.properties.iso3) : undefined;
                const fill = !row
                  ? NO_FIGURE_FILL
                  : row.share === null
                    ? UNKNOWN_FILL
                    : color(row.share);
                const iso3 = shape.properties.iso3;
                return (
                  <path
                    key={`${iso3 ?? shape.properties.name}-${position}`}
                    d={path(shape) ?? ''}
                    fill={fill}
                    stroke={iso3 === profile ? PALETTE.text : '#ffffff'}
                    strokeWidth={(iso3 === profile ? 1.5 : 0.5) / transform.k}
                    className={iso3 ? 'map-country' : undefined}
                    onClick={() => iso3 && setProfile(iso3)}
                  >
                    <title>
                      {`${iso3 ? countryName(iso3) : shape.properties.name}: ${
                        !row
                          ? t('map.noFigure')
                          : row.share === null
                            ? t('common.na')
                            : formatShare(row.share, state.language)
                      }`}
                    </title>
                  </path>
                );
              })}
              {showPartners
                ? partners.map((partner) => {
                    const from = centroids.get(state.viewAs);
                    const to = centroids.get(partner);
                    if (!from || !to) return null;
                    return (
                      <path
                        key={`partner-${partner}`}
                        d={arcPath(from, to, -0.15)}
                        fill="none"
                        stroke={PALETTE.partners}
                        strokeWidth={1.5 / transform.k}
                        strokeDasharray={`${4 / transform.k} ${3 / transform.k}`}
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
                    strokeWidth={width(flow.value) / transform.k}
                    markerEnd="url(#arrow)"
                  >
                    <title>{`${countryName(flow.exporter)} → ${countryName(flow.importer)}: ${formatNumber(flow.value, state.language)} USD`}</title>
                  </path>
                );
              })}
            </g>
          </svg>
          <MapLegend maxShare={maxShare} color={color} />
          <figcaption className="notes">
            {codeEntry ? (
              <p>
                {t('map.flowsCaption', {
                  count: flows.length,
                  code: localized(codeEntry.label, state.language, codeEntry.code),
                  year: flowYear ?? '',
                })}{' '}
                {localized(codeEntry.note, state.language)}
              </p>
            ) : (
              <p>{t('map.noTrade')}</p>
            )}
            {missingArcs.length > 0 ? (
              <p>
                {t('map.notDrawn', {
                  flows: missingArcs
                    .map((flow) => `${countryName(flow.exporter)} → ${countryName(flow.importer)}`)
                    .join('; '),
                })}
              </p>
            ) : null}
            <SourceLine
              sourceIds={[
                ...new Set([
                  ...(breakdown?.worldTotal ? [breakdown.worldTotal.source] : []),
                  ...(breakdown?.countries.map((row) => row.source) ?? []),
                  ...flows.map((flow) => flow.source),
                ]),
              ]}
            />
          </figcaption>
        </figure>
      )}
      {showPartners ? <PartnerList viewAs={state.viewAs} /> : null}
      {trade.data && code && flowYear !== null ? (
        <SankeyChart
          trade={trade.data}
          query={{ mineral, code: code.code, year: flowYear }}
          grouped={grouped}
          onGroupedChange={setGrouped}
          groupingId={ids.grouping}
        />
      ) : null}
      <div className="field">
        <label htmlFor={ids.profile}>{t('map.profileFor')}</label>
        <select
          id={ids.profile}
          value={profile ?? ''}
          onChange={(event) => setProfile(event.target.value || null)}
        >
          <option value="">{t('map.chooseCountry')}</option>
          {countriesWithData.map((country) => (
            <option key={country} value={country}>
              {countryName(country)}
            </option>
          ))}
        </select>
      </div>
      {profile ? <CountryProfile country={profile} onClose={() => setProfile(null)} /> : null}
    </div>
  );
}

function MapLegend({ maxShare, color }: { maxShare: number; color: (value: number) => string }) {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const steps = Array.from({ length: LEGEND_STEPS }, (_, i) => (maxShare * (i + 1)) / LEGEND_STEPS);
  return (
    <ul className="legend map-legend" aria-label={t('map.legend')}>
      {steps.map((step, i) => (
        <li key={step}>
          <LegendSwatch fill={color(step)} />
          {i === 0
            ? `≤ ${formatShare(step, language)}`
            : `${formatShare(steps[i - 1]!, language)}–${formatShare(step, language)}`}
        </li>
      ))}
      <li>
        <LegendSwatch fill={UNKNOWN_FILL} />
        {t('common.na')}
      </li>
      <li>
        <LegendSwatch fill={NO_FIGURE_FILL} />
        {t('map.noFigure')}
      </li>
      <li>
        <svg width="18" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="18" y2="6" stroke={PALETTE.highlight} strokeWidth="3" />
        </svg>
        {t('map.flowLegend')}
      </li>
    </ul>
  );
}

/** A legend's key: a box filled as the map fills the countries it stands for. */
function LegendSwatch({ fill }: { fill: string }) {
  return (
    <svg width="18" height="12" aria-hidden="true">
      <rect width="18" height="12" fill={fill} stroke="#999999" />
    </svg>
  );
}

function PartnerList({ viewAs }: { viewAs: string }) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  const countryName = useCountryName(language);
  const partnerships = index.model.partnerships.filter((partnership) =>
    partnership.countries.includes(viewAs),
  );
  if (partnerships.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="partner-list-heading">
      <h3 id="partner-list-heading">{t('map.partnersTitle', { country: countryName(viewAs) })}</h3>
      <ul className="partner-list">
        {partnerships.map((partnership) => (
          <li key={partnership.id}>
            <strong>
              {partnership.countries
                .filter((country) => country !== viewAs)
                .map(countryName)
                .join(', ')}
            </strong>
            {': '}
            {localized(partnership.title, language, partnership.id)} (
            {formatDate(partnership.date, language)})
            <SourceLine sourceIds={[partnership.source]} />
          </li>
        ))}
      </ul>
    </section>
  );
}
