import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/app';
import { activeModelQuery, type ActiveModel } from '../../src/data/model-query';
import { tradeQuery } from '../../src/data/trade-query';
import type { Model, TradeFlow } from '../../src/domain/model-schema';
import { createI18n } from '../../src/i18n/i18n';
import { createAppStore } from '../../src/store/app-store';

/**
 * Renders the whole app on a given link the way a browser boots it: the model (and trade) file served by
 * a stubbed fetch and checked in the page (jsdom has no workers), a fresh query client (no retries), a
 * fresh store and a fresh i18n instance. For the flows that load, check or refuse a file.
 */
export function renderApp(
  search: string,
  modelFile: unknown,
  tradeFile?: unknown,
  { networkErrors = 0 }: { networkErrors?: number } = {},
) {
  stubFetch(modelFile, tradeFile, networkErrors);
  return renderWithClient(
    search,
    new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
}

/**
 * Renders the whole app on a given link with a model that is already checked, as the gate hands it to
 * the views: what a view shows is tested without paying for the file check in every test. Trade given
 * apart is what the built-in model fetches from its own file. The model must be valid: the fixtures'
 * validity is tested in src/domain/__tests__/validate-model.test.ts.
 */
export function renderWithModel(search: string, model: Model, trade?: TradeFlow[]) {
  stubFetch(undefined, undefined);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const active: ActiveModel = { origin: 'built-in', model };
  queryClient.setQueryData(activeModelQuery.queryKey, active);
  if (trade) queryClient.setQueryData(tradeQuery(active).queryKey, trade);
  return renderWithClient(search, queryClient);
}

function renderWithClient(search: string, queryClient: QueryClient) {
  window.history.replaceState(null, '', `/${search}`);
  const store = createAppStore(search);
  const i18n = createI18n(store.getState().language);
  return { store, ...render(<App queryClient={queryClient} store={store} i18n={i18n} />) };
}

/** `networkErrors`: how many requests fail first, as fetch fails when the network does not answer. */
function stubFetch(modelFile: unknown, tradeFile: unknown, networkErrors = 0) {
  let failuresLeft = networkErrors;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (failuresLeft-- > 0) throw new TypeError('Failed to fetch');
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
}
