import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { exposureScorecard, importYears } from '../../analytics/exposure';
import { pairExposures } from '../../analytics/exposure-comparison';
import { partnersOf } from '../../analytics/partners';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import { useAppState } from '../../store/store-context';

/**
 * The view-as country's imports in a trade year (the latest unless one is chosen): the ranked
 * scorecard and the rows of the chosen minerals, each set beside the same code in the comparison
 * year when one is chosen. The view and its slide share it.
 */
export function useExposure() {
  const index = useModelIndex();
  const chosenYear = useAppState((state) => state.settings.exposureYear);
  const chosenCompareYear = useAppState((state) => state.settings.exposureCompareYear);
  const viewAs = useAppState((state) => state.viewAs);
  const minerals = useAppState((state) => state.minerals);
  const highlighted = useAppState((state) => state.countries);
  const language = useAppState((state) => state.language);
  const trade = useQuery(tradeQuery(useActiveModel()));
  const partners = useMemo(() => partnersOf(index.model.partnerships, viewAs), [index, viewAs]);
  const years = useMemo(
    () => (trade.data ? importYears(trade.data, viewAs) : []),
    [trade.data, viewAs],
  );
  const year =
    chosenYear !== null && years.includes(chosenYear) ? chosenYear : (years.at(-1) ?? null);
  const compareYear =
    chosenCompareYear !== null && chosenCompareYear !== year && years.includes(chosenCompareYear)
      ? chosenCompareYear
      : null;
  const scorecardOf = useMemo(
    () => (inYear: number | null) =>
      trade.data && inYear !== null
        ? exposureScorecard(trade.data, {
            importer: viewAs,
            year: inYear,
            partners,
            tradeCodes: index.model.tradeCodes,
          })
        : [],
    [trade.data, viewAs, partners, index],
  );
  const scorecard = useMemo(() => scorecardOf(year), [scorecardOf, year]);
  const compareScorecard = useMemo(() => scorecardOf(compareYear), [scorecardOf, compareYear]);
  const focused = scorecard.filter((exposure) =>
    exposure.minerals.some((mineral) => minerals.includes(mineral)),
  );
  const compared = compareYear === null ? [] : pairExposures(focused, compareScorecard);
  return {
    trade,
    viewAs,
    minerals,
    highlighted,
    language,
    partners,
    years,
    year,
    compareYear,
    scorecard,
    focused,
    compared,
  };
}
