import { useId, useMemo } from 'react';
import { stageWithFigures } from '../../analytics/supply-risk-lens';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../components/use-names';
import { localized } from '../../components/localized';
import { ExportButtons } from '../../components/export-buttons';
import { useModelIndex } from '../../data/model-context';
import { sortedByName } from '../../lib/format';
import type { Stage } from '../../domain/model-schema';
import type { Language } from '../../domain/language';
import type { PartnerResponseCode, ScenarioSpec } from '../../store/scenario-link';
import { MineralOutcome } from './mineral-outcome';
import type { MineralScenario } from '../../analytics/scenario-results';
import { unitName } from '../../components/unit-name';

const RESPONSES: PartnerResponseCode[] = ['none', 'p10', 'p25', 'p50', 'cap'];
const STAGES: Stage[] = ['mining', 'refining'];

interface CardProps {
  position: number;
  spec: ScenarioSpec;
  results: MineralScenario[];
  tradeLoading: boolean;
  viewAs: string;
  language: Language;
  onChange: (update: Partial<ScenarioSpec>) => void;
  onRemove: (() => void) | undefined;
}

/** One scenario: its supplier, stage, cut and partners' response, and what follows for each mineral. */
export function ScenarioCard({
  position,
  spec,
  results,
  tradeLoading,
  viewAs,
  language,
  onChange,
  onRemove,
}: CardProps) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const ids = {
    supplier: useId(),
    cut: useId(),
    response: useId(),
    event: useId(),
    heading: useId(),
  };
  const countryName = useCountryName();
  const producers = useMemo(
    () =>
      sortedByName(
        new Set(index.model.supply.map((record) => record.country)),
        countryName,
        language,
      ),
    // countryName depends only on index and language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, language],
  );
  const controls = index.model.events.filter((event) => event.kind === 'export-control');
  const toggleMineral = (mineral: string) =>
    onChange({
      minerals: spec.minerals.includes(mineral)
        ? spec.minerals.filter((m) => m !== mineral)
        : [...spec.minerals, mineral],
    });

  const roundedHhi = (value: number | null | undefined) =>
    value === null || value === undefined ? value : Math.round(value);
  // A figure the export keeps exact, with the bound its inputs put on it; n/a stays n/a.
  const bounded = (
    value: number | string | null | undefined,
    isBound: boolean | undefined,
    bound: 'atLeast' | 'atMost',
  ) => {
    if (value === null || value === undefined) return t('common.na');
    return isBound ? t(`scenario.${bound}`, { value }) : value;
  };
  const cardTitle = t('scenario.cardTitle', {
    number: position + 1,
    supplier: countryName(spec.supplier),
    cut: spec.cut,
    stage: t(`stageInSentence.${spec.stage}`),
  });
  return (
    <section className="panel scenario-card" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{cardTitle}</h3>
      <ExportButtons
        text={{ title: cardTitle, footer: [] }}
        csv={() => [
          [
            t('filters.minerals'),
            t('filters.year'),
            t('scenario.lost'),
            t('table.unit'),
            t('figureExport.shareColumn'),
            'HHI',
            `HHI (${t('scenario.remainingProducers')})`,
            t('scenario.partnersCover', { country: countryName(viewAs) }),
            t('scenario.shortfall'),
          ],
          ...results.map((outcome) => [
            localized(index.mineral(outcome.mineral)?.name, language, outcome.mineral),
            outcome.year,
            outcome.result?.lost ?? null,
            outcome.result ? unitName(outcome.result.unit, t) : '',
            bounded(outcome.result?.lostShareOfWorld, outcome.result?.sharesAtMost, 'atMost'),
            bounded(
              roundedHhi(outcome.result?.hhiBefore),
              outcome.result?.hhiBeforeIsLowerBound,
              'atLeast',
            ),
            bounded(
              roundedHhi(outcome.result?.hhiAfter),
              outcome.result?.hhiAfterIsLowerBound,
              'atLeast',
            ),
            bounded(outcome.result?.partnerCover, outcome.result?.coverIsLowerBound, 'atLeast'),
            bounded(outcome.result?.shortfall, outcome.result?.coverIsLowerBound, 'atMost'),
          ]),
        ]}
        fileStem={`scenario-${position + 1}-${spec.minerals.join('-')}-${spec.stage}-${spec.supplier}-cut-${spec.cut}pct`}
      />
      <form className="scenario-form" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.event}>{t('scenario.fromEvent')}</label>
          <select
            id={ids.event}
            value=""
            onChange={(event) => {
              const chosen = controls.find((control) => control.id === event.target.value);
              // The controls name no stage: the cut is read where the minerals have figures.
              if (chosen)
                onChange({
                  supplier: chosen.countries[0]!,
                  minerals: chosen.minerals,
                  stage: stageWithFigures(index.model, chosen.minerals, spec.stage),
                  cut: 100,
                });
            }}
          >
            <option value="">{t('scenario.chooseEvent')}</option>
            {controls.map((control) => (
              <option key={control.id} value={control.id}>
                {control.date}: {localized(control.title, language, control.id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.supplier}>{t('scenario.supplier')}</label>
          <select
            id={ids.supplier}
            value={spec.supplier}
            onChange={(event) => onChange({ supplier: event.target.value })}
          >
            {producers.map((country) => (
              <option key={country} value={country}>
                {countryName(country)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('filters.stage')}</legend>
          {STAGES.map((stage) => (
            <label key={stage} className="check">
              <input
                type="radio"
                name={`${ids.heading}-stage`}
                checked={spec.stage === stage}
                onChange={() => onChange({ stage })}
              />
              {t(`stage.${stage}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.cut}>{t('scenario.cut', { cut: spec.cut })}</label>
          <input
            id={ids.cut}
            type="range"
            min={0}
            max={100}
            step={5}
            value={spec.cut}
            aria-valuetext={`${spec.cut}%`}
            onChange={(event) => onChange({ cut: Number(event.target.value) })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.response}>{t('scenario.response')}</label>
          <select
            id={ids.response}
            value={spec.response}
            onChange={(event) => onChange({ response: event.target.value as PartnerResponseCode })}
          >
            {RESPONSES.map((response) => (
              <option key={response} value={response}>
                {response.startsWith('p')
                  ? t('scenario.responses.percent', { percent: response.slice(1) })
                  : t(`scenario.responses.${response as 'none' | 'cap'}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('filters.minerals')}</legend>
          <div className="mineral-checks">
            {index.model.minerals.map((mineral) => (
              <label key={mineral.id} className="check">
                <input
                  type="checkbox"
                  checked={spec.minerals.includes(mineral.id)}
                  onChange={() => toggleMineral(mineral.id)}
                />
                {localized(mineral.name, language, mineral.id)}
              </label>
            ))}
          </div>
        </fieldset>
        {onRemove ? (
          <button type="button" onClick={onRemove}>
            {t('scenario.remove')}
          </button>
        ) : null}
      </form>
      <div className="outcomes">
        {results.map((result) => (
          <MineralOutcome
            key={result.mineral}
            outcome={result}
            spec={spec}
            tradeLoading={tradeLoading}
            viewAs={viewAs}
            language={language}
            countryName={countryName}
          />
        ))}
      </div>
    </section>
  );
}
