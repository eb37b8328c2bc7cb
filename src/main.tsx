import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { activeModelQuery } from './data/model-query';
import { preloadView } from './app/view-tabs';
import { createI18n } from './i18n/i18n';
import { createAppStore } from './store/app-store';
import './styles.css';

const store = createAppStore(window.location.search);
// The model and the linked view's code are fetched while React builds the first screen.
const queryClient = new QueryClient();
void queryClient.prefetchQuery(activeModelQuery);
preloadView(store.getState().view);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Offline after the first visit: the built app registers the service worker that caches it.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register('/sw.js').catch(() => {});
}

createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} store={store} i18n={createI18n(store.getState().language)} />
  </StrictMode>,
);
