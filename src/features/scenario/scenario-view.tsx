import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { partnersOf } from '../../analytics/partners';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import { MAX_SCENARIOS, partnerResponse, type ScenarioSpec } from '../../store/scenario-link';
import { useAppState } from '../../store/store-context';
import { scenarioResults } from '../../analytics/scenario-results';
import { ScenarioCard } from './scenario-card';

/** What if a supplier stops: up to three supply-cut scenarios side by side. */
export function ScenarioView() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const state = useAppState((s) => ({
    scenarios: s.scenarios,
    minerals: s.minerals,
    stage: s.stage,
    year: s.year,
    viewAs: s.viewAs,
    language: s.language,
  }));
  const { addScenario, updateScenario, removeScenario, setYear } = useAppState((s) => ({
    addScenario: s.addScenario,
    updateScenario: s.updateScenario,
    removeScenario: s.removeScenario,
    setYear: s.setYear,
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
  // Until the reader changes something, the first scenario follows the filters and stays out of the link.
  const stored = state.scenarios.length > 0;
  const scenarios = stored ? state.scenarios : [fallback];
  const change = (position: number, update: Partial<ScenarioSpec>) =>
    stored ? updateScenario(position, update) : addScenario({ ...fallback, ...update });
  const addAnother = () => {
    if (!stored) addScenario(fallback);
    addScenario(scenarios.at(-1)!);
  };

  return (
    <div className="scenario">
      <div className="view-heading">
        <h2>{t('scenario.title')}</h2>
        {scenarios.length < MAX_SCENARIOS ? (
          <button type="button" onClick={addAnother}>
            {t('scenario.add')}
          </button>
        ) : null}
      </div>
      <Method />
      <div className="scenario-grid">
        {scenarios.map((spec, position) => (
          <ScenarioCard
            key={position}
            position={position}
            spec={spec}
            results={scenarioResults(
              index,
              trade.data,
              { ...spec, cut: spec.cut / 100, response: partnerResponse(spec.response) },
              {
                year: state.year,
                viewAs: state.viewAs,
                partners: responders,
              },
            )}
            tradeLoading={trade.isPending}
            viewAs={state.viewAs}
            language={state.language}
            onChange={(update) => change(position, update)}
            onYear={setYear}
            onRemove={stored && scenarios.length > 1 ? () => removeScenario(position) : undefined}
          />
        ))}
      </div>
    </div>
  );
}

function Method() {
  const { t } = useTranslation();
  return (
    <details className="panel method" open>
      <summary>{t('scenario.method.title')}</summary>
      <ul>
        {(['static', 'prices', 'capacity', 'trade', 'stocks'] as const).map((key) => (
          <li key={key}>{t(`scenario.method.${key}`)}</li>
        ))}
      </ul>
    </details>
  );
}
