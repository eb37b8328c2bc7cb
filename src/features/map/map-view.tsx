import { useCallback, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName, useMineralName, useTradeCodeLabel } from '../../components/use-names';
import { citeSource, sourceLines } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { SelectField } from '../../components/select-field';
import { useViewCaption } from '../../components/view-caption';
import { useModelIndex } from '../../data/model-context';
import { sortedByName } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { FLOW_LIMITS } from '../../store/view-settings';
import { CountryProfile } from './country-profile';
import { CountryTooltip } from './country-tooltip';
import { MapCaption, useFlowsKey } from './map-caption';
import { MapLegend, useMapLegend } from './map-legend';
import { PartnerList } from './partner-list';
import { SankeyChart } from './sankey-chart';
import { useMapFigures } from './use-map-figures';
import { WorldMap } from './world-map';
import { LoadFailed } from '../../components/view-error';

/** Where a mineral is mined or refined, where its trade goes, and who Japan's partners are. */
export function MapView() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const ids = { grouping: useId(), profile: useId() };
  const settings = useAppState((s) => s.settings);
  const setViewSetting = useAppState((s) => s.setViewSetting);
  const { flowLimit: limit, showPartners, groupedFlows: grouped, profile } = settings;
  const setProfile = useCallback(
    (country: string | null) => setViewSetting('profile', country),
    [setViewSetting],
  );
  const figures = useMapFigures({
    mineral: settings.mapMineral,
    code: settings.tradeCode,
    flowYear: settings.flowYear,
    limit,
    showPartners,
  });
  const { state, shapes, trade, mineral, codes, code, flowYear, title } = figures;
  const countryName = useCountryName();
  const mineralName = useMineralName();
  const tradeCodeLabel = useTradeCodeLabel();
  const flowQuery = useMemo(
    () => (code && flowYear !== null ? { mineral, code: code.code, year: flowYear } : null),
    [mineral, code, flowYear],
  );
  const figureRef = useRef<HTMLDivElement>(null);
  const legend = useMapLegend(figures.shading.classing, figures.shading.classColors);
  const flowsKey = useFlowsKey({
    code: code?.code,
    flowYear,
    flows: figures.flows,
    notDrawn: figures.notDrawn,
    language: state.language,
  });
  useViewCaption((words) => [
    words.mineralName(mineral),
    words.t(`stageInSentence.${state.stage}`),
    state.year,
    code && flowYear !== null
      ? words.t('viewCaption.flows', { code: code.code, year: flowYear })
      : null,
    profile ? words.t('viewCaption.profile', { country: words.countryName(profile) }) : null,
  ]);
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
    (country: string) => <CountryTooltip country={country} breakdown={figures.breakdown} />,
    [figures.breakdown],
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
          <LoadFailed error={shapes.error} retry={() => void shapes.refetch()} />
        ) : (
          <div ref={figureRef}>
            <ExportButtons
              figure={figureRef}
              text={{
                title,
                subtitle: legend.method,
                legend: legend.entries,
                footer: [...flowsKey, ...sourceLines(index, figures.sourceIds, t('source.label'))],
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
                ...(figures.breakdown?.countries ?? []).map((row) => [
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
              shares={figures.shares}
              color={figures.shading.color}
              flows={figures.flows}
              flowWidth={figures.flowWidth}
              partnerArcs={figures.partnerArcs}
              selected={profile}
              onSelect={setProfile}
              describe={describe}
              keysHint={t('map.keys')}
              label={t('map.alt', { title })}
            >
              <MapLegend
                classing={figures.shading.classing}
                classColors={figures.shading.classColors}
              />
              <MapCaption
                code={code?.code}
                flowYear={flowYear}
                flows={figures.flows}
                notDrawn={figures.notDrawn}
                sourceIds={figures.sourceIds}
                language={state.language}
              />
            </WorldMap>
          </div>
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
          onGroupedChange={(value) => setViewSetting('groupedFlows', value)}
          groupingId={ids.grouping}
        />
      ) : null}
    </div>
  );
}
