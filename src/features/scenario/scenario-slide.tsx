import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../components/use-names';
import type { ScenarioSpec } from '../../store/scenario-link';
import { MineralOutcome } from './mineral-outcome';
import { useScenarios } from './use-scenarios';

/**
 * The supply cut as a slide: each scenario's results for each mineral, its assumptions in one
 * line and its sources; none of the form that set it up.
 */
export function ScenarioSlide() {
  const { t } = useTranslation();
  const { scenarios, results, tradeLoading, viewAs, language } = useScenarios();
  const countryName = useCountryName();
  const outcomes = scenarios.flatMap((spec, position) =>
    results[position]!.map((outcome) => ({ spec, position, outcome })),
  );
  const response = (spec: ScenarioSpec) =>
    spec.response.startsWith('p')
      ? t('scenario.responses.percent', { percent: spec.response.slice(1) })
      : t(`scenario.responses.${spec.response as 'none' | 'cap'}`);
  return (
    <div
      className="slide-panels"
      style={{ gridTemplateColumns: `repeat(${Math.min(Math.max(outcomes.length, 1), 3)}, 1fr)` }}
    >
      {outcomes.map(({ spec, position, outcome }) => (
        <section key={`${position}-${outcome.mineral}`} className="slide-panel">
          <h2>
            {t('scenario.cardTitle', {
              number: position + 1,
              supplier: countryName(spec.supplier),
              cut: spec.cut,
              stage: t(`stageInSentence.${spec.stage}`),
            })}
          </h2>
          <p className="slide-note">
            {t('slide.scenario.assumptions', { response: response(spec) })}
          </p>
          <MineralOutcome
            outcome={outcome}
            spec={spec}
            tradeLoading={tradeLoading}
            viewAs={viewAs}
            language={language}
            countryName={countryName}
          />
        </section>
      ))}
    </div>
  );
}
