import { lazy, memo, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { partnersOf } from '../../analytics/partners';
import { controlMarks } from '../../analytics/trend-controls';
import { concentrationTrend } from '../../analytics/trend';
import { useCountryName } from '../../components/use-names';
import { localized } from '../../components/localized';
import { useAfterPaint, usePaintedOnce } from '../../components/use-after-paint';
import { useModelIndex } from '../../data/model-context';
import type { Measure, Stage } from '../../domain/model-schema';
import type { Language } from '../../domain/language';
import { formatDate } from '../../lib/format';
import { boundedText } from '../../components/bounded-text';
import { useFilterState } from '../../store/store-context';
import { ElementFactsPanel } from './element-facts-panel';
import { stageConcentration } from './mineral-concentration';
import { StagePanel } from './stage-panel';

// The trend and the partner comparison are drawn with recharts, loaded once the share bars (plain
// SVG) are on the screen: a link's first figures need no chart library.
const TrendChart = lazy(() =>
  import('./trend-chart').then((module) => ({ default: module.TrendChart })),
);
const PartnerComparison = lazy(() =>
  import('./partner-comparison').then((module) => ({ default: module.PartnerComparison })),
);

const MEASURES: Measure[] = ['mining', 'refining', 'reserves'];

export function ConcentrationView() {
  const { t } = useTranslation();
  const current = useFilterState();
  // The filter panel answers a click in the next frame; the charts follow, in a render React may
  // interrupt.
  const filters = useAfterPaint(current);
  if (filters.minerals.length === 0 || filters.year === null) {
    return <p className="empty-state">{t('concentration.selectMineral')}</p>;
  }
  const year = filters.year;
  return (
    <div className="small-multiples" aria-busy={filters !== current}>
      {filters.minerals.map((mineral) => (
        <MineralRow key={mineral} {...filters} mineral={mineral} year={year} />
      ))}
    </div>
  );
}

interface MineralRowProps {
  mineral: string;
  stage: Stage;
  year: number;
  countries: string[];
  groups: string[];
  viewAs: string;
  language: Language;
}

/**
 * One mineral: mining, refining and reserves side by side, the trend, and the partners' share.
 * Memoised, so the urgent render after a click skips it and only the deferred one draws it anew.
 */
const MineralRow = memo(function MineralRow({
  mineral,
  stage,
  year,
  countries,
  groups,
  viewAs,
  language,
}: MineralRowProps) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const partners = useMemo(() => partnersOf(index.model.partnerships, viewAs), [index, viewAs]);
  const stages = useMemo(
    () =>
      MEASURES.map(
        (measure) =>
          [
            measure,
            stageConcentration(index, { mineral, measure, year, groups, viewAs, partners }),
          ] as const,
      ),
    [index, mineral, year, groups, viewAs, partners],
  );
  const trends = useMemo(
    () =>
      Object.fromEntries(
        MEASURES.map((measure) => [measure, concentrationTrend(index.model, mineral, measure)]),
      ),
    [index, mineral],
  );
  const mineralName = localized(index.mineral(mineral)?.name, language, mineral);
  const controls = controlMarks(index.model, mineral).map((mark) => ({
    id: mark.id,
    at: mark.at,
    date: mark.date,
    label: `${formatDate(mark.date, language)}: ${localized(mark.title, language, mark.id)}`,
  }));
  const countryName = useCountryName();
  // The chart library is fetched once the share bars are on screen, not before them.
  const chartsMayLoad = usePaintedOnce();
  const loadingCharts = <p className="loading">{t('concentration.loadingCharts')}</p>;
  const mineralNote = localized(index.mineral(mineral)?.note, language);
  const headingId = `mineral-${mineral}`;
  const sentences = stages.flatMap(([measure, figures]) => {
    const { top1, band } = figures.concentration;
    if (!top1 || top1.share === null || !band) return [];
    return [
      t(`concentration.sentence.${band}`, {
        subject: t(`concentration.sentenceSubject.${measure}`),
        country: countryName(top1.country),
        share: boundedText(figures.breakdown, language, t).share(top1.share),
      }),
    ];
  });

  return (
    <section className="mineral-row" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('concentration.rowTitle', { mineral: mineralName, year })}</h2>
      {sentences.length > 0 ? <p className="summary">{sentences.join(' ')}</p> : null}
      {mineralNote ? <p className="notes">{mineralNote}</p> : null}
      <div className="stage-grid">
        {stages.map(([measure, figures]) => (
          <StagePanel
            key={measure}
            mineral={mineral}
            mineralName={mineralName}
            measure={measure}
            year={year}
            figures={figures}
            highlighted={countries}
            viewAs={viewAs}
            language={language}
            selected={measure === stage}
          />
        ))}
      </div>
      <ElementFactsPanel mineral={mineral} mineralName={mineralName} language={language} />
      <div className="row-charts">
        {chartsMayLoad ? (
          <Suspense fallback={loadingCharts}>
            <TrendChart
              mineral={mineral}
              mineralName={mineralName}
              trends={trends}
              events={controls}
              language={language}
            />
            <PartnerComparison
              mineral={mineral}
              year={year}
              mineralName={mineralName}
              viewAsName={countryName(viewAs)}
              partnerNames={partners.map(countryName)}
              stages={stages.filter(([measure]) => measure !== 'reserves')}
              countryName={countryName}
              language={language}
            />
          </Suspense>
        ) : (
          loadingCharts
        )}
      </div>
    </section>
  );
});
