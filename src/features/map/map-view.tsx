import { useQuery } from '@tanstack/react-query';
import { interpolateBlues, max, scaleSequential, scaleSqrt } from 'd3';
import { useCallback, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { topFlows, tradeCodesWithYears } from '../../analytics/flows';
import { partnersOf } from '../../analytics/partners';
import { countryShares } from '../../analytics/shares';
import { useCountryName, useMineralName, useTradeCodeLabel } from '../../components/use-names';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { citeSource, sourceLines } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { SelectField } from '../../components/select-field';
import { useViewCaption } from '../../components/view-caption';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import { sortedByName } from '../../lib/format';
import { useAppState, useFilterState } from '../../store/store-context';
import { FLOW_LIMITS } from '../../store/view-settings';
import { CountryProfile } from './country-profile';
import { flowsNotDrawn } from './map-geometry';
import { MapLegend } from './map-legend';
import { PartnerList } from './partner-list';
import { SankeyChart } from './sankey-chart';
import { WorldMap } from './world-map';
import { worldShapesQuery } from './world-query';

/** Where a mineral is mined or refined, where its trade goes, and who Japan's partners are. */
export function MapView() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const active = useActiveModel();
  const state = useFilterState();
  const shapes = useQuery(worldShapesQuery);
  const trade = useQuery(tradeQuery(active));
  const ids = { grouping: useId(), profile: useId() };
  const settings = useAppState((s) => s.settings);
  const setViewSetting = useAppState((s) => s.setViewSetting);
  const chosenMineral = settings.mapMineral;
  const mineral =
    chosenMineral && state.minerals.includes(chosenMineral)
      ? chosenMineral
      : (state.minerals[0] ?? index.model.minerals[0]!.id);
  const {
    tradeCode: chosenCode,
    flowYear: chosenFlowYear,
    flowLimit: limit,
    showPartners,
    groupedFlows: grouped,
    profile,
  } = settings;
  const setProfile = useCallback(
    (country: string | null) => setViewSetting('profile', country),
    [setViewSetting],
  );
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
  const maxShare = max(breakdown?.countries ?? [], (row) => row.share ?? 0) || 1;
  const color = useMemo(() => scaleSequential(interpolateBlues).domain([0, maxShare]), [maxShare]);
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
  const codeEntry = code ? index.tradeCode(code.code) : undefined;
  const notDrawn = shapes.data ? flowsNotDrawn(flows, shapes.data) : [];
  const title = t('map.title', {
    mineral: mineralName(mineral),
    stage: t(`stageInSentence.${state.stage}`),
    year: state.year ?? '',
  });
  const figureRef = useRef<HTMLDivElement>(null);
  const flowsCaption = codeEntry
    ? [
        t('map.flowsCaption', {
          count: flows.length,
          code: tradeCodeLabel(codeEntry.code),
          year: flowYear ?? '',
        }),
        localized(codeEntry.note, state.language),
      ]
        .filter(Boolean)
        .join(' ')
    : t('map.noTrade');
  const notDrawnNote =
    notDrawn.length > 0
      ? t('map.notDrawn', {
          flows: notDrawn
            .map((flow) => `${countryName(flow.exporter)} → ${countryName(flow.importer)}`)
            .join('; '),
        })
      : null;
  const mapSourceIds = [
    ...new Set([
      ...(breakdown?.worldTotal ? [breakdown.worldTotal.source] : []),
      ...(breakdown?.countries.map((row) => row.source) ?? []),
      ...flows.map((flow) => flow.source),
    ]),
  ];
  useViewCaption([
    mineralName(mineral),
    t(`stageInSentence.${state.stage}`),
    state.year,
    code && flowYear !== null ? t('viewCaption.flows', { code: code.code, year: flowYear }) : null,
    profile ? t('viewCaption.profile', { country: countryName(profile) }) : null,
  ]);
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
    [index, countryName, state.language],
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
          onChange={(value) => setViewSetting('mapMineral', value)}
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
              onChange={(value) => setViewSetting('tradeCode', value)}
            />
            <SelectField
              label={t('exposure.tradeYear')}
              value={flowYear}
              options={code.years.map((year) => ({ value: year, label: String(year) }))}
              onChange={(value) => setViewSetting('flowYear', value)}
            />
            <SelectField
              label={t('map.flowsShown')}
              value={limit}
              options={FLOW_LIMITS.map((option) => ({ value: option, label: String(option) }))}
              onChange={(value) => setViewSetting('flowLimit', value)}
            />
          </>
        ) : null}
        <label className="check">
          <input
            type="checkbox"
            checked={showPartners}
            onChange={() => setViewSetting('showPartners', !showPartners)}
          />
          {t('map.showPartners', { country: countryName(state.viewAs) })}
        </label>
      </div>
      {shapes.isPending ? (
        <p role="status" className="loading">
          {t('map.loading')}
        </p>
      ) : shapes.error ? (
        <p role="alert">{t('errors.loadFailed', { message: shapes.error.message })}</p>
      ) : (
        <div ref={figureRef}>
          <ExportButtons
            figure={figureRef}
            text={{
              title,
              subtitle: flowsCaption,
              footer: [
                ...(notDrawnNote ? [notDrawnNote] : []),
                ...sourceLines(index, mapSourceIds, t('source.label')),
              ],
            }}
            csv={() => [
              [
                t('table.country'),
                t('table.value'),
                t('table.unit'),
                t('figureExport.shareColumn'),
                t('table.status'),
                t('table.source'),
              ],
              ...(breakdown?.countries ?? []).map((row) => [
                countryName(row.country),
                row.value,
                row.unit,
                row.share,
                t(`status.${row.status}`),
                citeSource(index, row.source),
              ]),
            ]}
            fileStem={`${mineral}-${state.stage}-${state.year ?? ''}-map`}
          />
          <WorldMap
            shapes={shapes.data}
            shares={shares}
            color={color}
            flows={flows}
            flowWidth={flowWidth}
            partnerArcs={partnerArcs}
            selected={profile}
            onSelect={setProfile}
            label={t('map.alt', { title })}
          >
            <MapLegend maxShare={maxShare} color={color} />
            <figcaption className="notes">
              <p>{flowsCaption}</p>
              {notDrawnNote ? <p>{notDrawnNote}</p> : null}
              <SourceLine sourceIds={mapSourceIds} />
            </figcaption>
          </WorldMap>
        </div>
      )}
      {showPartners ? <PartnerList viewAs={state.viewAs} /> : null}
      {trade.data && flowQuery ? (
        <SankeyChart
          trade={trade.data}
          query={flowQuery}
          grouped={grouped}
          onGroupedChange={(value) => setViewSetting('groupedFlows', value)}
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
