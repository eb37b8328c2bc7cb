import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelianceReading } from '../../analytics/import-reliance';
import {
  CRMA_SINGLE_SUPPLIER_CEILING,
  heldIndicators,
  type SingleSupplierGauge,
  type SupplyRiskScore,
  type WeightedConcentration,
} from '../../analytics/supply-risk';
import {
  governanceRiskOf,
  importerRisk,
  lensStage,
  worldSupplyRisk,
  type CodeRisk,
} from '../../analytics/supply-risk-lens';
import { useControlDocument } from '../../components/control-status-text';
import { otherAsiaNote } from '../../components/country-name';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useCountryName, useMineralName, useTradeCodeLabel } from '../../components/use-names';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import type { Language } from '../../domain/language';
import type { Stage } from '../../domain/model-schema';
import { useAppState } from '../../store/store-context';
import { formatExact, formatList, formatNumber, formatShare } from '../../lib/format';

/** The id of a mineral's lens heading, which the timeline's heading links to. */
export const riskHeadingId = (mineral: string) => `supply-risk-${mineral}`;

/** A country or group the lens is read for: the view-as country first, then those chosen. */
export interface RiskColumn {
  id: string;
  name: string;
  /** The countries whose imports count (a group's members; the country alone otherwise). */
  importers: string[];
  isGroup: boolean;
  isViewAs: boolean;
}

/**
 * The supply-risk lens for one mineral and stage on the "as of" day, side by side for the view-as
 * country and the countries and groups chosen: each component with its source, n/a with its reason
 * where an input is missing, the EU's 65 % benchmark per trade code, and the method on screen.
 */
