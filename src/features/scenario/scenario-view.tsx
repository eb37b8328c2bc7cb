import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { concentrationBand } from '../../analytics/concentration';
import { partnersOf } from '../../analytics/partners';
import type { SupplyCutResult } from '../../analytics/scenario';
import { useCountryName } from '../../components/use-names';
import { localized } from '../../components/localized';
import { ExportButtons } from '../../components/export-buttons';
import { SourceLine } from '../../components/source-line';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import type { Stage } from '../../domain/model-schema';
import { SHARE_OF_WORLD_UNIT } from '../../domain/units';
import type { Language } from '../../domain/language';
import { sortedByName, formatList, formatNumber, formatShare } from '../../lib/format';
import {
  MAX_SCENARIOS,
  type PartnerResponseCode,
  type ScenarioSpec,
} from '../../store/scenario-link';
import { useAppState } from '../../store/store-context';
import { scenarioResults, type MineralScenario } from './scenario-results';

const RESPONSES: PartnerResponseCode[] = ['none', 'p10', 'p25', 'p50', 'cap'];
const STAGES: Stage[] = ['mining', 'refining'];

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
            results={scenarioResults(index, trade.data, spec, {
              year: state.year,
              viewAs: state.viewAs,
              partners: responders,
            })}
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

interface CardProps {
  position: number;
  spec: ScenarioSpec;
  results: MineralScenario[];
  tradeLoading: boolean;
  viewAs: string;
  language: Language;
  onChange: (update: Partial<ScenarioSpec>) => void;
  /** Switches the year the scenarios are sized in. */
  onYear: (year: number) => void;
  onRemove: (() => void) | undefined;
}

