import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../components/localized';
import { useModelIndex } from '../../data/model-context';
import type { Stage } from '../../domain/model-schema';
import { modelYears } from '../../store/url-state';
import { useAppState } from '../../store/store-context';

const STAGES: Stage[] = ['mining', 'refining'];

export function FilterPanel() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const { model } = index;
  const state = useAppState((s) => ({
    minerals: s.minerals,
    stage: s.stage,
    year: s.year,
    countries: s.countries,
    groups: s.groups,
    viewAs: s.viewAs,
    language: s.language,
  }));
  const actions = useAppState((s) => ({
    toggleMineral: s.toggleMineral,
    setStage: s.setStage,
    setYear: s.setYear,
    toggleCountry: s.toggleCountry,
    toggleGroup: s.toggleGroup,
    setViewAs: s.setViewAs,
    resetFilters: s.resetFilters,
  }));
  const yearId = useId();
  const addCountryId = useId();
  const viewAsId = useId();
  const countryName = (id: string) => localized(index.country(id)?.name, state.language, id);
  const countriesByName = [...model.countries].sort((a, b) =>
    localized(a.name, state.language).localeCompare(
      localized(b.name, state.language),
      state.language,
    ),
  );

  return (
    <form
      className="filter-panel"
      aria-label={t('filters.title')}
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 className="visually-hidden">{t('filters.title')}</h2>
      <fieldset>
        <legend>{t('filters.minerals')}</legend>
        {model.minerals.map((mineral) => (
          <label key={mineral.id} className="check">
            <input
              type="checkbox"
              checked={state.minerals.includes(mineral.id)}
              onChange={() => actions.toggleMineral(mineral.id)}
            />
            {localized(mineral.name, state.language, mineral.id)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.stage')}</legend>
        {STAGES.map((stage) => (
          <label key={stage} className="check">
            <input
              type="radio"
              name="stage"
              value={stage}
              checked={state.stage === stage}
              onChange={() => actions.setStage(stage)}
            />
            {t(`stage.${stage}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={yearId}>{t('filters.year')}</label>
        <select
          id={yearId}
          value={state.year ?? ''}
          onChange={(e) => actions.setYear(Number(e.target.value))}
        >
          {modelYears(model).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('filters.groups')}</legend>
        {model.groups.map((group) => (
          <label key={group.id} className="check">
            <input
              type="checkbox"
              checked={state.groups.includes(group.id)}
              onChange={() => actions.toggleGroup(group.id)}
            />
            {localized(group.name, state.language, group.id)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={addCountryId}>{t('filters.countries')}</label>
        <select
          id={addCountryId}
          value=""
          onChange={(e) => e.target.value && actions.toggleCountry(e.target.value)}
        >
          <option value="">{t('filters.addCountry')}</option>
          {countriesByName
            .filter((country) => !state.countries.includes(country.id))
            .map((country) => (
              <option key={country.id} value={country.id}>
                {localized(country.name, state.language, country.id)}
              </option>
            ))}
        </select>
        {state.countries.length > 0 ? (
          <ul className="chips">
            {state.countries.map((country) => (
              <li key={country}>
                <button
                  type="button"
                  onClick={() => actions.toggleCountry(country)}
                  aria-label={`${t('common.dismiss')}: ${countryName(country)}`}
                >
                  {countryName(country)} ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={viewAsId}>{t('filters.viewAs')}</label>
        <select
          id={viewAsId}
          value={state.viewAs}
          onChange={(e) => actions.setViewAs(e.target.value)}
        >
          {countriesByName.map((country) => (
            <option key={country.id} value={country.id}>
              {localized(country.name, state.language, country.id)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={actions.resetFilters}>
        {t('filters.reset')}
      </button>
    </form>
  );
}
