import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineItems, type TimelineItem } from '../../analytics/timeline';
import { useCountryName, useMineralName } from '../../components/use-names';
import { useViewCaption } from '../../components/view-caption';
import { formatList } from '../../lib/format';
import { localized } from '../../components/localized';
import { citeSource, sourceLines } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { useModelIndex } from '../../data/model-context';
import { formatDate } from '../../lib/format';
import { modelYears } from '../../analytics/years';
import { useAppState } from '../../store/store-context';
import { CATEGORY_COLORS, Legend, TimelineAxis } from './timeline-axis';
import { EventDetails } from './event-details';
import { ControlRegister, REGISTER_TARGETS } from './control-register';
import { useAsOf } from '../../components/control-status-text';

/** The filters as they stood before "Apply to filters", for Back. */
interface FiltersBefore {
  minerals: string[];
  countries: string[];
  year: number | null;
}

/**
 * Export controls, agreements and investments on a time axis. Selecting one shows it and the trade
 * around it and leaves the filters alone; "Apply to filters" sets them to it on request, and Back
 * puts them as they were. The axis comes first, so the view opens on it; the export-control register
 * (what is in force on the "as of" day, the supply-risk lens, every document) follows the events,
 * one click away from the line under the heading.
 */
export function TimelineView() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const state = useAppState((s) => ({
    minerals: s.minerals,
    countries: s.countries,
    year: s.year,
    language: s.language,
    viewAs: s.viewAs,
  }));
  const countryName = useCountryName();
  const actions = useAppState((s) => ({
    focusOn: s.focusOn,
    setView: s.setView,
    setViewSetting: s.setViewSetting,
  }));
  const selectedId = useAppState((s) => s.settings.timelineEvent);
  const items = useMemo(
    () => timelineItems(index.model, { minerals: state.minerals, countries: state.countries }),
    [index, state.minerals, state.countries],
  );
  const [filtersBefore, setFiltersBefore] = useState<FiltersBefore | null>(null);
  const selected = items.find((item) => item.id === selectedId) ?? null;
  const years = useMemo(() => modelYears(index.model), [index]);
  const figureRef = useRef<HTMLDivElement>(null);
  const eventYears = items.map((item) => item.date.slice(0, 4));
  const mineralName = useMineralName();
  useViewCaption((words) =>
    selected
      ? [
          localized(selected.title, words.language, selected.id),
          formatDate(selected.date, words.language),
        ]
      : [formatList(state.minerals.map(words.mineralName), words.language)],
  );

  const asOf = useAsOf();
  const hasRegister = index.model.exportControls.length > 0;
  const jumps = hasRegister
    ? [
        {
          target: REGISTER_TARGETS.inForce,
          label: t('timelineFold.inForce', { date: formatDate(asOf.date, state.language) }),
        },
        ...(state.minerals[0]
          ? [{ target: REGISTER_TARGETS.risk(state.minerals[0]), label: t('timelineFold.risk') }]
          : []),
        { target: REGISTER_TARGETS.register, label: t('controls.registerTitle') },
      ]
    : [];

  const select = (item: TimelineItem) => actions.setViewSetting('timelineEvent', item.id);
  const applyToFilters = (item: TimelineItem) => {
    setFiltersBefore({ minerals: state.minerals, countries: state.countries, year: state.year });
    const eventYear = Number(item.date.slice(0, 4));
    const year = years.filter((candidate) => candidate <= eventYear).at(-1) ?? years[0] ?? null;
    const minerals = item.minerals.filter((mineral) => index.mineral(mineral));
    actions.focusOn({
      minerals: minerals.length > 0 ? minerals : state.minerals,
      countries: item.countries,
      year,
    });
  };
  const back = () => {
    if (filtersBefore) actions.focusOn(filtersBefore);
    setFiltersBefore(null);
  };

  return (
    <div className="timeline">
      <div className="view-heading">
        <h2>{t('timeline.title')}</h2>
        <ExportButtons
          figure={items.length > 0 ? figureRef : undefined}
          text={{
            title: t('timeline.title'),
            subtitle: formatList(state.minerals.map(mineralName), state.language),
            footer: sourceLines(
              index,
              items.map((item) => item.source),
              t('source.label'),
            ),
          }}
          csv={() => [
            [
              t('timeline.date'),
              t('timeline.category'),
              t('timeline.eventTitle'),
              t('timeline.countries'),
              t('filters.minerals'),
              t('table.source'),
            ],
            ...items.map((item) => [
              item.date,
              t(`timeline.categories.${item.category}`),
              localized(item.title, state.language, item.id),
              item.countries.map(countryName).join('; '),
              item.minerals
                .map((id) => localized(index.mineral(id)?.name, state.language, id))
                .join('; '),
              citeSource(index, item.source, true),
            ]),
          ]}
          fileStem={['timeline', ...state.minerals, eventYears[0], eventYears.at(-1)]
            .filter(Boolean)
            .join('-')}
        />
      </div>
      {jumps.length > 0 ? (
        <nav className="timeline-jumps" aria-label={t('timelineFold.jumpsLabel')}>
          <span className="notes">{t('timelineFold.further')}</span>
          <ul>
            {jumps.map((jump) => (
              <li key={jump.target}>
                <button type="button" className="link-button" onClick={() => jumpTo(jump.target)}>
                  {jump.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {items.length === 0 ? (
        <p className="empty-state">{t('timeline.empty')}</p>
      ) : (
        <>
          <div ref={figureRef}>
            <TimelineAxis
              items={items}
              selectedId={selectedId}
              onSelect={select}
              language={state.language}
            />
            <Legend />
          </div>
          <div className="timeline-body">
            <ol className="timeline-list">
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="timeline-item"
                    aria-pressed={item.id === selectedId}
                    onClick={() => select(item)}
                  >
                    <span
                      className="swatch"
                      style={{ background: CATEGORY_COLORS[item.category] }}
                      aria-hidden="true"
                    />
                    <span className="timeline-date">{formatDate(item.date, state.language)}</span>
                    <span>{localized(item.title, state.language, item.id)}</span>
                    <span className="visually-hidden">
                      , {t(`timeline.categories.${item.category}`)}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
            {selected ? (
              <EventDetails
                item={selected}
                language={state.language}
                viewAs={state.viewAs}
                onOpen={() => actions.setView('concentration')}
              >
                <div className="timeline-apply">
                  <button type="button" onClick={() => applyToFilters(selected)}>
                    {t('timeline.applyToFilters')}
                  </button>
                  {filtersBefore ? (
                    <button type="button" onClick={back}>
                      {t('timeline.backToFilters')}
                    </button>
                  ) : null}
                </div>
              </EventDetails>
            ) : (
              <p className="empty-state">{t('timeline.choose')}</p>
            )}
          </div>
        </>
      )}
      <ControlRegister />
    </div>
  );
}

/** Brings a part of the register into view and moves the keyboard there, the URL left alone. */
function jumpTo(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
