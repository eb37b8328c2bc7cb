import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/app';
import { createI18n } from '../../src/i18n/i18n';
import { createAppStore } from '../../src/store/app-store';

/**
 * Renders the whole app on a given link, with the model (and trade) file served by a stubbed fetch, a fresh
 * query client (no retries), a fresh store and a fresh i18n instance.
 */
export function renderApp(search: string, modelFile: unknown, tradeFile?: unknown) {
  window.history.replaceState(null, '', `/${search}`);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (String(url).includes('countries-110m')) {
        return new Response(readFileSync('node_modules/world-atlas/countries-110m.json'), {
          status: 200,
        });
      }
      const body = String(url).includes('trade') ? tradeFile : modelFile;
      return body === undefined
        ? new Response('not found', { status: 404 })
        : new Response(JSON.stringify(body), { status: 200 });
    }),
  );
  const store = createAppStore(search);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const i18n = createI18n(store.getState().language);
  return { store, ...render(<App queryClient={queryClient} store={store} i18n={i18n} />) };
}
