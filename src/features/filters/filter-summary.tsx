import { useTranslation } from 'react-i18next';
import { useCountryName, useMineralName } from '../../components/use-names';
import { localized } from '../../components/localized';
import { useModelIndex } from '../../data/model-context';
import { formatList } from '../../lib/format';
import { useFilterState } from '../../store/store-context';

/** The filters in force, on one line: what the folded sidebar still tells the reader. */
export function FilterSummary() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const state = useFilterState();
  const mineralName = useMineralName();
  const countryName = useCountryName();
  const highlighted = [
    ...state.groups.map((id) => localized(index.group(id)?.name, state.language, id)),
    ...state.countries.map(countryName),
  ];
  const parts = [
    formatList(state.minerals.map(mineralName), state.language),
    t(`stage.${state.stage}`),
    state.year === null ? null : t('layout.summaryYear', { year: state.year }),
    t('layout.summaryViewAs', { country: countryName(state.viewAs) }),
    highlighted.length > 0
      ? t('layout.summaryHighlighted', { names: formatList(highlighted, state.language) })
      : null,
  ];
  return <p className="filter-summary">{parts.filter((part) => part !== null).join(' · ')}</p>;
}
