import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName, useMineralName, useTradeCodeLabel } from '../../components/use-names';
import { SelectField } from '../../components/select-field';
import { useModelIndex } from '../../data/model-context';
import { sortedByName } from '../../lib/format';
import { CountryProfile } from './country-profile';
import { MapCaption } from './map-caption';
import { MapLegend } from './map-legend';
import { PartnerList } from './partner-list';
import { SankeyChart } from './sankey-chart';
import { DEFAULT_MAP_SETTINGS, useMapFigures } from './use-map-figures';
import { WorldMap } from './world-map';

const FLOW_LIMITS = [5, 10, 20, 50];

/** Where a mineral is mined or refined, where its trade goes, and who Japan's partners are. */
export function MapView() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const ids = { grouping: useId(), profile: useId() };
  const [chosenMineral, setMineral] = useState<string | null>(null);
  const [chosenCode, setCode] = useState<string | null>(null);
  const [chosenFlowYear, setFlowYear] = useState<number | null>(null);
  const [limit, setLimit] = useState(DEFAULT_MAP_SETTINGS.limit);
  const [showPartners, setShowPartners] = useState(DEFAULT_MAP_SETTINGS.showPartners);
  const [grouped, setGrouped] = useState(false);
  const [profile, setProfile] = useState<string | null>(null);
  const figures = useMapFigures({
    mineral: chosenMineral,
    code: chosenCode,
    flowYear: chosenFlowYear,
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
  const selectProfile = useCallback((country: string) => setProfile(country), []);
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
      </div>
      {shapes.isPending ? (
        <p role="status" className="loading">
          {t('map.loading')}
        </p>
      ) : shapes.error ? (
        <p role="alert">{t('errors.loadFailed', { message: shapes.error.message })}</p>
      ) : (
        <WorldMap
          shapes={shapes.data}
          shares={figures.shares}
          color={figures.color}
          flows={figures.flows}
          flowWidth={figures.flowWidth}
          partnerArcs={figures.partnerArcs}
          selected={profile}
          onSelect={selectProfile}
          label={t('map.alt', { title })}
        >
          <MapLegend maxShare={figures.maxShare} color={figures.color} />
          <MapCaption
            code={code?.code}
            flowYear={flowYear}
            flows={figures.flows}
            notDrawn={figures.notDrawn}
            sourceIds={figures.sourceIds}
            language={state.language}
          />
        </WorldMap>
      )}
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
