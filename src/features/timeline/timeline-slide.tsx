import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsAround, timelineItems, type TimelineItem } from '../../analytics/timeline';
import { slideOverview } from '../../analytics/timeline-overview';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useSlideFit } from '../../components/use-slide-fit';
import { useMineralName } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import { formatDate, formatList } from '../../lib/format';
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
 * (scope, source), the supply-risk lens on the "as of" day across the foot (the EU's 65 % gauge,
 * net import reliance and the score, with their sources). With no event chosen, the chosen
 * minerals' events, newest first, as many as the stage holds and how many more the view lists,
 * beside the lens. An export control's slide sets the view-as country's imports from its issuer,
 * before and after, in a column of their own beside the event; the lens then holds what room is
 * left, down to its one-line caption saying where its readings are.
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
  const asOf = useAsOf();
  const selectedEvent = useAppState((s) => s.settings.timelineEvent);
  const items = useMemo(
    () => timelineItems(index.model, { minerals, countries }),
    [index, minerals, countries],
  );
  // The screen shows the lens with the register, for each chosen mineral, whenever there is one.
  const withLens = index.model.exportControls.length > 0 && minerals.length > 0;
  const chosen = items.some((item) => item.id === selectedEvent) ? selectedEvent : null;
  const { before, selected, after } = eventsAround(
    items,
    chosen,
    withLens ? EVENTS_AROUND_WITH_LENS : EVENTS_AROUND,
  );
  // Fitted afresh for each event: the room its details leave the lens differs from one to the next.
  const lens = withLens ? (
    <RiskLensSlide key={chosen ?? ''} minerals={minerals} asOf={asOf.date} language={language} />
  ) : null;
  if (!selected)
    return (
      <>
        <p className="slide-message">{t('timeline.empty')}</p>
        {lens}
      </>
    );
  if (!chosen)
    return <EventsOverview items={items} minerals={minerals} language={language} lens={lens} />;
  const entry = (item: TimelineItem) => (
    <EventEntry key={item.id} item={item} language={language} selected={item === selected} />
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

/** An event in a slide's list: its category's colour (named for screen readers), date and title. */
function EventEntry({
  item,
  language,
  selected = false,
}: {
  item: TimelineItem;
  language: Language;
  selected?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className={selected ? 'is-selected' : undefined}>
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
}

/**
 * A timeline slide saved with no event chosen: the chosen minerals' events (their export controls
 * among them), newest first, as many as the column holds with their sources, and how many more the
 * view lists; the lens in the column beside, the events' sources under both.
 */
function EventsOverview({
  items,
  minerals,
  language,
  lens,
}: {
  items: TimelineItem[];
  minerals: string[];
  language: Language;
  lens: ReactNode;
}) {
  const { t } = useTranslation();
  const mineralName = useMineralName();
  const listed = useMemo(() => slideOverview(items, minerals), [items, minerals]);
  const headingId = useId();
  const { limit: count, box } = useSlideFit<HTMLElement>(
    listed.length,
    `${listed.map((item) => item.id).join()}:${language}`,
  );
  const shown = listed.slice(0, count);
  const more = items.length - shown.length;
  return (
    <div className={`slide-panels slide-timeline slide-overview${lens ? ' with-lens' : ''}`}>
      <section ref={box} className="slide-panel" aria-labelledby={headingId}>
        <h3 id={headingId}>
          {t('timelineSlideCut.heading', {
            minerals:
              minerals.length > 0
                ? formatList(minerals.map(mineralName), language)
                : t('controls.allMinerals'),
          })}
        </h3>
        <ol className="slide-events">
          {shown.map((item) => (
            <EventEntry key={item.id} item={item} language={language} />
          ))}
        </ol>
        {more > 0 ? (
          <p className="slide-note">{t('timelineSlideCut.more', { count: more })}</p>
        ) : null}
      </section>
      {lens}
      {/* Under both columns: a column's width would give the citations twice the lines. */}
      <div className="slide-overview-sources">
        <SourceLine sourceIds={[...new Set(shown.map((item) => item.source))]} />
      </div>
    </div>
  );
}
