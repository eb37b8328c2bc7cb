import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { partnersOf } from '../../analytics/partners';
import { citeSource } from '../../components/citation';
import { localized } from '../../components/localized';
import { ShareChart } from '../../components/share-chart';
import { SourceLine } from '../../components/source-line';
import { useCountryName } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import { formatNumber } from '../../lib/format';
import { useFilterState } from '../../store/store-context';
import { chartRows } from './chart-rows';
import { stageConcentration } from './mineral-concentration';
import { Readout } from './stage-readout';

/**
 * The concentration view as a slide: for each chosen mineral, the panel of the chosen stage (its
 * read-out, its shares, its source), side by side; a mineral without figures gets a line at the
 * foot, not an empty panel.
 */
export function ConcentrationSlide() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const { minerals, stage, year, countries, groups, viewAs, language } = useFilterState();
  const countryName = useCountryName();
  const partners = useMemo(() => partnersOf(index.model.partnerships, viewAs), [index, viewAs]);
  if (minerals.length === 0 || year === null) {
    return <p className="slide-message">{t('concentration.selectMineral')}</p>;
  }
  const stageName = t(`stageInSentence.${stage}`);
  const panels = minerals.map((mineral) => ({
    mineral,
    mineralName: localized(index.mineral(mineral)?.name, language, mineral),
    figures: stageConcentration(index, { mineral, measure: stage, year, groups, viewAs, partners }),
  }));
  const withFigures = panels.filter(
    ({ figures }) => figures.breakdown.countries.length > 0 || figures.breakdown.worldTotal,
  );
  const without = panels.filter((panel) => !withFigures.includes(panel));
  return (
    <>
      <div
        className={withFigures.length === 1 ? 'slide-panels slide-single' : 'slide-panels'}
        style={{ gridTemplateColumns: `repeat(${Math.min(withFigures.length, 3)}, 1fr)` }}
      >
        {withFigures.map(({ mineral, mineralName, figures }) => {
          const title = t('concentration.chartTitle', {
            mineral: mineralName,
            stage: stageName,
            year,
          });
          const headingId = `slide-panel-${mineral}`;
          const { breakdown } = figures;
          const rows = chartRows(breakdown, {
            highlighted: countries,
            viewAs,
            language,
            t,
            countryName,
            sourceName: (id) => citeSource(index, id),
          });
          const marks = [
            ...(breakdown.countries.some((row) => row.status === 'estimated')
              ? [t('concentration.estimatedMark')]
              : []),
            ...(breakdown.countries.some((row) => row.status === 'proxy')
              ? [t('concentration.proxyMark')]
              : []),
            ...(breakdown.shareBound === 'at-most' ? [t('concentration.atMostNote')] : []),
            ...(breakdown.listedExceedTotal && breakdown.worldTotal
              ? [
                  t('concentration.listedExceedTotal', {
                    listed: formatNumber(breakdown.listedExceedTotal.listed, language),
                    total: formatNumber(breakdown.listedExceedTotal.total, language),
                    unit: breakdown.worldTotal.unit,
                  }),
                ]
              : []),
          ];
          return (
            <section key={mineral} className="panel" aria-labelledby={headingId}>
              <h2 id={headingId}>{title}</h2>
              <Readout
                figures={figures}
                language={language}
                countryName={countryName}
                measure={stage}
                viewAs={viewAs}
              />
              <div>
                <ShareChart
                  rows={rows}
                  title={`${title}. ${rows.map((row) => `${row.label} ${row.shareLabel}`).join(', ')}`}
                />
              </div>
              {marks.length > 0 ? <p className="slide-note">{marks.join(' · ')}</p> : null}
              <SourceLine sourceIds={figures.sourceIds} />
            </section>
          );
        })}
      </div>
      {without.map(({ mineral, mineralName }) => (
        <p key={mineral} className="slide-note">
          {t('concentration.noFigures', { mineral: mineralName, stage: stageName, year })}
        </p>
      ))}
    </>
  );
}
