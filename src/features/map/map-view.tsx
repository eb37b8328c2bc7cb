import { useQuery } from '@tanstack/react-query';
import { max, scaleSqrt, schemeBlues } from 'd3';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { topFlows, tradeCodesWithYears } from '../../analytics/flows';
import { partnersOf } from '../../analytics/partners';
import { shareClasses, shareClassOf } from '../../analytics/share-classes';
import { countryShares } from '../../analytics/shares';
import { useCountryName, useMineralName, useTradeCodeLabel } from '../../components/use-names';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { SelectField } from '../../components/select-field';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import { sortedByName } from '../../lib/format';
import { useFilterState } from '../../store/store-context';
import { CountryProfile } from './country-profile';
import { CountryTooltip } from './country-tooltip';
import { flowsNotDrawn } from './map-geometry';
import { MapLegend } from './map-legend';
import { PartnerList } from './partner-list';
import { SankeyChart } from './sankey-chart';
import { WorldMap } from './world-map';
import { worldShapesQuery } from './world-query';

const FLOW_LIMITS = [5, 10, 20, 50];

/** Where a mineral is mined or refined, where its trade goes, and who Japan's partners are. */
export function MapView() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const active = useActiveModel();
  const state = useFilterState();
  const shapes = useQuery(worldShapesQuery);
  const trade = useQuery(tradeQuery(active));
  const ids = { grouping: useId(), profile: useId() };
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
  const countryName = useCountryName();
  const mineralName = useMineralName();
  const tradeCodeLabel = useTradeCodeLabel();
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

  const shares = useMemo(
    () => new Map(breakdown?.countries.map((row) => [row.country, row]) ?? []),
    [breakdown],
  );
  const shading = useMemo(() => {
    const classing = shareClasses(
      (breakdown?.countries ?? []).flatMap((row) => (row.share === null ? [] : [row.share])),
    );
    // The lightest blues are left out: they would read as the sea or as "no figure".
    const classColors = schemeBlues[classing.thresholds.length + 3]!.slice(2);
    const color = (share: number) => classColors[shareClassOf(share, classing)]!;
    return { classing, classColors, color };
  }, [breakdown]);
  const largestFlow = max(flows, (flow) => flow.value) ?? 1;
  const flowWidth = useMemo(
    () => scaleSqrt().domain([0, largestFlow]).range([1, 9]),
    [largestFlow],
  );
  const partnerArcs = useMemo(
    () => (showPartners ? { from: state.viewAs, to: partners } : null),
    [showPartners, state.viewAs, partners],
  );
  const flowQuery = useMemo(
    () => (code && flowYear !== null ? { mineral, code: code.code, year: flowYear } : null),
    [mineral, code, flowYear],
  );
  const selectProfile = useCallback((country: string) => setProfile(country), []);
  const codeEntry = code ? index.tradeCode(code.code) : undefined;
  const notDrawn = shapes.data ? flowsNotDrawn(flows, shapes.data) : [];
  const title = t('map.title', {
    mineral: mineralName(mineral),
    stage: t(`stageInSentence.${state.stage}`),
    year: state.year ?? '',
  });
  const countriesWithData = useMemo(
    () =>
      sortedByName(
        new Set([
          ...index.model.supply.map((r) => r.country),
          ...index.model.reserves.map((r) => r.country),
          ...index.model.partnerships.flatMap((p) => p.countries),
          ...index.model.events.flatMap((e) => e.countries),
          ...(trade.data ?? []).flatMap((flow) => [flow.exporter, flow.importer]),
        ]),
        countryName,
        state.language,
      ),
    [index, trade.data, countryName, state.language],
  );
  const describe = useCallback(
    (country: string) => <CountryTooltip country={country} breakdown={breakdown} />,
    [breakdown],
  );

  return (
    <div className="map-view">
      <div className="view-heading">
        <h2>{title}</h2>
      </div>
      <div className="map-controls">
        <SelectField
          label={t('filters.minerals')}
          value={mineral}
          options={(state.minerals.length > 0 ? state.minerals : [mineral]).map((id) => ({
            value: id,
            label: mineralName(id),
          }))}
          onChange={setMineral}
        />
        {code && flowYear !== null ? (
          <>
            <SelectField
              label={t('exposure.code')}
              value={code.code}
              options={codes.map((entry) => ({
                value: entry.code,
                label: tradeCodeLabel(entry.code),
              }))}
              onChange={setCode}
            />
            <SelectField
              label={t('exposure.tradeYear')}
              value={flowYear}
              options={code.years.map((year) => ({ value: year, label: String(year) }))}
              onChange={setFlowYear}
            />
            <SelectField
              label={t('map.flowsShown')}
              value={limit}
              options={FLOW_LIMITS.map((option) => ({ value: option, label: String(option) }))}
              onChange={setLimit}
            />
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
      </div>
      <div className={profile ? 'map-stage with-profile' : 'map-stage'}>
        {shapes.isPending ? (
          <p role="status" className="loading">
            {t('map.loading')}
          </p>
        ) : shapes.error ? (
          <p role="alert">{t('errors.loadFailed', { message: shapes.error.message })}</p>
        ) : (
          <WorldMap
            shapes={shapes.data}
            shares={shares}
            color={shading.color}
            flows={flows}
            flowWidth={flowWidth}
            partnerArcs={partnerArcs}
            selected={profile}
            onSelect={selectProfile}
            describe={describe}
            label={t('map.alt', { title })}
            keysHint={t('map.keys')}
          >
            <MapLegend classing={shading.classing} classColors={shading.classColors} />
            <figcaption className="notes">
              {codeEntry ? (
                <p>
                  {t('map.flowsCaption', {
                    count: flows.length,
                    code: tradeCodeLabel(codeEntry.code),
                    year: flowYear ?? '',
                  })}{' '}
                  {localized(codeEntry.note, state.language)}
                </p>
              ) : (
                <p>{t('map.noTrade')}</p>
              )}
              {notDrawn.length > 0 ? (
                <p>
                  {t('map.notDrawn', {
                    flows: notDrawn
                      .map(
                        (flow) => `${countryName(flow.exporter)} → ${countryName(flow.importer)}`,
                      )
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
          </WorldMap>
        )}
        {profile ? (
          <div className="map-profile">
            <CountryProfile country={profile} onClose={() => setProfile(null)} />
          </div>
        ) : null}
      </div>
      {showPartners ? <PartnerList viewAs={state.viewAs} /> : null}
      {trade.data && flowQuery ? (
        <SankeyChart
          trade={trade.data}
          query={flowQuery}
          grouped={grouped}
          onGroupedChange={setGrouped}
          groupingId={ids.grouping}
        />
      ) : null}
    </div>
  );
}
