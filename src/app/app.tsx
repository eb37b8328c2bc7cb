import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { lazy, useId, useRef } from 'react';
import { FilterPanel } from '../features/filters/filter-panel';
import { FilterSummary } from '../features/filters/filter-summary';
import { DataSource } from './data-source';
import type { AppStore } from '../store/app-store';
import { AppStoreContext, useAppState } from '../store/store-context';
import type { ViewId } from '../store/url-state';
import { SlideRendererContext } from '../components/slide-renderer';
import { ViewCaptionContext, type ViewCaption } from '../components/view-caption';
import { SlideContent } from './slide-content';
import { ErrorBoundary } from '../components/error-boundary';
import { LoadedOnDemand } from '../components/view-error';
import { LanguageSwitch } from '../components/language-switch';
import { AppCrashed } from './app-crashed';
import { DocumentTitle } from './document-title';
import { Footer } from './footer';
import { KeptDataNotice } from './kept-data-notice';
import { Header } from './header';
import { LinkNotice } from './link-notice';
import { UpdateNotice } from './update-notice';
import { useLinkSync } from './link-sync';
import { ModelGate } from './model-gate';
import { ViewTabs } from './view-tabs';

export interface AppProps {
  queryClient: QueryClient;
  store: AppStore;
  i18n: i18n;
}

const renderSlide = (view: ViewId) => <SlideContent view={view} />;
// Fetched when a deck is presented, not with the first screen.
const Presenter = lazy(() =>
  import('../features/presenter/presenter').then((module) => ({ default: module.Presenter })),
);

export function App({ queryClient, store, i18n }: AppProps) {
  const captionRef = useRef<ViewCaption | null>(null);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <AppStoreContext.Provider value={store}>
          <SlideRendererContext.Provider value={renderSlide}>
            <ViewCaptionContext.Provider value={captionRef}>
              <ErrorBoundary
                fallback={(error, retry) => <AppCrashed error={error} retry={retry} />}
              >
                <Shell store={store} />
              </ErrorBoundary>
            </ViewCaptionContext.Provider>
          </SlideRendererContext.Provider>
        </AppStoreContext.Provider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}

function Shell({ store }: { store: AppStore }) {
  const { t } = useTranslation();
  useLinkSync(store);
  const presenting = useAppState((state) => state.presenting !== null);
  const sidebarCollapsed = useAppState((state) => state.sidebarCollapsed);
  const toggleSidebar = useAppState((state) => state.toggleSidebar);
  const sidebarBodyId = useId();
  if (presenting) {
    return (
      <ModelGate>
        <DocumentTitle />
        <LoadedOnDemand resetKey="presenter">
          <Presenter languageSwitch={<LanguageSwitch />} notice={<LinkNotice />} />
        </LoadedOnDemand>
      </ModelGate>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <UpdateNotice />
      <LinkNotice />
      <ModelGate>
        <DocumentTitle />
        <KeptDataNotice />
        <div className={sidebarCollapsed ? 'layout sidebar-collapsed' : 'layout'}>
          <aside className="sidebar">
            <div className="sidebar-bar">
              <button
                type="button"
                className="sidebar-toggle"
                aria-expanded={!sidebarCollapsed}
                aria-controls={sidebarBodyId}
                onClick={toggleSidebar}
              >
                <span aria-hidden="true">{sidebarCollapsed ? '▸ ' : '◂ '}</span>
                {t('layout.filters')}
              </button>
              {sidebarCollapsed ? <FilterSummary /> : null}
            </div>
            <div id={sidebarBodyId} className="sidebar-body" hidden={sidebarCollapsed}>
              <FilterPanel />
              <DataSource />
            </div>
          </aside>
          <main id="main" className="main">
            <ViewTabs />
          </main>
        </div>
        <Footer />
      </ModelGate>
    </>
  );
}
