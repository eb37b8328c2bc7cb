import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { LoadedOnDemand } from '../components/view-error';
import { withStrings } from '../i18n/load-i18n';
import type { ViewId } from '../store/url-state';

// Each view's slide figure is its own chunk, like the view, fetched with the view's strings when
// a deck first shows it.
const SLIDE_FIGURES: Record<ViewId, LazyExoticComponent<ComponentType> | null> = {
  concentration: lazy(() =>
    import('../features/concentration/concentration-slide').then((m) => ({
      default: m.ConcentrationSlide,
    })),
  ),
  map: lazy(() =>
    withStrings('map', import('../features/map/map-slide')).then((m) => ({ default: m.MapSlide })),
  ),
  network: lazy(() =>
    withStrings('network', import('../features/network/network-slide')).then((m) => ({
      default: m.NetworkSlide,
    })),
  ),
  exposure: lazy(() =>
    import('../features/exposure/exposure-slide').then((m) => ({ default: m.ExposureSlide })),
  ),
  scenario: lazy(() =>
    withStrings('scenario', import('../features/scenario/scenario-slide')).then((m) => ({
      default: m.ScenarioSlide,
    })),
  ),
  timeline: lazy(() =>
    withStrings('timeline', import('../features/timeline/timeline-slide')).then((m) => ({
      default: m.TimelineSlide,
    })),
  ),
  // The deck is not a figure: a slide saved from it shows its title alone.
  deck: null,
};

/** One view's slide figure, loaded on demand, behind its own error boundary. */
export function SlideContent({ view }: { view: ViewId }) {
  const Figure = SLIDE_FIGURES[view];
  if (!Figure) return null;
  return (
    <LoadedOnDemand resetKey={view}>
      <Figure />
    </LoadedOnDemand>
  );
}
