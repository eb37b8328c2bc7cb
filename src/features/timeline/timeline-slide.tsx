import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsAround, timelineItems, type TimelineItem } from '../../analytics/timeline';
import { localized } from '../../components/localized';
import { useModelIndex } from '../../data/model-context';
import { formatDate } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { useAsOf } from '../../components/control-status-text';
import { EventDetails, TradeBeforeAfter, tradeExporter } from './event-details';
import { RiskLensSlide } from './risk-lens-slide';
import { CATEGORY_COLORS } from './timeline-axis';

/** Events either side of the one a slide is about; one when the supply-risk lens shares the slide. */
const EVENTS_AROUND = 2;
const EVENTS_AROUND_WITH_LENS = 1;

/**
 * The timeline as a slide: an event with what came just before and after it, and its details
 * (scope, source). Across the foot, as the screen shows it with the register, the supply-risk lens
 * on the "as of" day: the EU's 65 % gauge, net import reliance and the score, with their sources.
 * An export control's slide sets the view-as country's imports from its issuer, before and after,
 * in a column of their own beside the event; the lens then holds what room is left, down to its
 * one-line caption saying where its readings are.
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
  const { before, selected, after } = eventsAround(
    items,
    selectedEvent,
    withLens ? EVENTS_AROUND_WITH_LENS : EVENTS_AROUND,
  );
  // Fitted afresh for each event: the room its details leave the lens differs from one to the next.
  const lens = withLens ? (
    <RiskLensSlide
      key={selected?.id ?? ''}
      minerals={minerals}
      stage={stage}
      asOf={asOf.date}
      language={language}
    />
  ) : null;
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
  const events = (
    <section className="slide-panel" aria-label={t('slide.timeline.around')}>
      <ol className="slide-events">
        {before.map(entry)}
        {entry(selected)}
        {after.map(entry)}
      </ol>
    </section>
  );
  const exporter = tradeExporter(selected);
  const classes = ['slide-panels', 'slide-timeline', ...(withLens ? ['with-lens'] : [])];
  if (exporter)
    return (
      <div className={[...classes, 'with-trade'].join(' ')}>
        <div className="slide-panel">
          {events}
          <EventDetails item={selected} language={language} viewAs={viewAs} withTrade={false} />
        </div>
        <div className="slide-panel">
          <TradeBeforeAfter
            item={selected}
            exporter={exporter}
            viewAs={viewAs}
            language={language}
            keyRows
          />
        </div>
        {lens}
      </div>
    );
  return (
    <div className={classes.join(' ')}>
      {events}
      <EventDetails item={selected} language={language} viewAs={viewAs} />
      {lens}
    </div>
  );
}
