import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { partnersOf } from '../../analytics/partners';
import { scenarioResults } from '../../analytics/scenario-results';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import { partnerResponse, type ScenarioSpec } from '../../store/scenario-link';
import { useAppState } from '../../store/store-context';

/**
 * The scenarios the view and its slide show, with their results. Until the reader changes
 * something, the one scenario follows the filters (a full cut by China) and stays out of the link.
 */
export function useScenarios() {
  const index = useModelIndex();
  const state = useAppState((s) => ({
    scenarios: s.scenarios,
    minerals: s.minerals,
    stage: s.stage,
    year: s.year,
    viewAs: s.viewAs,
    language: s.language,
  }));
  const trade = useQuery(tradeQuery(useActiveModel()));
  // The view-as country can raise its own output too; it answers the cut with its partners.
  const responders = useMemo(
    () => [state.viewAs, ...partnersOf(index.model.partnerships, state.viewAs)],
    [index, state.viewAs],
  );
  const fallback: ScenarioSpec = {
    supplier: 'CHN',
    stage: state.stage,
    cut: 100,
    response: 'none',
    minerals: state.minerals,
  };
  const stored = state.scenarios.length > 0;
  const scenarios = stored ? state.scenarios : [fallback];
  const results = scenarios.map((spec) =>
    scenarioResults(
      index,
      trade.data,
      { ...spec, cut: spec.cut / 100, response: partnerResponse(spec.response) },
      { year: state.year, viewAs: state.viewAs, partners: responders },
    ),
  );
  return {
    scenarios,
    results,
    fallback,
    stored,
    tradeLoading: trade.isPending,
    viewAs: state.viewAs,
    language: state.language,
  };
}
