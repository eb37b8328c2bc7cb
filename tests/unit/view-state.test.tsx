import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

/** Back in jsdom: the popstate event arrives in a later task, as in a browser. */
async function goBack() {
  const moved = new Promise((resolve) =>
    window.addEventListener('popstate', resolve, { once: true }),
  );
  window.history.back();
  await act(async () => {
    await moved;
  });
}

describe('the whole view is state', () => {
  it('opens the map as a link set it: code, flows shown, partner arcs and country profile', async () => {
    const model = smallModel();
    renderWithModel(
      '?view=map&m=gallium&stage=refining&y=2023&code=811292&flows=5&arcs=0&profile=CHN',
      { ...model, trade: [] },
      model.trade,
    );
    expect(await screen.findByRole('region', { name: 'Country profile: China' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Flows shown' })).toHaveValue('5');
    expect(screen.getByRole('checkbox', { name: /Show Japan's partners/ })).not.toBeChecked();
  });

  it("writes a map setting into the link and keeps it in a slide's link", async () => {
    const user = userEvent.setup();
    const model = smallModel();
    const { store } = renderWithModel(
      '?view=map&m=gallium&stage=refining&y=2023',
      { ...model, trade: [] },
      model.trade,
    );
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Country profile' }),
      'CHN',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Flows shown' }), '20');
    expect(window.location.search).toContain('profile=CHN');
    expect(window.location.search).toContain('flows=20');
    await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
    const slideLink = new URLSearchParams(store.getState().slides.at(-1)!.link);
    expect(slideLink.get('profile')).toBe('CHN');
    expect(slideLink.get('flows')).toBe('20');
    // Titled after what the map shows, not after the sidebar.
    expect(store.getState().slides.at(-1)!.title.en).toBe(
      'Map: Gallium · refining · 2023 · HS 811292 flows, 2023 · profile of China',
    );
    // The view's own caption in Japanese too, not the sidebar's wording.
    expect(store.getState().slides.at(-1)!.title.ja).toBe(
      '地図：ガリウム · 精製 · 2023 · HS 811292の貿易（2023年） · 中国のプロフィール',
    );
  });

  it("titles a slide saved from the exposure view after the country's imports it shows", async () => {
    const user = userEvent.setup();
    const model = smallModel();
    const { store } = renderWithModel(
      '?view=exposure&m=gallium&stage=refining&y=2023',
      { ...model, trade: [] },
      model.trade,
    );
    await screen.findByRole('combobox', { name: 'Trade year' });
    await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
    expect(store.getState().slides.at(-1)!.title.en).toMatch(
      /^Exposure: Japan's imports · Gallium · \d{4}$/,
    );
    expect(store.getState().slides.at(-1)!.title.ja).toMatch(
      /^依存度：日本の輸入 · ガリウム · \d{4}$/,
    );
  });

  it('selects the timeline event the link names', async () => {
    renderWithModel('?view=timeline&m=gallium&event=cn-controls', smallModel());
    const details = await screen.findByRole('region', { name: 'Controls take effect' });
    expect(within(details).getByText('Example News, 2023')).toBeVisible();
    expect(
      screen.getByRole('button', { name: /Controls take effect/, pressed: true }),
    ).toBeVisible();
  });
});

describe('history', () => {
  it('makes a history entry for a change of view, and Back restores the view with its settings', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    renderWithModel(
      '?view=map&m=gallium&stage=refining&y=2023&profile=CHN',
      { ...model, trade: [] },
      model.trade,
    );
    await screen.findByRole('region', { name: 'Country profile: China' });
    const entries = window.history.length;
    await user.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toContain('view=timeline');
    await goBack();
    expect(await screen.findByRole('region', { name: 'Country profile: China' })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
  });

  it('names the view, the selection and the language in the tab title', async () => {
    const { store } = renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    await waitFor(() =>
      expect(document.title).toBe('Gallium refining 2023 · Concentration · Lodestone'),
    );
    act(() => store.getState().setLanguage('ja'));
    await waitFor(() => expect(document.title).toBe('ガリウム 精製 2023年・集中度・Lodestone'));
  });
});
