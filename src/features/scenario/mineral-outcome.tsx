import { useTranslation } from 'react-i18next';
import { concentrationBand } from '../../analytics/concentration';
import type { SupplyCutResult } from '../../analytics/scenario';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useSlideFrame } from '../../components/slide-frame';
import { useModelIndex } from '../../data/model-context';
import { SHARE_OF_WORLD_UNIT } from '../../domain/units';
import type { Language } from '../../domain/language';
import { formatList, formatNumber, formatShare } from '../../lib/format';
import type { ScenarioSpec } from '../../store/scenario-link';
import type { FigureUse, FigureYear, MineralScenario } from '../../analytics/scenario-results';
import { shortCitation } from '../../components/citation';
import { NearestYearOffer } from '../../components/nearest-year-offer';
import { unitName } from '../../components/unit-name';

/** What a cut does to one mineral: supply lost, shares after, partners' cover, imports at risk. */
export function MineralOutcome({
  outcome,
  spec,
  tradeLoading,
  viewAs,
  language,
  countryName,
}: {
  outcome: MineralScenario;
  spec: ScenarioSpec;
  tradeLoading: boolean;
  viewAs: string;
  language: Language;
  countryName: (id: string) => string;
}) {
  const { t } = useTranslation();
  // Under its scenario's heading: h2 on a slide (under the slide's title), h3 on the screen.
  const Heading = useSlideFrame() ? 'h3' : 'h4';
  const index = useModelIndex();
  const mineralName = localized(index.mineral(outcome.mineral)?.name, language, outcome.mineral);
  const { result, capacityYear, inputsExceedTotal: exceeded } = outcome;
  const carryingYear = exceeded?.carryingYear ?? null;
  const amount = (value: number | null, unit: string) =>
    value === null ? t('common.na') : `${formatNumber(value, language)} ${unitName(unit, t)}`;
  const share = (value: number | null) =>
    value === null ? t('common.na') : formatShare(value, language);
  /** A share of a world total published as "more than …" is at most the one computed. */
  const worldShare = (value: number | null) =>
    value !== null && result?.sharesAtMost
      ? t('bounds.atMost', { value: share(value) })
      : share(value);
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
          share: worldShare(result.lostShareOfWorld),
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

  const use = (entry: FigureUse, severalCodes: boolean) =>
    entry.kind !== 'imports'
      ? t(`scenarioYears.${entry.kind}`)
      : severalCodes
        ? t('scenarioYears.importsCode', { country: countryName(viewAs), code: entry.code })
        : t('scenarioYears.imports', { country: countryName(viewAs) });
  /** "Production and capacity: 2023 (…); Japan's imports: 2024 (…)." */
  const yearsLine = (groups: FigureYear[]) => {
    const severalCodes = outcome.imports.length > 1;
    const text = groups
      .map((group) =>
        t('scenarioYears.group', {
          uses: formatList(
            group.uses.map((entry) => use(entry, severalCodes)),
            language,
          ),
          year: group.year,
          sources: group.sourceIds
            .flatMap((id) => {
              const source = index.source(id);
              return source ? [shortCitation(source)] : [];
            })
            .join(t('scenarioYears.sourceSeparator')),
        }),
      )
      .join(t('scenarioYears.separator'));
    return t('scenarioYears.line', { groups: text.charAt(0).toUpperCase() + text.slice(1) });
  };

  return (
    <div className="outcome">
      <Heading>
        {outcome.year === null
          ? mineralName
          : t('scenario.outcomeTitle', {
              mineral: mineralName,
              stage: t(`stageInSentence.${spec.stage}`),
              year: outcome.year,
            })}
      </Heading>
      {outcome.mixedYears.length > 0 ? (
        <p className="notes figure-years">{yearsLine(outcome.mixedYears)}</p>
      ) : null}
      {exceeded ? (
        <p role="note" className="notice-inline">
          {t('scenario.inputsExceedTotal', {
            year: outcome.year,
            world: amount(exceeded.worldTotal, exceeded.unit),
            listed: amount(exceeded.listedTotal, exceeded.unit),
            after: amount(exceeded.worldAfter, exceeded.unit),
          })}
          {carryingYear !== null ? ' ' : null}
          <NearestYearOffer
            year={carryingYear}
            label={t(
              exceeded?.carryingYearWithCapacity
                ? 'scenarioYears.useCarryingYearWithCapacity'
                : 'scenario.useCarryingYear',
              { year: carryingYear },
            )}
          />
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
            {t('scenarioYears.afterCutLine', {
              largest: result.top1After
                ? t('scenario.largestAfter', {
                    country: countryName(result.top1After.country),
                    share: worldShare(result.top1After.share),
                  })
                : t('common.na'),
              hhi: t('scenario.hhiChange', {
                before: hhi(result.hhiBefore, result.hhiBeforeIsLowerBound),
                after: hhi(result.hhiAfter, result.hhiAfterIsLowerBound),
              }),
            })}
          </dd>
          <dt>{t('scenario.partnersCover', { country: countryName(viewAs) })}</dt>
          <dd>
            {spec.response === 'none' ? t('scenario.noResponse') : cover(result)}
            {result.capacityHeadroom.length > 0 ||
            (result.partnersWithoutCapacity.length > 0 && result.partnerCover !== null)
              ? t('scenario.phraseEnd')
              : null}
            {result.capacityHeadroom.length > 0
              ? ` ${t('scenario.capacityList', {
                  list: formatList(
                    result.capacityHeadroom.map(
                      (entry) =>
                        `${countryName(entry.country)} ${formatNumber(entry.headroom, language)} ${unitName(result.unit, t)}`,
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
            <NearestYearOffer
              year={capacityYear}
              label={t('scenario.useCapacityYear', { year: capacityYear })}
            />
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
                        fromSupplier: t('exposure.usd', {
                          value: formatNumber(Math.round(entry.fromSupplier), language),
                        }),
                        supplier: countryName(spec.supplier),
                        share: share(entry.shareOfImports),
                        atRisk: t('exposure.usd', {
                          value: formatNumber(Math.round(entry.atRisk), language),
                        }),
                      })}
                    </span>
                  ))}
          </dd>
        </dl>
      )}
      {result?.sharesAtMost ? <p className="notes">{t('scenarioBounds.atMostNote')}</p> : null}
      <SourceLine sourceIds={outcome.sourceIds} />
    </div>
  );
}
