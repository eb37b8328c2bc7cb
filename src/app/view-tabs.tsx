import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/error-boundary';
import { ViewError } from '../components/view-error';
import { ConcentrationView } from '../features/concentration/concentration-view';
import { ExposureView } from '../features/exposure/exposure-view';
import { ScenarioView } from '../features/scenario/scenario-view';
import { TimelineView } from '../features/timeline/timeline-view';
import { useAppState } from '../store/store-context';
import { VIEWS, type ViewId } from '../store/url-state';

const VIEW_COMPONENTS: Record<ViewId, () => React.JSX.Element> = {
  concentration: ConcentrationView,
  exposure: ExposureView,
  scenario: ScenarioView,
  timeline: TimelineView,
};

/** WAI-ARIA tabs: arrow keys, Home and End move between views. */
export function ViewTabs() {
  const { t } = useTranslation();
  const view = useAppState((state) => state.view);
  const setView = useAppState((state) => state.setView);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const position = VIEWS.indexOf(view);
    const last = VIEWS.length - 1;
    const next = {
      ArrowRight: position === last ? 0 : position + 1,
      ArrowLeft: position === 0 ? last : position - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = VIEWS[next]!;
    setView(target);
    tabs.current[target]?.focus();
  };
  const View = VIEW_COMPONENTS[view];
  return (
    <>
      <div role="tablist" aria-label={t('views.label')} className="tabs" onKeyDown={onKeyDown}>
        {VIEWS.map((id) => (
          <button
            key={id}
            ref={(element) => {
              tabs.current[id] = element;
            }}
            role="tab"
            id={`tab-${id}`}
            aria-selected={view === id}
            aria-controls={`view-${id}`}
            tabIndex={view === id ? 0 : -1}
            onClick={() => setView(id)}
          >
            {t(`views.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`view-${view}`} aria-labelledby={`tab-${view}`} tabIndex={0}>
        <ErrorBoundary
          key={view}
          fallback={(error, retry) => <ViewError error={error} retry={retry} />}
        >
          <View />
        </ErrorBoundary>
      </div>
    </>
  );
}