export function SupplyRiskPanel({
  mineral,
  stage,
  columns,
  asOf,
  language,
}: {
  mineral: string;
  stage: Stage;
  columns: RiskColumn[];
  asOf: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const model = index.model;
  const countryName = useCountryName();
  const mineralName = useMineralName();
  const codeLabel = useTradeCodeLabel();
  const documentOf = useControlDocument();
  const indicators = useMemo(() => heldIndicators(model.governance), [model]);
  const { world, readings, codes, worldSource, wgiSources } = useRiskLens({
    mineral,
    stage,
    columns,
    asOf,
  });
  const na = t('common.na');
  const number = (value: number) => formatExact(Number(value.toFixed(2)), language);
  const bounded = (text: string, atLeast: boolean) =>
    atLeast ? t('bounds.atLeast', { value: text }) : text;
  const concentrationText = (concentration: WeightedConcentration | null) =>
    concentration?.value == null ? na : bounded(number(concentration.value), concentration.atLeast);
  const missingText = (concentration: WeightedConcentration | null) =>
    concentration && concentration.missingGovernance.length > 0
      ? t('controls.risk.missingGovernance', {
          countries: formatList(concentration.missingGovernance.map(countryName), language),
        })
      : null;
  const controlledText = (covered: CodeRisk['controlled'] | null) =>
    covered === null
      ? na
      : covered.controls.length === 0
        ? formatShare(0, language)
        : t('controls.risk.controlledShare', {
            share: formatShare(covered.share, language),
            documents: formatList(covered.controls.map(documentOf), language),
          });
  const relianceCell = (reading: RelianceReading, column: RiskColumn): ReactNode => {
    if (reading.kind === 'published') {
      const { record } = reading;
      const percent = record.value === null ? na : formatShare(record.value / 100, language);
      return (
        <>
          <span className="figure">
            {record.bound === 'lower' ? t('bounds.moreThan', { value: percent }) : percent}
          </span>{' '}
          {t('risk.relianceYear', { year: record.year })}
          {record.status === 'estimated' ? ` ${t('risk.estimated')}` : ''}
          <span className="notes"> {localized(record.subject, language)}</span>
          <SourceLine sourceIds={[record.source]} />
        </>
      );
    }
    return (
      <>
        <span className="figure">{na}</span>{' '}
        <span className="notes">
          {t(`risk.relianceGap.${reading.reason}`, {
            country: column.name,
            codes: formatList(
              reading.codes.map((code) => `HS ${code}`),
              language,
            ),
            years: formatList(reading.years.map(String), language),
          })}
        </span>
      </>
    );
  };
  const scoreCell = (score: SupplyRiskScore) =>
    score.value !== null ? (
      <span className="figure">{bounded(number(score.value), score.atLeast)}</span>
    ) : (
      <>
        <span className="figure">{na}</span>{' '}
        <span className="notes">
          {t('risk.scoreMissing', {
            components: formatList(
              score.missing.map((gap) => t(`risk.scoreGap.${gap}`)),
              language,
            ),
          })}
        </span>
      </>
    );
  const coverageText = (gauge: SingleSupplierGauge, column: RiskColumn) => {
    const silent = column.importers.filter((member) => !gauge.reporting.includes(member));
    return column.isGroup
      ? t('gauge.groupCoverage', {
          reporting: gauge.reporting.length,
          members: column.importers.length,
          missing: silent.length > 0 ? formatList(silent.map(countryName), language) : '—',
        })
      : null;
  };
  const taiwanNote = otherAsiaNote(
    (readings ?? []).flatMap((reading) =>
      reading.codes.flatMap((code) => code.gauge.suppliers.map((s) => s.country)),
    ),
    t,
  );
  const headingId = riskHeadingId(mineral);
  const columnCells = (cell: (columnIndex: number) => ReactNode) =>
    columns.map((column, columnIndex) => <td key={column.id}>{cell(columnIndex)}</td>);

  return (
    <section className="panel supply-risk" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t('risk.heading', {
          mineral: mineralName(mineral),
          stage: t(`stageInSentence.${stage}`),
        })}
      </h3>
      <p className="notes">{t('risk.compareHint')}</p>
      <details className="method">
        <summary>{t('controls.risk.methodSummary')}</summary>
        <ul>
          <li>{t('controls.risk.methodHhi')}</li>
          <li>
            {t('controls.risk.methodGovernance', {
              indicators: indicators.join(', '),
              count: indicators.length,
            })}
          </li>
          <li>{t('risk.methodTaiwan')}</li>
          <li>{t('risk.methodReliance')}</li>
          <li>{t('risk.methodScore')}</li>
          <li>{t('controls.risk.methodControls')}</li>
          <li>{t('risk.methodGroups')}</li>
          <li>{t('controls.risk.methodGauge')}</li>
        </ul>
      </details>
      <div className="table-scroll">
        <table className="figures-table risk-table">
          <caption>
            {t('risk.caption', {
              mineral: mineralName(mineral),
              stage: t(`stageInSentence.${stage}`),
              countries: formatList(
                columns.map((column) => column.name),
                language,
              ),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('risk.component')}</th>
              {columns.map((column) => (
                <th scope="col" key={column.id}>
                  {column.name}
                  {column.isViewAs ? <span className="notes"> {t('risk.viewAsMark')}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                {world.year === null
                  ? t('controls.risk.worldHhiNoYear')
                  : t('controls.risk.worldHhi', { year: world.year })}
              </th>
              <td colSpan={columns.length}>
                <span className="figure">{concentrationText(world.concentration)}</span>{' '}
                <span className="notes">
                  {world.breakdown
                    ? missingText(world.concentration)
                    : t('controls.risk.noWorldShares')}
                </span>
                <SourceLine sourceIds={[...(worldSource ? [worldSource] : []), ...wgiSources]} />
              </td>
            </tr>
          </tbody>
          {readings === null ? (
            <tbody>
              <tr>
                <td colSpan={columns.length + 1} role="status">
                  {t('exposure.loadingTrade')}
                </td>
              </tr>
            </tbody>
          ) : (
            <tbody>
              <tr>
                <th scope="row">
                  {t('risk.worldControlled')}
                  {worldSource ? <SourceLine sourceIds={[worldSource]} /> : null}
                </th>
                {columnCells((i) => controlledText(readings[i]!.worldControlled))}
              </tr>
              <tr>
                <th scope="row">{t('risk.reliance')}</th>
                {columnCells((i) => relianceCell(readings[i]!.reliance, columns[i]!))}
              </tr>
            </tbody>
          )}
          {readings === null ? null : codes.length === 0 ? (
            <tbody>
              <tr>
                <td colSpan={columns.length + 1}>
                  {t('risk.noImports', { mineral: mineralName(mineral) })}
                </td>
              </tr>
            </tbody>
          ) : (
            codes.map((code) => {
              const ofCode = (i: number) =>
                readings![i]!.codes.find((reading) => reading.gauge.code === code) ?? null;
              const perCode = (cell: (reading: CodeRisk, column: RiskColumn) => ReactNode) =>
                columnCells((i) => {
                  const reading = ofCode(i);
                  return reading ? cell(reading, columns[i]!) : na;
                });
              return (
                <tbody key={code}>
                  <tr>
                    <th scope="colgroup" colSpan={columns.length + 1} className="code-heading">
                      {codeLabel(code)}
                    </th>
                  </tr>
                  <tr>
                    <th scope="row">{t('gauge.imports')}</th>
                    {columnCells((i) => {
                      const reading = ofCode(i);
                      if (!reading) return t('gauge.noImportsUnderCode', { code });
                      const { gauge } = reading;
                      return (
                        <>
                          {t('gauge.importsRecorded', {
                            year: gauge.year,
                            total: formatNumber(Math.round(gauge.total), language),
                          })}
                          {gauge.unnamedShare > 0 ? (
                            <span className="notes">
                              {' '}
                              {t('gauge.unnamed', {
                                share: formatShare(gauge.unnamedShare, language),
                              })}
                            </span>
                          ) : null}
                          {coverageText(gauge, columns[i]!) ? (
                            <span className="notes"> {coverageText(gauge, columns[i]!)}</span>
                          ) : null}
                          <SourceLine sourceIds={gauge.sources} />
                        </>
                      );
                    })}
                  </tr>
                  <tr>
                    <th scope="row">
                      {t('gauge.heading', {
                        ceiling: formatShare(CRMA_SINGLE_SUPPLIER_CEILING, language),
                      })}
                    </th>
                    {perCode((reading) => (
                      <GaugeReading gauge={reading.gauge} language={language} />
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t('controls.risk.sourcingHhi')}</th>
                    {perCode((reading) => (
                      <>
                        <span className="figure">{concentrationText(reading.sourcing)}</span>
                        {missingText(reading.sourcing) ? (
                          <span className="notes"> {missingText(reading.sourcing)}</span>
                        ) : null}
                      </>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t('controls.risk.importsControlled')}</th>
                    {perCode((reading) => controlledText(reading.controlled))}
                  </tr>
                  <tr>
                    <th scope="row">{t('controls.risk.score')}</th>
                    {perCode((reading) => scoreCell(reading.score))}
                  </tr>
                </tbody>
              );
            })
          )}
        </table>
      </div>
      {taiwanNote ? <p className="notes">{taiwanNote}</p> : null}
    </section>
  );
}

/**
 * The lens read for each column on the "as of" day, null until the trade file is in (an empty
 * list would read as "no imports"), with the trade codes any column imports under.
 */
export function useRiskLens({
  mineral,
  stage,
  columns,
  asOf,
}: {
  mineral: string;
  stage: Stage;
  columns: RiskColumn[];
  asOf: string;
}) {
  const minerals = useMemo(() => [mineral], [mineral]);
  const stages = useMemo(() => [stage], [stage]);
  return useRiskLenses({ minerals, stages, columns, asOf })[0]!;
}

/**
 * The stage the lens reads each mineral at: the one chosen for the lens (`lens=` in the link), else
 * the filters' stage where it has figures, else one that has (lensStage).
 */
export function useLensStages(minerals: string[]): Stage[] {
  const model = useModelIndex().model;
  const { stage, chosen } = useAppState((s) => ({ stage: s.stage, chosen: s.settings.riskStage }));
  return useMemo(
    () => minerals.map((mineral) => lensStage(model, { mineral, stage, chosen })),
    [model, minerals, stage, chosen],
  );
}

/** The lens for several minerals at once, in their order, each at its stage (the timeline's slide reads them all). */
export function useRiskLenses({
  minerals,
  stages,
  columns,
  asOf,
}: {
  minerals: string[];
  stages: Stage[];
  columns: RiskColumn[];
  asOf: string;
}) {
  const model = useModelIndex().model;
  const trade = useQuery(tradeQuery(useActiveModel()));
  const risk = useMemo(() => governanceRiskOf(model.governance), [model]);
  return useMemo(
    () =>
      minerals.map((mineral, i) => {
        const stage = stages[i]!;
        const world = worldSupplyRisk(model, { mineral, stage }, risk);
        const readings =
          trade.data === undefined
            ? null
            : columns.map((column) =>
                importerRisk(model, trade.data, world, risk, {
                  id: column.id,
                  importers: column.importers,
                  mineral,
                  stage,
                  asOf,
                }),
              );
        const codes = [
          ...new Set(
            (readings ?? []).flatMap((reading) => reading.codes.map((code) => code.gauge.code)),
          ),
        ].sort();
        const worldSource = world.breakdown?.worldTotal?.source;
        const wgiSources = [...new Set(model.governance.map((record) => record.source))];
        return { mineral, stage, world, readings, codes, worldSource, wgiSources };
      }),
    [minerals, columns, model, trade.data, risk, stages, asOf],
  );
}

/** The largest single supplier against the EU's 65 % ceiling: the reading, then a bar to the mark. */
export function GaugeReading({
  gauge,
  language,
}: {
  gauge: SingleSupplierGauge;
  language: Language;
}) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  if (gauge.supplier === null || gauge.share === null) return <>{t('common.na')}</>;
  const share = formatShare(gauge.share, language);
  const values = {
    share: gauge.atLeast ? t('bounds.atLeast', { value: share }) : share,
    supplier: countryName(gauge.supplier),
    ceiling: formatShare(CRMA_SINGLE_SUPPLIER_CEILING, language),
  };
  const verdict =
    gauge.exceedsCeiling === true
      ? 'gauge.above'
      : gauge.exceedsCeiling === false
        ? 'gauge.within'
        : 'gauge.open';
  return (
    <>
      {t(verdict, values)}
      <svg className="gauge" viewBox="0 0 100 10" width="120" height="12" aria-hidden="true">
        <rect x="0" y="1" width="100" height="8" fill="#e8eef5" />
        <rect
          x="0"
          y="1"
          width={gauge.share * 100}
          height="8"
          fill={gauge.exceedsCeiling ? '#D55E00' : '#0072B2'}
        />
        <line x1="65" x2="65" y1="0" y2="10" stroke="#1a1a1a" strokeWidth="1.5" />
      </svg>
    </>
  );
}

/** The view-as country, then the highlighted countries, then the chosen groups, each once. */
export function useRiskColumns(): RiskColumn[] {
  const index = useModelIndex();
  const { viewAs, countries, groups, language } = useAppState((s) => ({
    viewAs: s.viewAs,
    countries: s.countries,
    groups: s.groups,
    language: s.language,
  }));
  const countryName = useCountryName();
  return useMemo(() => {
    const ids = [viewAs, ...countries.filter((id) => id !== viewAs)];
    return [
      ...ids.map((id) => ({
        id,
        name: countryName(id),
        importers: [id],
        isGroup: false,
        isViewAs: id === viewAs,
      })),
      ...groups.flatMap((id) => {
        const group = index.group(id);
        return group
          ? [
              {
                id,
                name: localized(group.name, language, id),
                importers: group.members,
                isGroup: true,
                isViewAs: false,
              },
            ]
          : [];
      }),
    ];
  }, [index, viewAs, countries, groups, language, countryName]);
}
