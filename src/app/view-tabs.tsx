import { lazy, useRef, type JSX, type KeyboardEvent, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadedOnDemand } from '../components/view-error';
import { withStrings } from '../i18n/load-i18n';
import { SaveSlide } from '../features/presenter/save-slide';
import { useAppState } from '../store/store-context';
import { VIEWS, type ViewId } from '../store/url-state';

// Each view is its own chunk, loaded when first shown with the strings only it uses, so the first
// screen carries only its own code and strings.
const VIEW_MODULES = {
  concentration: () =>
    import('../features/concentration/concentration-view').then((m) => ({
      default: m.ConcentrationView,
    })),
  map: () =>
    withStrings('map', import('../features/map/map-view')).then((m) => ({ default: m.MapView })),
  network: () =>
    withStrings('network', import('../features/network/network-view')).then((m) => ({
      default: m.NetworkView,
    })),
  exposure: () =>
    import('../features/exposure/exposure-view').then((m) => ({ default: m.ExposureView })),
  scenario: () =>
    withStrings('scenario', import('../features/scenario/scenario-view')).then((m) => ({
      default: m.ScenarioView,
    })),
  timeline: () =>
    withStrings('timeline', import('../features/timeline/timeline-view')).then((m) => ({
      default: m.TimelineView,
    })),
  deck: () => import('../features/presenter/deck-view').then((m) => ({ default: m.DeckView })),
} satisfies Record<ViewId, unknown>;

type View = () => JSX.Element;

/** Views whose code has arrived: these render at once, without suspending. */
const loadedViews: Partial<Record<ViewId, View>> = {};

const loadView = (view: ViewId) =>
  VIEW_MODULES[view]().then((module) => {
    loadedViews[view] = module.default;
    return module;
  });

const LAZY_VIEWS = Object.fromEntries(
  VIEWS.map((view) => [view, lazy(() => loadView(view))]),
) as Record<ViewId, LazyExoticComponent<View>>;

/**
 * Starts fetching the code of the view a link opens on while the model is still loading, instead
 * of after it. Once there, the view renders without suspending: React holds back content that
 * comes out of a Suspense fallback by up to 300 ms, which was a third of the first paint.
 */
export function preloadView(view: ViewId): Promise<void> {
  return loadView(view).then(
    () => {},
    () => {
      // A failed fetch is retried, and reported, when the view is shown.
    },
  );
}

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
  return (
    <>
      <div className="tab-row">
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
        {view === 'deck' ? null : <SaveSlide />}
      </div>
      <div role="tabpanel" id={`view-${view}`} aria-labelledby={`tab-${view}`} tabIndex={0}>
        <ViewContent view={view} />
      </div>
    </>
  );
}

/** One view, loaded on demand, behind its own error boundary. */
function ViewContent({ view }: { view: ViewId }) {
  const View = loadedViews[view] ?? LAZY_VIEWS[view];
  return (
    <LoadedOnDemand resetKey={view}>
      <View />
    </LoadedOnDemand>
  );
}
