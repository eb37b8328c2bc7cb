import { useTranslation } from 'react-i18next';
import { MAX_SCENARIOS, type ScenarioSpec } from '../../store/scenario-link';
import { useAppState } from '../../store/store-context';
import { ScenarioCard } from './scenario-card';
import { useScenarios } from './use-scenarios';

/** What if a supplier stops: up to three supply-cut scenarios side by side. */
export function ScenarioView() {
  const { t } = useTranslation();
  const { scenarios, results, fallback, stored, tradeLoading, viewAs, language } = useScenarios();
  const { addScenario, updateScenario, removeScenario } = useAppState((s) => ({
    addScenario: s.addScenario,
    updateScenario: s.updateScenario,
    removeScenario: s.removeScenario,
  }));
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
      <div className="scenario-grid">
        {scenarios.map((spec, position) => (
          <ScenarioCard
            key={position}
            position={position}
            spec={spec}
            results={results[position]!}
            tradeLoading={tradeLoading}
            viewAs={viewAs}
            language={language}
            onChange={(update) => change(position, update)}
            onRemove={stored && scenarios.length > 1 ? () => removeScenario(position) : undefined}
          />
        ))}
      </div>
      <Method />
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
