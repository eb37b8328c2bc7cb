import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { isAsChecked } from './data/checked-built-in-model';
import { activeModelQuery } from './data/model-query';
import { preloadView } from './app/view-tabs';
import { loadI18n } from './i18n/load-i18n';
import { createAppStore } from './store/app-store';
import { registerSW } from 'virtual:pwa-register';
import './styles.css';

const RELOADED_FOR_NEW_BUILD = 'lodestone:reloaded-for-new-build';

/**
 * Below this width the filters start folded into a bar, so the charts keep the width;
 * public/route-preload.js asks the same query before showing the prerender (laid out unfolded).
 */
const NARROW_SCREEN = '(max-width: 1099px)';

const store = createAppStore(window.location.search, {
  keepDeck: true,
  sidebarCollapsed: window.matchMedia(NARROW_SCREEN).matches,
});
// The model and the linked view's code are fetched while React builds the first screen.
const queryClient = new QueryClient();
const firstScreenFetched = Promise.allSettled([
  queryClient.prefetchQuery(activeModelQuery),
  preloadView(store.getState().view),
]);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Offline after the first visit: the built app registers the service worker that caches it. A new
// deploy installs beside the old one and is offered, not forced: the old one keeps serving this
// page's files until the reader reloads (docs/deployment.md).
// Registered once the first figures are drawn: the worker serves later visits, not this one. Its
// code is in the entry: fetched later, it could be missing after a deploy and reload the tab.
function registerServiceWorker() {
  const updateServiceWorker = registerSW({
    onNeedRefresh: () =>
      store.getState().offerUpdate(() => {
        // The page reloads once the new worker has taken over, so it loads the new build whole.
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
          once: true,
        });
        void updateServiceWorker(true);
      }),
    onRegisteredSW: (_url, registration) => {
      const check = () => {
        if (document.visibilityState === 'visible') void registration?.update().catch(() => {});
      };
      document.addEventListener('visibilitychange', check);
      setInterval(check, 60 * 60 * 1000);
    },
  });
}
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void firstScreenFetched.then(() => requestIdleCallback(registerServiceWorker, { timeout: 5000 }));
}
// A page opened before a deploy, without the service worker's copy of its files, asks for a view's
// code under a name the new build no longer has: it reloads into the new build, keeping its link.
// Not twice within a minute: if the new build fails too, the view's own error says so.
window.addEventListener('vite:preloadError', (event) => {
  const lastReload = Number(sessionStorage.getItem(RELOADED_FOR_NEW_BUILD) ?? 0);
  if (Date.now() - lastReload < 60_000) return;
  event.preventDefault();
  sessionStorage.setItem(RELOADED_FOR_NEW_BUILD, String(Date.now()));
  window.location.reload();
});

/**
 * Whether the first screen the build rendered into the page (src/prerender.tsx) is on screen and
 * shows the model this page uses: then React takes it over as it is, and nothing on it is drawn
 * again. public/route-preload.js shows it on the default link only.
 */
async function prerenderHolds(): Promise<boolean> {
  if (!document.documentElement.classList.contains('prerendered-link')) return false;
  if (!root!.hasAttribute('data-prerendered')) return false;
  await firstScreenFetched;
  const active = queryClient.getQueryData(activeModelQuery.queryKey);
  if (active?.origin !== 'built-in' || !isAsChecked(active.model)) return false;
  // As the build did before rendering: the link checked against the model, so no view waits.
  store.getState().reconcile(active.model);
  return true;
}

// The reader's language only: its strings arrive while the model is still on its way.
const i18n = await loadI18n(store.getState().language);
const app = (
  <StrictMode>
    <App queryClient={queryClient} store={store} i18n={i18n} />
  </StrictMode>
);
if (await prerenderHolds()) {
  hydrateRoot(root, app);
} else {
  root.replaceChildren();
  root.removeAttribute('data-prerendered');
  createRoot(root).render(app);
}
