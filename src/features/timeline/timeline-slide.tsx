import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsAround, timelineItems, type TimelineItem } from '../../analytics/timeline';
import { localized } from '../../components/localized';
import { useModelIndex } from '../../data/model-context';
import { formatDate } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { EventDetails } from './event-details';
import { CATEGORY_COLORS } from './timeline-axis';

/** Events either side of the one a slide is about. */
const EVENTS_AROUND = 2;

/**
 * The timeline as a slide: an event with what came just before and after it, and its details
 * (scope, source, the trade before and after).
 */
export function TimelineSlide() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const { minerals, countries, language, viewAs } = useAppState((s) => ({
    minerals: s.minerals,
    countries: s.countries,
    language: s.language,
    viewAs: s.viewAs,
  }));
  const selectedEvent = useAppState((s) => s.settings.timelineEvent);
  const items = useMemo(
    () => timelineItems(index.model, { minerals, countries }),
    [index, minerals, countries],
  );
  const { before, selected, after } = eventsAround(items, selectedEvent, EVENTS_AROUND);
  if (!selected) return <p className="slide-message">{t('timeline.empty')}</p>;
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
    <div className="slide-panels slide-timeline">
      <section className="slide-panel" aria-label={t('slide.timeline.around')}>
        <ol className="slide-events">
          {before.map(entry)}
          {entry(selected)}
          {after.map(entry)}
        </ol>
      </section>
      <EventDetails item={selected} language={language} viewAs={viewAs} />
    </div>
  );
}
