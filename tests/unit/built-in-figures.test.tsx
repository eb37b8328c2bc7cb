import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInModel } from '../fixtures/built-in';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const model = builtInModel();

describe('the built-in figures, looked up in the app', () => {
  it('shows a USGS table row with its value, unit, share, status and source', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=refining&y=2023', model);
    const panel = await screen.findByRole('region', { name: /Gallium: refining by country, 2023/ });
    await user.click(within(panel).getByRole('button', { name: 'Show as table' }));
    const table = within(panel).getByRole('table', { name: /Gallium/ });
    const china = within(table).getByRole('row', { name: /^China/ });
    expect(
      within(china)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '600,000',
      'kg',
      '98%',
      'estimated',
      'U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)',
    ]);
    const world = within(table).getByRole('row', { name: /^World total/ });
    expect(within(world).getAllByRole('cell')[0]?.textContent).toBe('610,000');
  });

  it('shows withheld values as n/a, never as zero', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=germanium&stage=refining&y=2021', model);
    const panel = await screen.findByRole('region', {
      name: /Germanium: refining by country, 2021/,
    });
    await user.click(within(panel).getByRole('button', { name: 'Show as table' }));
    const us = within(panel).getByRole('row', { name: /^United States/ });
    expect(
      within(us)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 4),
    ).toEqual(['n/a', 'kg', 'n/a', 'withheld']);
  });

  it('marks the dysprosium proxy and shows the note that says so', async () => {
    renderWithModel('?m=dysprosium&stage=refining&y=2024', model);
    const panel = await screen.findByRole('region', {
      name: /Dysprosium: refining by country, 2024/,
    });
    expect(within(panel).getByText(/^p = proxy/)).toBeVisible();
    expect(
      within(panel).getByText(/Proxy: IEA magnet rare earths \(Nd, Pr, Dy and Tb together\)/),
    ).toBeVisible();
    expect(
      within(panel).getByText(/International Energy Agency, Critical Minerals Data Explorer/),
    ).toBeVisible();
  });

  it('says a share table gives percentages, not tonnes', async () => {
    renderWithModel('?m=germanium&stage=refining&y=2023', model);
    const panel = await screen.findByRole('region', {
      name: /Germanium: refining by country, 2023/,
    });
    expect(within(panel).getByText(/in percent; no tonnage is given/)).toBeVisible();
    expect(within(panel).getByText('Largest: China 95%')).toBeVisible();
  });
});
