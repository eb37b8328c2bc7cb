import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { importReliance } from '../../analytics/import-reliance';
import { countryShares } from '../../analytics/shares';
import {
  governanceRisk,
  governanceWeightedHhi,
  heldIndicators,
  shareUnderControls,
  singleSupplierGauges,
  worldWeightedHhi,
  CRMA_SINGLE_SUPPLIER_CEILING,
} from '../../analytics/supply-risk';
import { latestYearWithWorldTotal } from '../../analytics/years';
import { useControlDocument } from '../../components/control-status-text';
import { SourceLine } from '../../components/source-line';
import { useCountryName, useMineralName, useTradeCodeLabel } from '../../components/use-names';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import type { Language } from '../../domain/language';
import type { Stage } from '../../domain/model-schema';
import { formatList, formatNumber, formatShare } from '../../lib/format';

/**
 * The supply-risk lens for one mineral and stage, for the view-as country on the "as of" day: each
 * component beside its source, n/a where an input is missing, and the method on screen.
 */
export function SupplyRiskPanel({
  mineral,
  stage,
  viewAs,
  asOf,
  language,
}: {
  mineral: string;
  stage: Stage;
  viewAs: string;
  asOf: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const model = index.model;
  const trade = useQuery(tradeQuery(useActiveModel()));
  const countryName = useCountryName();
  const mineralName = useMineralName();
  const codeLabel = useTradeCodeLabel();
  const documentOf = useControlDocument();
  const indicators = useMemo(() => heldIndicators(model.governance), [model]);
  const risk = useMemo(() => {
    const byCountry = new Map(
      [...new Set(model.governance.map((record) => record.country))].map((country) => [
        country,
        governanceRisk(model.governance, country, indicators).value,
      ]),
    );
    return (country: string) => byCountry.get(country) ?? null;
  }, [model, indicators]);

  const year = latestYearWithWorldTotal(model, mineral, stage);
  const breakdown =
    year === undefined
      ? null
      : countryShares(model.supply, model.worldTotals, { mineral, measure: stage, year });
  const world = breakdown ? worldWeightedHhi(breakdown, risk) : null;
  const worldControlled = breakdown
    ? shareUnderControls(breakdown.countries, model.exportControls, { mineral, date: asOf, viewAs })
    : null;
  const codes = useMemo(
    () =>
      trade.data
        ? singleSupplierGauges(trade.data, { importers: [viewAs], mineral }).map((gauge) => {
            const suppliers = importReliance(trade.data, {
              importer: viewAs,
              mineral,
              year: gauge.year,
              unit: 'USD',
              code: gauge.code,
            }).suppliers.map((supplier) => ({ country: supplier.exporter, share: supplier.share }));
            return {
              gauge,
              sourcing: governanceWeightedHhi(suppliers, 0, risk),
              controlled: shareUnderControls(suppliers, model.exportControls, {
                mineral,
                date: asOf,
                viewAs,
              }),
            };
          })
        : [],
    [trade.data, viewAs, mineral, risk, model, asOf],
  );

  const na = t('common.na');
  const hhiText = (value: number | null, atLeast: boolean) =>
    value === null
      ? na
      : atLeast
        ? t('bounds.atLeast', { value: formatNumber(Number(value.toFixed(2)), language) })
        : formatNumber(Number(value.toFixed(2)), language);
  const missingText = (countries: string[]) =>
    countries.length > 0
      ? t('controls.risk.missingGovernance', {
          countries: formatList(countries.map(countryName), language),
        })
      : '';
  const controlledText = (covered: ReturnType<typeof shareUnderControls>) =>
    covered.controls.length === 0
      ? formatShare(0, language)
      : t('controls.risk.controlledShare', {
          share: formatShare(covered.share, language),
          documents: formatList(covered.controls.map(documentOf), language),
        });
  const worldSource = breakdown?.worldTotal?.source;
  const wgiSources = [...new Set(model.governance.map((record) => record.source))];

  return (
    <section className="panel supply-risk" aria-labelledby={`supply-risk-${mineral}`}>
      <h3 id={`supply-risk-${mineral}`}>
        {t('controls.risk.heading', {
          mineral: mineralName(mineral),
          stage: t(`stageInSentence.${stage}`),
          country: countryName(viewAs),
        })}
      </h3>
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
          <li>{t('controls.risk.methodLeftOut')}</li>
          <li>{t('controls.risk.methodControls')}</li>
          <li>{t('controls.risk.methodGauge')}</li>
        </ul>
      </details>
      <table className="figures-table">
        <caption>{t('controls.risk.componentsCaption')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('controls.risk.worldHhi', { year: year ?? na })}</th>
            <td className="number">{world ? hhiText(world.value, world.atLeast) : na}</td>
            <td>
              {world ? missingText(world.missingGovernance) : t('controls.risk.noWorldShares')}
              <SourceLine sourceIds={[...(worldSource ? [worldSource] : []), ...wgiSources]} />
            </td>
          </tr>
          <tr>
            <th scope="row">
              {t('controls.risk.worldControlled', { country: countryName(viewAs) })}
            </th>
            <td className="number">{worldControlled ? controlledText(worldControlled) : na}</td>
            <td>{worldSource ? <SourceLine sourceIds={[worldSource]} /> : null}</td>
          </tr>
          <tr>
            <th scope="row">{t('controls.risk.importReliance')}</th>
            <td className="number">{na}</td>
            <td>{t('controls.risk.importRelianceWhy')}</td>
          </tr>
          <tr>
            <th scope="row">{t('controls.risk.score')}</th>
            <td className="number">{na}</td>
            <td>{t('controls.risk.scoreWhy')}</td>
          </tr>
        </tbody>
      </table>
      {trade.isPending ? (
        <p role="status">{t('exposure.loadingTrade')}</p>
      ) : codes.length === 0 ? (
        <p>
          {t('controls.risk.noImports', {
            country: countryName(viewAs),
            mineral: mineralName(mineral),
          })}
        </p>
      ) : (
        <table className="figures-table">
          <caption>
            {t('controls.risk.importsCaption', {
              country: countryName(viewAs),
              ceiling: formatShare(CRMA_SINGLE_SUPPLIER_CEILING, language),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('exposure.code')}</th>
              <th scope="col">{t('controls.risk.largestSupplier')}</th>
              <th scope="col">{t('controls.risk.sourcingHhi')}</th>
              <th scope="col">{t('controls.risk.importsControlled')}</th>
            </tr>
          </thead>
          <tbody>
            {codes.map(({ gauge, sourcing, controlled }) => (
              <tr key={gauge.code}>
                <th scope="row">
                  {codeLabel(gauge.code)}
                  <br />
                  <span className="notes">
                    {gauge.year} · {formatNumber(Math.round(gauge.total), language)} USD
                  </span>
                  <SourceLine sourceIds={gauge.sources} />
                </th>
                <td>
                  {t(
                    gauge.exceedsCeiling
                      ? 'controls.risk.aboveCeiling'
                      : 'controls.risk.belowCeiling',
                    {
                      share: formatShare(gauge.share, language),
                      supplier: countryName(gauge.supplier),
                      ceiling: formatShare(CRMA_SINGLE_SUPPLIER_CEILING, language),
                    },
                  )}
                  <svg
                    className="gauge"
                    viewBox="0 0 100 10"
                    width="120"
                    height="12"
                    aria-hidden="true"
                  >
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
                </td>
                <td className="number">
                  {hhiText(sourcing.value, sourcing.atLeast)}
                  {sourcing.missingGovernance.length > 0 ? (
                    <span className="notes"> {missingText(sourcing.missingGovernance)}</span>
                  ) : null}
                </td>
                <td className="number">{controlledText(controlled)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