function ScenarioCard({
  position,
  spec,
  results,
  tradeLoading,
  viewAs,
  language,
  onChange,
  onYear,
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
    value: number | null | undefined,
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
            t('table.share'),
            'HHI',
            `HHI (${t('scenario.remainingProducers')})`,
            t('scenario.partnersCover', { country: countryName(viewAs) }),
            t('scenario.shortfall'),
          ],
          ...results.map((outcome) => [
            localized(index.mineral(outcome.mineral)?.name, language, outcome.mineral),
            outcome.year,
            outcome.result?.lost ?? null,
            outcome.result?.unit ?? '',
            outcome.result?.lostShareOfWorld == null
              ? ''
              : formatShare(outcome.result.lostShareOfWorld, language),
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
        fileStem={`scenario-${position + 1}-${spec.supplier}-${spec.stage}-${spec.cut}pct`}
      />
      <form className="scenario-form" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.event}>{t('scenario.fromEvent')}</label>
          <select
            id={ids.event}
            value=""
            onChange={(event) => {
              const chosen = controls.find((control) => control.id === event.target.value);
              if (chosen)
                onChange({ supplier: chosen.countries[0]!, minerals: chosen.minerals, cut: 100 });
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
      {results.map((result) => (
        <MineralOutcome
          key={result.mineral}
          outcome={result}
          spec={spec}
          tradeLoading={tradeLoading}
          viewAs={viewAs}
          language={language}
          countryName={countryName}
          onYear={onYear}
        />
      ))}
    </section>
  );
}

function MineralOutcome({
  outcome,
  spec,
  tradeLoading,
  viewAs,
  language,
  countryName,
  onYear,
}: {
  outcome: MineralScenario;
  spec: ScenarioSpec;
  tradeLoading: boolean;
  viewAs: string;
  language: Language;
  countryName: (id: string) => string;
  onYear: (year: number) => void;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const mineralName = localized(index.mineral(outcome.mineral)?.name, language, outcome.mineral);
  const { result, capacityYear } = outcome;
  const amount = (value: number | null, unit: string) =>
    value === null ? t('common.na') : `${formatNumber(value, language)} ${unit}`;
  const share = (value: number | null) =>
    value === null ? t('common.na') : formatShare(value, language);
  const hhi = (value: number | null, isLowerBound: boolean) => {
    if (value === null) return t('common.na');
    const figure = formatNumber(Math.round(value), language);
    return `${isLowerBound ? t('scenario.atLeast', { value: figure }) : figure} (${t(`concentration.band.${concentrationBand(value)}`)})`;
  };
  const lost = (result: SupplyCutResult) =>
    // A table of shares gives the loss as a share already; the amount would only say it twice.
    result.unit === SHARE_OF_WORLD_UNIT && result.lost !== null
      ? t('scenario.lostShareValue', { share: `${formatNumber(result.lost, language)}%` })
      : t('scenario.lostValue', {
          amount: amount(result.lost, result.unit),
          share: share(result.lostShareOfWorld),
        });
  const cover = (result: SupplyCutResult) => {
    if (result.partnerCover === null || result.partnerHeadroom === null) {
      return t('scenario.noCapacity', { year: outcome.year });
    }
    const values = {
      cover: amount(result.partnerCover, result.unit),
      room: amount(result.partnerHeadroom, result.unit),
    };
    return result.coverIsLowerBound
      ? t('scenario.coverValueAtLeast', values)
      : t('scenario.coverValue', values);
  };
  const codeLabel = (code: string) =>
    localized(
      index.model.tradeCodes.find((entry) => entry.code === code)?.label,
      language,
      `HS ${code}`,
    );

  return (
    <div className="outcome">
      <h4>
        {outcome.year === null
          ? mineralName
          : t('scenario.outcomeTitle', {
              mineral: mineralName,
              stage: t(`stageInSentence.${spec.stage}`),
              year: outcome.year,
            })}
      </h4>
      {outcome.inputsExceedTotal ? (
        <p role="note" className="notice-inline">
          {t('scenario.inputsExceedTotal', {
            world: amount(outcome.inputsExceedTotal.worldAfter, outcome.inputsExceedTotal.unit),
          })}
        </p>
      ) : !result ? (
        <p className="empty-state">
          {t('scenario.noFigures', {
            mineral: mineralName,
            stage: t(`stageInSentence.${spec.stage}`),
          })}
        </p>
      ) : (
        <dl className="outcome-figures">
          <dt>{t('scenario.lost')}</dt>
          <dd>
            {!result.supplierListed
              ? t('scenario.notAProducer', { supplier: countryName(spec.supplier) })
              : lost(result)}
          </dd>
          <dt>{t('scenario.afterCut')}</dt>
          <dd>
            {result.top1After
              ? t('scenario.largestAfter', {
                  country: countryName(result.top1After.country),
                  share: share(result.top1After.share),
                })
              : t('common.na')}
            {'; '}
            {t('scenario.hhiChange', {
              before: hhi(result.hhiBefore, result.hhiBeforeIsLowerBound),
              after: hhi(result.hhiAfter, result.hhiAfterIsLowerBound),
            })}
          </dd>
          <dt>{t('scenario.partnersCover', { country: countryName(viewAs) })}</dt>
          <dd>
            {spec.response === 'none' ? t('scenario.noResponse') : cover(result)}
            {result.capacityHeadroom.length > 0
              ? ` ${t('scenario.capacityList', {
                  list: formatList(
                    result.capacityHeadroom.map(
                      (entry) =>
                        `${countryName(entry.country)} ${formatNumber(entry.headroom, language)} ${result.unit}`,
                    ),
                    language,
                  ),
                })}`
              : null}
            {result.partnersWithoutCapacity.length > 0 && result.partnerCover !== null
              ? ` ${t('scenario.withoutCapacity', {
                  year: outcome.year,
                  list: formatList(result.partnersWithoutCapacity.map(countryName), language),
                })}`
              : null}
            {capacityYear !== null ? (
              <button type="button" className="inline-action" onClick={() => onYear(capacityYear)}>
                {t('scenario.useCapacityYear', { year: capacityYear })}
              </button>
            ) : null}
          </dd>
          <dt>{t('scenario.shortfall')}</dt>
          <dd>
            {result.coverIsLowerBound && result.shortfall !== null
              ? t('scenario.atMost', { value: amount(result.shortfall, result.unit) })
              : amount(result.shortfall, result.unit)}
          </dd>
          <dt>{t('scenario.importsAtRisk', { country: countryName(viewAs) })}</dt>
          <dd>
            {tradeLoading
              ? t('exposure.loadingTrade')
              : outcome.imports.length === 0
                ? t('scenario.noImports', { country: countryName(viewAs) })
                : outcome.imports.map((entry) => (
                    <span key={entry.code} className="block">
                      {t('scenario.importsLine', {
                        code: codeLabel(entry.code),
                        year: entry.year,
                        fromSupplier: `${formatNumber(Math.round(entry.fromSupplier), language)} USD`,
                        supplier: countryName(spec.supplier),
                        share: share(entry.shareOfImports),
                        atRisk: `${formatNumber(Math.round(entry.atRisk), language)} USD`,
                      })}
                    </span>
                  ))}
          </dd>
        </dl>
      )}
      <SourceLine sourceIds={outcome.sourceIds} />
    </div>
  );
}
