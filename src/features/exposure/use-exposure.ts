import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { exposureScorecard, importYears } from '../../analytics/exposure';
import { partnersOf } from '../../analytics/partners';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import { useAppState } from '../../store/store-context';

/**
 * The view-as country's imports in a trade year (the latest unless one is chosen): the ranked
 * scorecard and the rows of the chosen minerals. The view and its slide share it.
 */
export function useExposure(chosenYear: number | null) {
  const index = useModelIndex();
  const viewAs = useAppState((state) => state.viewAs);
  const minerals = useAppState((state) => state.minerals);
  const language = useAppState((state) => state.language);
  const trade = useQuery(tradeQuery(useActiveModel()));
  const partners = useMemo(() => partnersOf(index.model.partnerships, viewAs), [index, viewAs]);
  const years = useMemo(
    () => (trade.data ? importYears(trade.data, viewAs) : []),
    [trade.data, viewAs],
  );
  const year =
    chosenYear !== null && years.includes(chosenYear) ? chosenYear : (years.at(-1) ?? null);
  const scorecard = useMemo(
    () =>
      trade.data && year !== null
        ? exposureScorecard(trade.data, {
            importer: viewAs,
            year,
            partners,
            tradeCodes: index.model.tradeCodes,
          })
        : [],
    [trade.data, viewAs, year, partners, index],
  );
  const focused = scorecard.filter((exposure) =>
    exposure.minerals.some((mineral) => minerals.includes(mineral)),
  );
  return { trade, viewAs, minerals, language, partners, years, year, scorecard, focused };
}
