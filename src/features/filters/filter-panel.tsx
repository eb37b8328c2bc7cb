import { sortedByName, formatNumber } from '../../lib/format';
import {
  useDeferredValue,
  useId,
  useMemo,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../components/use-names';
import { localized } from '../../components/localized';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import type { LocalizedText, Stage } from '../../domain/model-schema';
import { modelYears } from '../../analytics/years';
import { useAppState, useFilterState } from '../../store/store-context';

const STAGES: Stage[] = ['mining', 'refining'];
/**
 * Past this many groups a model's groups are offered in a list to pick from, as countries are: a
 * model may define 1,800 groups, and as many checkboxes would hold up the page for a second.
 */
const GROUPS_AS_CHECKBOXES_UP_TO = 30;
/**
 * Past this many options a list does not put them all in the page: three lists of 1,800 countries
 * and groups took the browser's style and layout work 300 ms and more in one go. A search field
 * narrows the list, which shows the first LISTED_AT_MOST options that match.
 */
const OPTIONS_IN_FULL_UP_TO = 300;
const LISTED_AT_MOST = 100;

interface Choice {
  id: string;
  label: string;
  option: ReactElement;
}

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
  const yearReasonId = useId();
  // The exposure view reads imports under trade codes in its own trade year: the stage and the
  // year of the sidebar do not apply there, and say so rather than do nothing.
  const inExposure = useAppState((s) => s.view === 'exposure');
  const groupsReason = inExposure ? t('exposure.groupsNotApplied') : null;
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
        label: countryName(id),
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
            label: localized(group.name, state.language, group.id),
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
        disabledReason={inExposure ? t('exposure.stageNotApplied') : null}
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
        <ReasonNote id={yearReasonId} reason={inExposure ? t('exposure.yearNotApplied') : null} />
      </div>
      {groupOptions ? (
        <ChipPicker
          label={t('filters.groups')}
          placeholder={t('manyGroups.addGroup')}
          language={state.language}
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
        language={state.language}
        options={countryOptions}
        chosen={state.countries}
        nameOf={countryName}
        onToggle={actions.toggleCountry}
      />
      <NarrowedList
        label={t('filters.viewAs')}
        language={state.language}
        choices={countryOptions}
        value={state.viewAs}
        onChoose={actions.setViewAs}
      />
      <button type="button" onClick={actions.resetFilters}>
        {t('filters.reset')}
      </button>
    </form>
  );
}

interface ChipPickerProps {
  label: string;
  placeholder: string;
  language: Language;
  options: Choice[];
  chosen: string[];
  nameOf: (id: string) => string;
  onToggle: (id: string) => void;
  /** Why the choice does not apply in the view shown: the picker is disabled and says so. */
  disabledReason?: string | null;
}

/** A list to pick from, with what is picked shown as chips that take it away again. */
function ChipPicker({
  label,
  placeholder,
  language,
  options,
  chosen,
  nameOf,
  onToggle,
  disabledReason,
}: ChipPickerProps) {
  const { t } = useTranslation();
  const unchosen = useMemo(
    () => options.filter((option) => !chosen.includes(option.id)),
    [options, chosen],
  );
  return (
    <NarrowedList
      label={label}
      language={language}
      choices={unchosen}
      value=""
      leading={<option value="">{placeholder}</option>}
      onChoose={onToggle}
      disabledReason={disabledReason}
    >
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
    </NarrowedList>
  );
}

interface NarrowedListProps {
  label: string;
  language: Language;
  choices: Choice[];
  value: string;
  /** An option before the choices (a placeholder). */
  leading?: ReactElement;
  onChoose: (id: string) => void;
  /** Why the choice does not apply in the view shown: the list is disabled and says so. */
  disabledReason?: string | null;
  children?: ReactNode;
}

/**
 * A select of every choice, or, past OPTIONS_IN_FULL_UP_TO, of the first LISTED_AT_MOST that match
 * what is typed in a search field above it (and the chosen one, wherever it falls), with a line
 * saying how many are listed of how many.
 */
function NarrowedList({
  label,
  language,
  choices,
  value,
  leading,
  onChoose,
  disabledReason,
  children,
}: NarrowedListProps) {
  const { t } = useTranslation();
  const id = useId();
  const countId = useId();
  const reasonId = useId();
  const [query, setQuery] = useState('');
  const wanted = useDeferredValue(query).trim().toLocaleLowerCase(language);
  const narrowed = choices.length > OPTIONS_IN_FULL_UP_TO;
  const matching = useMemo(
    () =>
      !narrowed || wanted === ''
        ? choices
        : choices.filter(
            (choice) =>
              choice.label.toLocaleLowerCase(language).includes(wanted) ||
              choice.id.toLocaleLowerCase(language).includes(wanted),
          ),
    [choices, narrowed, wanted, language],
  );
  const listed = narrowed ? matching.slice(0, LISTED_AT_MOST) : matching;
  const chosenElsewhere =
    value !== '' && !listed.some((choice) => choice.id === value)
      ? choices.find((choice) => choice.id === value)
      : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {narrowed ? (
        <input
          type="search"
          aria-label={t('loading.narrowList', { list: label })}
          aria-controls={id}
          disabled={Boolean(disabledReason)}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      ) : null}
      <select
        id={id}
        value={value}
        aria-describedby={
          [narrowed ? countId : null, disabledReason ? reasonId : null].filter(Boolean).join(' ') ||
          undefined
        }
        disabled={Boolean(disabledReason)}
        onChange={(e) => e.target.value && onChoose(e.target.value)}
      >
        {leading}
        {chosenElsewhere?.option}
        {listed.map((choice) => choice.option)}
      </select>
      {narrowed ? (
        <p id={countId} className="hint">
          {matching.length === 0
            ? t('loading.noMatch', { query: query.trim() })
            : t('loading.listedOfMatching', {
                listed: formatNumber(listed.length, language),
                count: formatNumber(matching.length, language),
              })}
        </p>
      ) : null}
      {children}
      <ReasonNote id={reasonId} reason={disabledReason} />
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
  disabledReason?: string | null;
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
  const reasonId = useId();
  return (
    <fieldset
      disabled={Boolean(disabledReason)}
      aria-describedby={disabledReason ? reasonId : undefined}
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
      <ReasonNote id={reasonId} reason={disabledReason} />
    </fieldset>
  );
}

/** Why a control does not apply in the view shown, under it and as its accessible description. */
function ReasonNote({ id, reason }: { id: string; reason: string | null | undefined }) {
  return reason ? (
    <p id={id} className="field-note">
      {reason}
    </p>
  ) : null;
}
