import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { preloadView } from '../../src/app/view-tabs';
import { activeModelQuery, type ActiveModel } from '../../src/data/model-query';
import type { Model } from '../../src/domain/model-schema';
import { loadI18n } from '../../src/i18n/load-i18n';
import { PRERENDERED_SEARCH, renderDefaultLink } from '../../src/prerender';
import { createAppStore } from '../../src/store/app-store';
import { SET_ASIDE_DECK_KEY } from '../../src/store/kept-deck';

const builtInModel = JSON.parse(readFileSync('data/model.json', 'utf8')) as Model;

/** The page as the built index.html holds it: the build's render inside #root. */
function pageWithPrerender(html: string): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  root.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.append(root);
  return root;
}

let hydrated: Root | undefined;
afterEach(() => {
  act(() => hydrated?.unmount());
  hydrated = undefined;
  document.body.replaceChildren();
});

/** What src/main.tsx does on the default link once the checked built-in model is there. */
async function hydrateAsThePageDoes(root: HTMLElement) {
  const store = createAppStore(PRERENDERED_SEARCH);
  const queryClient = new QueryClient();
  const active: ActiveModel = { origin: 'built-in', model: builtInModel };
  queryClient.setQueryData(activeModelQuery.queryKey, active);
  store.getState().reconcile(builtInModel);
  const [i18n] = await Promise.all([loadI18n('en'), preloadView('concentration')]);
  const recoverable: unknown[] = [];
  await act(async () => {
    hydrated = hydrateRoot(
      root,
      <StrictMode>
        <App queryClient={queryClient} store={store} i18n={i18n} />
      </StrictMode>,
      { onRecoverableError: (error) => recoverable.push(error) },
    );
  });
  return recoverable;
}

describe('the default link rendered at build time', () => {
  it('holds the read-out and the share charts of the built-in model', async () => {
    const html = await renderDefaultLink(builtInModel);
    const root = pageWithPrerender(html);
    expect(root.querySelector('.summary')?.textContent).toContain(
      'Mining is highly concentrated: China 69%.',
    );
    expect(root.querySelectorAll('.share-chart svg[role=img]').length).toBeGreaterThan(0);
    // Not the model gate's wait, and no part left to the page (React marks a boundary it gave up on).
    expect(root.querySelector('.loading[role=status]')).toBeNull();
    expect(html).not.toContain('<!--$!-->');
  });

  it('is hydrated by the page without a mismatch, keeping its nodes', async () => {
    const root = pageWithPrerender(await renderDefaultLink(builtInModel));
    const chart = root.querySelector('.share-chart svg');
    const consoleError = vi.spyOn(console, 'error');
    const recoverable = await hydrateAsThePageDoes(root);
    // React's development build reports any text or attribute that differs from the client's render.
    expect(consoleError).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);
    expect(root.querySelector('.share-chart svg')).toBe(chart);
    consoleError.mockRestore();
  });

  it("tells of a set-aside deck once hydrated: the build's render cannot know this browser's storage", async () => {
    const root = pageWithPrerender(await renderDefaultLink(builtInModel));
    localStorage.setItem(SET_ASIDE_DECK_KEY, '{"not":"a deck"}');
    const consoleError = vi.spyOn(console, 'error');
    const recoverable = await hydrateAsThePageDoes(root);
    expect(
      await screen.findByText(/The slides kept in this browser could not be read/),
    ).toBeVisible();
    expect(consoleError).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);
    consoleError.mockRestore();
  });
});
