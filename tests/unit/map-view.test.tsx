import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInModel } from '../fixtures/built-in';
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

  it('resets the zoom for good: the next wheel starts from the whole world', async () => {
    const user = userEvent.setup();
    renderWithModel('?view=map&m=gallium&stage=refining&y=2023', smallModel());
    const map = await screen.findByRole('img', { name: /World map/ });
    const shown = () => map.querySelector('g')!.getAttribute('transform');
    fireEvent.wheel(map, { deltaY: -100 });
    const zoomedOnce = shown();
    expect(zoomedOnce).not.toBe('translate(0,0) scale(1)');
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(shown()).toBe('translate(0,0) scale(1)');
    fireEvent.wheel(map, { deltaY: -100 });
    expect(shown()).toBe(zoomedOnce);
  });

  it('outlines no country while none is chosen, not even those without an ISO code', async () => {
    const user = userEvent.setup();
    renderWithModel('?view=map&m=gallium&stage=refining&y=2023', smallModel());
    const map = await screen.findByRole('img', { name: /World map/ });
    const outlined = () =>
      [...map.querySelectorAll('path[stroke-width="1.5"]:not([stroke-dasharray])')].map(
        (path) => path.querySelector('title')?.textContent,
      );
    expect(outlined()).toEqual([]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country profile' }), 'CHN');
    expect(outlined()).toEqual(['China: 90%']);
  });

  it("names BACI's code 490 as Taiwan in the Sankey and in a country's profile", async () => {
    const user = userEvent.setup();
    const model = smallModel();
    model.countries.push({
      id: 'XAS',
      name: { en: 'Other Asia, n.e.s.', ja: 'その他アジア' },
      groups: [],
    });
    model.trade.push({ ...model.trade[0]!, exporter: 'XAS', importer: 'JPN', value: 600 });
    renderWithModel(
      '?view=map&m=gallium&stage=refining&y=2023',
      { ...model, trade: [] },
      model.trade,
    );
    const taiwan = "Taiwan (reported as 'Other Asia, n.e.s.')";
    const sankey = await screen.findByRole('region', { name: /Who sells to whom/ });
    // Taiwan 600 of 300 + 100 + 100 + 999 + 600 = 2,099 USD: 29 %.
    expect(within(sankey).getByText(`${taiwan} 29%`)).toBeInTheDocument();
    expect(within(sankey).getByText(/^Taiwan: BACI's country list/)).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country profile' }), 'JPN');
    const profile = screen.getByRole('region', { name: 'Country profile: Japan' });
    // Japan's imports: Taiwan 600, China 300 + 100 = 400, Korea 100, of 1,100 USD.
    expect(within(profile).getByText(`${taiwan} 55%, China 36%, South Korea 9.1%`)).toBeVisible();
    expect(within(profile).getByText(/^Taiwan: BACI's country list/)).toBeVisible();
  });

  it("lists the magnet group's share once for dysprosium and terbium, never its tonnage", async () => {
    const user = userEvent.setup();
    renderWithModel('?view=map&m=dysprosium&stage=refining&y=2024', builtInModel(), []);
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Country profile' }),
      'CHN',
    );
    const profile = screen.getByRole('region', { name: 'Country profile: China' });
    const refining = within(profile).getByRole('row', { name: /^Dysprosium and Terbium Refining/ });
    // IEA magnet rare earths 2024: China 73.8 of 80.8 kt = 91 % of the group, not of dysprosium.
    expect(
      within(refining)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 5),
    ).toEqual([
      'Refining',
      '2024',
      'not shown (the group’s tonnage)',
      '91% of the proxy group',
      'proxy',
    ]);
    expect(within(profile).queryAllByRole('row', { name: /^Dysprosium Refining/ })).toEqual([]);
    expect(within(profile).queryAllByRole('row', { name: /^Terbium/ })).toEqual([]);
    expect(
      within(profile).getByText(/^Dysprosium and Terbium: Proxy: IEA magnet rare earths/, {
        selector: 'p',
      }),
    ).toBeVisible();
    // 73.76 and 80.81 kt belong to the group of four: no tonnage in kt anywhere in the profile.
    expect(profile.textContent).not.toMatch(/\bkt\b/);
  });
});
