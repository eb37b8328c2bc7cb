import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsAround, timelineItems, type TimelineItem } from '../../analytics/timeline';
import { localized } from '../../components/localized';
import { useModelIndex } from '../../data/model-context';
import { formatDate } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { useAsOf } from '../../components/control-status-text';
import { EventDetails } from './event-details';
import { RiskLensSlide } from './risk-lens-slide';
import { CATEGORY_COLORS } from './timeline-axis';

/** Events either side of the one a slide is about; one when the supply-risk lens shares the slide. */
const EVENTS_AROUND = 2;
const EVENTS_AROUND_WITH_LENS = 1;

/**
 * The timeline as a slide: an event with what came just before and after it, and its details
 * (scope, source, the trade before and after). Across the foot, as the screen shows it with the
 * register, the supply-risk lens on the "as of" day: the EU's 65 % gauge, net import reliance and
 * the score, with their sources.
 */
export function TimelineSlide() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const { minerals, countries, language, viewAs, stage } = useAppState((s) => ({
    minerals: s.minerals,
    countries: s.countries,
    language: s.language,
    viewAs: s.viewAs,
    stage: s.stage,
  }));
  const asOf = useAsOf();
  const selectedEvent = useAppState((s) => s.settings.timelineEvent);
  const items = useMemo(
    () => timelineItems(index.model, { minerals, countries }),
    [index, minerals, countries],
  );
  // The screen shows the lens with the register, for each chosen mineral, whenever there is one.
  const withLens = index.model.exportControls.length > 0 && minerals.length > 0;
  const lens = withLens ? (
    <RiskLensSlide minerals={minerals} stage={stage} asOf={asOf.date} language={language} />
  ) : null;
  const { before, selected, after } = eventsAround(
    items,
    selectedEvent,
    withLens ? EVENTS_AROUND_WITH_LENS : EVENTS_AROUND,
  );
  if (!selected)
    return (
      <>
        <p className="slide-message">{t('timeline.empty')}</p>
        {lens}
      </>
    );
  const entry = (item: TimelineItem) => (
    <li key={item.id} className={item === selected ? 'is-selected' : undefined}>
      <span
        className="swatch"
        style={{ background: CATEGORY_COLORS[item.category] }}
        aria-hidden="true"
      />
      <span className="timeline-date">{formatDate(item.date, language)}</span>{' '}
      <span>{localized(item.title, language, item.id)}</span>
      <span className="visually-hidden">, {t(`timeline.categories.${item.category}`)}</span>
    </li>
  );
  return (
    <div
      className={withLens ? 'slide-panels slide-timeline with-lens' : 'slide-panels slide-timeline'}
    >
      <section className="slide-panel" aria-label={t('slide.timeline.around')}>
        <ol className="slide-events">
          {before.map(entry)}
          {entry(selected)}
          {after.map(entry)}
        </ol>
      </section>
      <EventDetails item={selected} language={language} viewAs={viewAs} />
      {lens}
    </div>
  );
}
