import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app';
import { preloadView } from './app/view-tabs';
import { activeModelQuery, type ActiveModel } from './data/model-query';
import type { Model } from './domain/model-schema';
import { loadI18n } from './i18n/load-i18n';
import { createAppStore } from './store/app-store';

/** The link the build renders into index.html: no query string (the first view, in English). */
export const PRERENDERED_SEARCH = '';

/**
 * The first screen of the default link as HTML, rendered when the app is built
 * (prerender-plugin.ts) from the built-in model as the build checked it: the same components,
 * state and strings the page then hydrates (src/main.tsx), so that nothing on it changes.
 */
export async function renderDefaultLink(model: Model): Promise<string> {
  const store = createAppStore(PRERENDERED_SEARCH, { keepDeck: false });
  const queryClient = new QueryClient();
  const active: ActiveModel = { origin: 'built-in', model };
  queryClient.setQueryData(activeModelQuery.queryKey, active);
  store.getState().reconcile(model);
  const { language, view } = store.getState();
  const [i18n] = await Promise.all([loadI18n(language), preloadView(view)]);
  return renderToString(
    <StrictMode>
      <App queryClient={queryClient} store={store} i18n={i18n} />
    </StrictMode>,
  );
}
