import { sortedByName } from '../../lib/format';
import { useId, useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../components/use-names';
import { localized } from '../../components/localized';
import { useModelIndex } from '../../data/model-context';
import type { LocalizedText, Stage } from '../../domain/model-schema';
import { modelYears } from '../../analytics/years';
import { useAppState, useFilterState } from '../../store/store-context';

const STAGES: Stage[] = ['mining', 'refining'];
/**
 * Past this many groups a model's groups are offered in a list to pick from, as countries are: a
 * model may define 1,800 groups, and as many checkboxes would hold up the page for a second.
 */
const GROUPS_AS_CHECKBOXES_UP_TO = 30;

export function FilterPanel() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const { model } = index;
  const state = useFilterState();
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
  const viewAsId = useId();
  const stageReasonId = useId();
  const yearReasonId = useId();
  const groupsReasonId = useId();
  // The exposure view reads imports under trade codes in its own trade year: the stage and the
  // year of the sidebar do not apply there, and say so rather than do nothing.
  const inExposure = useAppState((s) => s.view === 'exposure');
  const groupsReason = inExposure
    ? { id: groupsReasonId, text: t('exposure.groupsNotApplied') }
    : null;
  const countryName = useCountryName();
  // Two lists of some 220 countries: built once per model and language, so a click elsewhere in
  // the panel does not rebuild them.
  const countryOptions = useMemo(
    () =>
      sortedByName(
        model.countries.map((country) => country.id),
        countryName,
        state.language,
      ).map((id) => ({
        id,
        option: (
          <option key={id} value={id}>
            {countryName(id)}
          </option>
        ),
      })),
    [model, state.language, countryName],
  );

  const namedOptions = (items: readonly { id: string; name: LocalizedText }[]) =>
    items.map((item) => ({ id: item.id, label: localized(item.name, state.language, item.id) }));
  const groupName = (id: string) => {
    const group = index.group(id);
    return group ? localized(group.name, state.language, id) : id;
  };
  const groupOptions = useMemo(
    () =>
      model.groups.length > GROUPS_AS_CHECKBOXES_UP_TO
        ? model.groups.map((group) => ({
            id: group.id,
            option: (
              <option key={group.id} value={group.id}>
                {localized(group.name, state.language, group.id)}
              </option>
            ),
          }))
        : null,
    [model, state.language],
  );

  return (
    <form
      className="filter-panel"
      aria-label={t('filters.title')}
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 className="visually-hidden">{t('filters.title')}</h2>
      <ChoiceGroup
        legend={t('filters.minerals')}
        type="checkbox"
        options={namedOptions(model.minerals)}
        isChecked={(id) => state.minerals.includes(id)}
        onChange={actions.toggleMineral}
      />
      <ChoiceGroup
        legend={t('filters.stage')}
        type="radio"
        options={STAGES.map((stage) => ({ id: stage, label: t(`stage.${stage}`) }))}
        isChecked={(id) => state.stage === id}
        onChange={(id) => actions.setStage(id as Stage)}
        disabledReason={
          inExposure ? { id: stageReasonId, text: t('exposure.stageNotApplied') } : null
        }
      />
      <div className="field">
        <label htmlFor={yearId}>{t('filters.year')}</label>
        <select
          id={yearId}
          value={state.year ?? ''}
          onChange={(e) => actions.setYear(Number(e.target.value))}
          disabled={inExposure}
          aria-describedby={inExposure ? yearReasonId : undefined}
        >
          {modelYears(model).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
        {inExposure ? (
          <p id={yearReasonId} className="field-note">
            {t('exposure.yearNotApplied')}
          </p>
        ) : null}
      </div>
      {groupOptions ? (
        <ChipPicker
          label={t('filters.groups')}
          placeholder={t('manyGroups.addGroup')}
          options={groupOptions}
          chosen={state.groups}
          nameOf={groupName}
          onToggle={actions.toggleGroup}
          disabledReason={groupsReason}
        />
      ) : model.groups.length > 0 ? (
        <ChoiceGroup
          legend={t('filters.groups')}
          type="checkbox"
          options={namedOptions(model.groups)}
          isChecked={(id) => state.groups.includes(id)}
          onChange={actions.toggleGroup}
          disabledReason={groupsReason}
        />
      ) : null}
      <ChipPicker
        label={t('filters.countries')}
        placeholder={t('filters.addCountry')}
        options={countryOptions}
        chosen={state.countries}
        nameOf={countryName}
        onToggle={actions.toggleCountry}
      />
      <div className="field">
        <label htmlFor={viewAsId}>{t('filters.viewAs')}</label>
        <select
          id={viewAsId}
          value={state.viewAs}
          onChange={(e) => actions.setViewAs(e.target.value)}
        >
          {countryOptions.map((country) => country.option)}
        </select>
      </div>
      <button type="button" onClick={actions.resetFilters}>
        {t('filters.reset')}
      </button>
    </form>
  );
}

interface ChipPickerProps {
  label: string;
  placeholder: string;
  options: { id: string; option: ReactElement }[];
  chosen: string[];
  nameOf: (id: string) => string;
  onToggle: (id: string) => void;
  /** Why the choice does not apply in the view shown: the picker is disabled and says so. */
  disabledReason?: { id: string; text: string } | null;
}

/** A list to pick from, with what is picked shown as chips that take it away again. */
function ChipPicker({
  label,
  placeholder,
  options,
  chosen,
  nameOf,
  onToggle,
  disabledReason,
}: ChipPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value=""
        onChange={(e) => e.target.value && onToggle(e.target.value)}
        disabled={Boolean(disabledReason)}
        aria-describedby={disabledReason ? disabledReason.id : undefined}
      >
        <option value="">{placeholder}</option>
        {options.filter((option) => !chosen.includes(option.id)).map((option) => option.option)}
      </select>
      {chosen.length > 0 ? (
        <ul className="chips">
          {chosen.map((item) => (
            <li key={item}>
              <button
                type="button"
                onClick={() => onToggle(item)}
                aria-label={`${t('common.dismiss')}: ${nameOf(item)}`}
              >
                {nameOf(item)} ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {disabledReason ? (
        <p id={disabledReason.id} className="field-note">
          {disabledReason.text}
        </p>
      ) : null}
    </div>
  );
}

interface ChoiceGroupProps {
  legend: string;
  type: 'checkbox' | 'radio';
  options: { id: string; label: string }[];
  isChecked: (id: string) => boolean;
  onChange: (id: string) => void;
  /** Why the choice does not apply in the view shown: the group is disabled and says so. */
  disabledReason?: { id: string; text: string } | null;
}

function ChoiceGroup({
  legend,
  type,
  options,
  isChecked,
  onChange,
  disabledReason,
}: ChoiceGroupProps) {
  const name = useId();
  return (
    <fieldset
      disabled={Boolean(disabledReason)}
      aria-describedby={disabledReason ? disabledReason.id : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="check">
          <input
            type={type}
            name={name}
            value={option.id}
            checked={isChecked(option.id)}
            onChange={() => onChange(option.id)}
          />
          {option.label}
        </label>
      ))}
      {disabledReason ? (
        <p id={disabledReason.id} className="field-note">
          {disabledReason.text}
        </p>
      ) : null}
    </fieldset>
  );
}
