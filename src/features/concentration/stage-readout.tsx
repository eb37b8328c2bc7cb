import { useMemo } from 'react';
import { alternativeShares } from '../../analytics/shares';
import { citeSource } from '../../components/citation';
import { useTranslation } from 'react-i18next';
import { localized } from '../../components/localized';
import { useModelIndex } from '../../data/model-context';
import { WORLD_TOTAL_ROUNDING_TOLERANCE } from '../../domain/model-rules';
import type { Measure } from '../../domain/model-schema';
import type { Language } from '../../domain/language';
import { formatNumber, formatShare } from '../../lib/format';
import { FiguresTable } from './figures-table';
import type { StageConcentration } from './mineral-concentration';
import { boundedText } from '../../components/bounded-text';

/**
 * Another publisher's figures for the same year (`alternatives`), one click away: the panel shows
 * the main table and says which other reading exists, never mixing the two.
 */
export function AlternativeReadings({
  mineral,
  measure,
  year,
  caption,
  language,
}: {
  mineral: string;
  measure: Measure;
  year: number;
  caption: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const readings = useMemo(
    () => alternativeShares(index.model, { mineral, measure, year }),
    [index.model, mineral, measure, year],
  );
  return readings.map((reading) => {
    const source = reading.worldTotal?.source ?? reading.countries[0]?.source ?? '';
    return (
      <details key={source} className="alternative-reading">
        <summary>
          {t('concentration.alternative', { year, source: citeSource(index, source) })}
        </summary>
        <FiguresTable
          breakdown={reading}
          caption={`${caption} (${citeSource(index, source)})`}
          language={language}
        />
      </details>
    );
  });
}

/** The stage's figures in words: largest producer, top 3, HHI and its band, the view-as country's share. */
export function Readout({
  figures,
  language,
  countryName,
  measure,
  viewAs,
}: {
  figures: StageConcentration;
  language: Language;
  countryName: (id: string) => string;
  measure: Measure;
  viewAs: string;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const { top1, top3Share, hhi, band, hhiIsLowerBound, sharesExceedTotal, listedShare } =
    figures.concentration;
  const stageName = t(`stageInSentence.${measure}`);
  const { share } = boundedText(figures.breakdown, language, t);
  return (
    <ul className="readout">
      {top1 ? (
        <li>
          {t('concentration.top1', {
            country: countryName(top1.country),
            share: share(top1.share),
          })}
        </li>
      ) : null}
      {top3Share !== null ? <li>{t('concentration.top3', { share: share(top3Share) })}</li> : null}
      {sharesExceedTotal ? (
        <li role="note" className="notice-inline">
          {t('concentration.sharesExceedTotal', {
            share: share(listedShare),
            tolerance: formatShare(WORLD_TOTAL_ROUNDING_TOLERANCE, language),
          })}
        </li>
      ) : null}
      {hhi !== null && band ? (
        <li title={t('concentration.hhiExplained')}>
          <strong>
            {t(hhiIsLowerBound ? 'concentration.hhiLowerBound' : 'concentration.hhi', {
              value: formatNumber(Math.round(hhi), language),
            })}
          </strong>{' '}
          · <span className={`band band-${band}`}>{t(`concentration.band.${band}`)}</span>
        </li>
      ) : null}
      {figures.groupShares.map(({ group, share: groupShareFigure }) => (
        <li key={group}>
          {t('concentration.groupShare', {
            group: localized(index.group(group)?.name, language, group),
            share: share(groupShareFigure.share),
            stage: stageName,
          })}
        </li>
      ))}
      {figures.viewAsListed ? (
        <li>
          {t('concentration.viewAsShare', {
            country: countryName(viewAs),
            share: share(figures.viewAsShare.share),
            stage: stageName,
          })}
        </li>
      ) : null}
    </ul>
  );
}
