import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

describe('the map', () => {
  it('draws the choropleth with its legend, the flows of a code, and opens a country profile', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    renderWithModel(
      '?view=map&m=gallium&stage=refining&y=2023',
      { ...model, trade: [] },
      model.trade,
    );
    const map = await screen.findByRole('img', {
      name: /World map: Gallium: refining by country and trade flows, 2023/,
    });
    expect(map.querySelectorAll('path.map-country').length).toBeGreaterThan(150);
    expect(screen.getByText('n/a')).toBeInTheDocument();
    expect(
      await screen.findByText(/The 4 largest flows of Gallium, germanium and other metals in 2023/),
    ).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country profile' }), 'CHN');
    const profile = screen.getByRole('region', { name: 'Country profile: China' });
    const row = within(profile).getByRole('row', { name: /^Gallium Refining/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 5),
    ).toEqual(['Refining', '2023', '900 kg', '90%', 'reported']);
    expect(within(profile).getByText(/August 1, 2023: Controls take effect/)).toBeInTheDocument();
  });

  it('folds the tail of the trade into "Rest of world" in the Sankey', async () => {
    const model = smallModel();
    renderWithModel(
      '?view=map&m=gallium&stage=refining&y=2023',
      { ...model, trade: [] },
      model.trade,
    );
    const sankey = await screen.findByRole('region', { name: /Who sells to whom/ });
    expect(within(sankey).getByText(/Total 1,499 USD/)).toBeVisible();
    expect(within(sankey).getAllByText(/^China \d+%$/).length).toBeGreaterThan(0);
  });
});
