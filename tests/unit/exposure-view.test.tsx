import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInModel, builtInTrade } from '../fixtures/built-in';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

describe('the exposure view', () => {
  it("ranks the view-as country's imports and shows its suppliers with the code's label", async () => {
    const model = smallModel();
    // Trade apart from the model, as the built-in model's travels in its own file.
    renderWithModel('?view=exposure&m=gallium&as=JPN', { ...model, trade: [] }, model.trade);
    const scorecard = await screen.findByRole('region', {
      name: /Minerals ranked by reliance on a single supplier, 2023/,
    });
    const row = within(scorecard).getByRole('row', { name: /Gallium/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', 'Gallium, germanium and other metals', '500 USD', 'China 80%', '0%', '6,800']);
    const suppliers = screen.getByRole('region', { name: 'Gallium: imports by supplier, 2023' });
    expect(
      within(suppliers).getByText('Reliance on the largest supplier: China 80%'),
    ).toBeVisible();
    expect(await within(suppliers).findByText('20%')).toBeInTheDocument();
  });

  it('reads the built-in trade: Japan relies on China for natural graphite (HS 250490) in 2024', async () => {
    renderWithModel('?view=exposure&m=graphite&as=JPN', builtInModel(), builtInTrade());
    const panel = await screen.findByRole('region', {
      name: 'Graphite: imports by supplier, 2024',
    });
    expect(
      within(panel).getByText(/^Natural graphite, other than powder or flakes \(HS 250490\)/),
    ).toBeVisible();
    expect(within(panel).getByText(/CEPII, BACI/)).toBeVisible();
  });

  it('says so when a country has no recorded imports', async () => {
    const model = smallModel();
    renderWithModel('?view=exposure&m=gallium&as=AUS', { ...model, trade: [] }, model.trade);
    expect(
      await screen.findByText('No recorded imports of Australia in the trade data.'),
    ).toBeVisible();
  });
});
