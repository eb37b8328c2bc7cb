import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { controlStatusOn, controlsOn, suspensionsOf } from '../../analytics/control-status';
import {
  useAsOf,
  useControlDocument,
  useControlStatusText,
} from '../../components/control-status-text';
import { localized } from '../../components/localized';
import { SourceDetails } from '../../components/source-details';
import { useCountryName, useMineralName } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import type { ExportControl } from '../../domain/model-schema';
import { formatDate, formatList } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { AsOfControl } from './as-of-control';
import { ControlSpans } from './control-spans';
import { ControlsInForce } from './controls-in-force';
import { riskHeadingId, SupplyRiskPanel, useLensStages, useRiskColumns } from './supply-risk-panel';

const DATED_FACTS = ['announced', 'effective', 'until', 'lifted'] as const;

/** The parts of the register the timeline's heading links to, each focusable from there. */
export const REGISTER_TARGETS = {
  inForce: 'control-register-heading',
  risk: riskHeadingId,
  register: 'register-of-documents',
} as const;

/** The export-control register read on the "as of" day: what is in force, each control's life, every document. */
export function ControlRegister() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const state = useAppState((s) => ({
    minerals: s.minerals,
    viewAs: s.viewAs,
    language: s.language,
    riskStage: s.settings.riskStage,
    setViewSetting: s.setViewSetting,
  }));
  const riskColumns = useRiskColumns();
  const lensStages = useLensStages(state.minerals);
  const asOf = useAsOf();
  const mineralName = useMineralName();
  const register = index.model.exportControls;
  const entries = useMemo(
    () => controlsOn(register, { date: asOf.date, minerals: state.minerals, viewAs: state.viewAs }),
    [register, asOf.date, state.minerals, state.viewAs],
  );
  if (register.length === 0) return null;
  const date = formatDate(asOf.date, state.language);
  const shown = entries.filter((entry) => entry.control.kind === 'control');
  return (
    <section className="control-register" aria-labelledby={REGISTER_TARGETS.inForce}>
      <h2 id={REGISTER_TARGETS.inForce} tabIndex={-1}>
        {t('controls.heading', { date })}
      </h2>
      <p className="notes">{t('controls.intro')}</p>
      <AsOfControl />
      <ControlsInForce
        entries={shown}
        heading={t('controls.inForceHeading', {
          date,
          minerals:
            state.minerals.length === 0
              ? t('controls.allMinerals')
              : formatList(state.minerals.map(mineralName), state.language),
        })}
        viewAs={state.viewAs}
        language={state.language}
      />
      {state.minerals.length > 0 ? (
        <label className="field inline">
          {t('riskLensDefault.label')}{' '}
          <select
            value={state.riskStage ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              state.setViewSetting(
                'riskStage',
                value === 'mining' || value === 'refining' ? value : null,
              );
            }}
          >
            <option value="">{t('riskLensDefault.auto')}</option>
            <option value="mining">{t('stage.mining')}</option>
            <option value="refining">{t('stage.refining')}</option>
          </select>
        </label>
      ) : null}
      {state.minerals.map((mineral, i) => (
        <SupplyRiskPanel
          key={mineral}
          mineral={mineral}
          stage={lensStages[i]!}
          columns={riskColumns}
          asOf={asOf.date}
          language={state.language}
        />
      ))}
      <ControlSpans
        controls={shown.map((entry) => entry.control)}
        register={register}
        asOf={asOf.date}
        language={state.language}
      />
      <RegisterTable
        controls={entries.map((entry) => entry.control)}
        register={register}
        asOf={asOf.date}
        language={state.language}
      />
    </section>
  );
}

function RegisterTable({
  controls,
  register,
  asOf,
  language,
}: {
  controls: ExportControl[];
  register: readonly ExportControl[];
  asOf: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const countryName = useCountryName();
  const mineralName = useMineralName();
  const documentOf = useControlDocument();
  const statusText = useControlStatusText();
  const day = (date: string | undefined) =>
    date ? formatDate(date, language) : t('controls.noDate');
  return (
    <div className="table-scroll">
      <table className="figures-table register-table" id={REGISTER_TARGETS.register} tabIndex={-1}>
        <caption>{t('controls.registerTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('controls.columns.document')}</th>
            <th scope="col">{t('controls.columns.dates')}</th>
            <th scope="col">{t('controls.columns.suspensions')}</th>
            <th scope="col">{t('controls.columns.scope')}</th>
            <th scope="col">{t('controls.columns.target')}</th>
            <th scope="col">
              {t('controls.columns.status', { date: formatDate(asOf, language) })}
            </th>
            <th scope="col">{t('controls.columns.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {controls.map((control) => {
            const terms = suspensionsOf(control, register);
            return (
              <tr key={control.id}>
                <th scope="row">
                  {localized(control.document, language, control.id)}
                  <br />
                  <span className="notes">{localized(control.issuer, language)}</span>
                  <br />
                  <span lang="zh">{control.titleAsPublished}</span>
                </th>
                <td>
                  <dl className="register-dates">
                    <dt>{t('controls.columns.announced')}</dt>
                    <dd>{day(control.announced.date)}</dd>
                    <dt>{t('controls.columns.effective')}</dt>
                    <dd>{day(control.effective?.date)}</dd>
                    {control.lifted ? (
                      <>
                        <dt>{t('controls.columns.lifted')}</dt>
                        <dd>{day(control.lifted.date)}</dd>
                      </>
                    ) : null}
                  </dl>
                </td>
                <td>
                  {control.kind === 'suspension'
                    ? t('controls.suspendsDocs', {
                        docs: formatList(
                          control.suspends.map((entry) =>
                            entry.part
                              ? `${documentOf(entry.control)} (${localized(entry.part, language)})`
                              : documentOf(entry.control),
                          ),
                          language,
                        ),
                      }) + ` · ${day(control.effective?.date)} – ${day(control.until?.date)}`
                    : terms.map((term) => (
                        <div key={term.by}>
                          {t('controls.suspensionTerm', {
                            from: day(term.from),
                            until: day(term.until),
                            by: term.part
                              ? `${documentOf(term.by)}, ${localized(term.part, language)}`
                              : documentOf(term.by),
                          })}
                        </div>
                      ))}
                </td>
                <td>
                  {formatList(control.minerals.map(mineralName), language)}
                  <br />
                  <span className="notes">{localized(control.items, language)}</span>
                  {control.note ? (
                    <>
                      <br />
                      <span className="notes">{localized(control.note, language)}</span>
                    </>
                  ) : null}
                </td>
                <td>
                  {t(`controls.scope.${control.target.scope}`, {
                    countries: formatList(control.target.countries.map(countryName), language),
                  })}
                </td>
                <td>{statusText(controlStatusOn(control, register, asOf))}</td>
                <td>
                  <details>
                    <summary>{t('controls.sourcesSummary')}</summary>
                    {DATED_FACTS.map((name) => {
                      const fact = control[name];
                      if (!fact) return null;
                      const source = index.source(fact.source);
                      const copy = fact.copy ? index.source(fact.copy) : undefined;
                      return (
                        <div key={name} className="dated-source">
                          <p className="source-heading">
                            {t(`controls.dateKinds.${name}`)}: {day(fact.date)}
                          </p>
                          {source ? <SourceDetails source={source} /> : <p>{fact.source}</p>}
                          {copy ? (
                            <>
                              <p>{t('controls.textReadIn')}</p>
                              <SourceDetails source={copy} />
                            </>
                          ) : null}
                        </div>
                      );
                    })}
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
