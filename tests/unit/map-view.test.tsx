import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInModel } from '../fixtures/built-in';
import type { Model } from '../../src/domain/model-schema';
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
    const map = await screen.findByRole('group', {
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
    // One entry, two lines: stage, year and share; then value, status and source under them.
    expect(
      within(row.closest('tbody')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Refining',
      '2023',
      '90%',
      '900 kg · reported · Source: U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)',
    ]);
    expect(
      within(row.closest('tbody')!).getByText(
        'U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)',
      ),
    ).toHaveAttribute('lang', 'en');
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

  it('shows the unnamed partners as a remainder under the Sankey, never as an exporter', async () => {
    const model = smallModel();
    const unnamed = { ...model.trade[0]!, exporter: 'XNP', importer: 'USA', value: 250 };
    renderWithModel(
      '?view=map&m=gallium&stage=refining&y=2023',
      {
        ...model,
        countries: [
          ...model.countries,
          { id: 'XNP', name: { en: 'Unnamed partners', ja: '記載のない相手国' }, groups: [] },
        ],
        trade: [],
      },
      [...model.trade, unnamed],
    );
    const sankey = await screen.findByRole('region', { name: /Who sells to whom/ });
    // 1,499 named + 250 unnamed = 1,749 reported in all.
    expect(within(sankey).getByText(/Total 1,749 USD/)).toBeVisible();
    expect(
      within(sankey).getByText(
        'Plus 250 USD reported by United States from partners the data do not name; not drawn as an exporter.',
      ),
    ).toBeVisible();
    expect(within(sankey).queryByText(/Unnamed partners/)).toBeNull();
  });

  it('resets the zoom for good: the next wheel starts from the whole world', async () => {
    const user = userEvent.setup();
    renderWithModel('?view=map&m=gallium&stage=refining&y=2023', smallModel());
    const map = await screen.findByRole('group', { name: /World map/ });
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
    const map = await screen.findByRole('group', { name: /World map/ });
    const outlined = () =>
      [...map.querySelectorAll('path[stroke-width="1.5"]:not([stroke-dasharray])')].map((path) =>
        path.getAttribute('aria-label'),
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
      within(refining.closest('tbody')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Refining',
      '2024',
      '91% of the proxy group',
      expect.stringMatching(
        /^not shown \(the group’s tonnage\) · proxy · Source: International Energy Agency, /,
      ),
    ]);
    expect(within(profile).queryAllByRole('row', { name: /^Dysprosium Refining/ })).toEqual([]);
    expect(within(profile).queryAllByRole('row', { name: /^Terbium/ })).toEqual([]);
    expect(
      within(profile).getByText(/^Dysprosium and Terbium: Proxy: IEA magnet rare earths/, {
        selector: 'p',
      }),
    ).toBeVisible();
    // 73.76 and 80.81 kt belong to the group of four: no proxy entry shows a tonnage, and no such
    // tonnage is anywhere in the profile (graphite's refining in kt is IEA's own figure).
    const proxyRows = within(profile).getAllByRole('row', { name: /of the proxy group$/ });
    expect(proxyRows.length).toBeGreaterThan(1);
    for (const proxy of proxyRows)
      expect(proxy.closest('tbody')!.textContent).not.toMatch(/\bkt\b/);
    expect(profile.textContent).not.toMatch(/\b(73|74|80|81)(\.\d+)? kt\b/);
  });

  it('shows a tooltip at once on hover and on keyboard focus: name, share, value, status, source', async () => {
    const user = userEvent.setup();
    renderWithModel('?view=map&m=gallium&stage=refining&y=2023', smallModel());
    const map = await screen.findByRole('group', { name: /World map/ });
    await user.hover(within(map).getByRole('button', { name: 'South Korea: 3.0%' }));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('South Korea');
    expect([...tooltip.querySelectorAll('dd')].map((cell) => cell.textContent)).toEqual([
      '3.0%',
      '30 kg',
      'reported',
      'U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)',
    ]);
    await user.unhover(within(map).getByRole('button', { name: 'South Korea: 3.0%' }));
    expect(screen.queryByRole('tooltip')).toBeNull();

    act(() => within(map).getByRole('button', { name: 'Japan: 5.0%' }).focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^Japan.*5\.0%.*estimated/);
  });

  it('is one Tab stop; arrow keys move between countries and Enter opens a profile', async () => {
    const user = userEvent.setup();
    renderWithModel('?view=map&m=gallium&stage=refining&y=2023', smallModel());
    const map = await screen.findByRole('group', { name: /World map/ });
    const tabStops = () =>
      [...map.querySelectorAll('[tabindex="0"]')].map((path) => path.getAttribute('aria-label'));
    // The largest producer holds the one stop until the keyboard moves.
    expect(tabStops()).toEqual(['China: 90%']);
    expect(map.querySelectorAll('[role="button"][tabindex="-1"]').length).toBeGreaterThan(150);

    within(map).getByRole('button', { name: 'China: 90%' }).focus();
    await user.keyboard('{ArrowRight}');
    const moved = document.activeElement!;
    expect(moved.getAttribute('role')).toBe('button');
    expect(moved.getAttribute('aria-label')).not.toBe('China: 90%');
    expect(tabStops()).toEqual([moved.getAttribute('aria-label')]);

    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowRight}{Enter}');
    const name = document.activeElement!.getAttribute('aria-label')!.split(':')[0]!;
    expect(screen.getByRole('region', { name: `Country profile: ${name}` })).toBeVisible();
    expect(document.activeElement).toHaveAttribute('aria-pressed', 'true');
  });

  it('opens the profile of a country clicked on the map, beside the map', async () => {
    renderWithModel('?view=map&m=gallium&stage=refining&y=2023', smallModel());
    const map = await screen.findByRole('group', { name: /World map/ });
    // A click alone: jsdom's pointer-down carries no window, which d3-zoom's drag start reads.
    fireEvent.click(within(map).getByRole('button', { name: 'South Korea: 3.0%' }));
    const profile = screen.getByRole('region', { name: 'Country profile: South Korea' });
    // Beside the map, in the same stage, not at the foot of the page.
    expect(map.closest('.map-stage')).toBe(profile.closest('.map-stage'));
  });

  it('fills classes chosen for the data, with legend swatches exactly the map’s colours', async () => {
    renderWithModel('?view=map&m=gallium&stage=refining&y=2023', smallModel());
    const map = await screen.findByRole('group', { name: /World map/ });
    const fillOf = (name: string) => within(map).getByRole('button', { name }).getAttribute('fill');
    const swatch = (label: string) =>
      screen
        .getByText(label, { selector: '.map-legend li' })
        .querySelector('rect')!
        .getAttribute('fill');
    // Shares 3 %, 5 % and 90 % span 30 times: logarithmic classes at 10 % and 30 %.
    expect(screen.getByText(/in logarithmic classes/)).toBeVisible();
    expect(fillOf('South Korea: 3.0%')).toBe(swatch('under 10%'));
    expect(fillOf('Japan: 5.0%')).toBe(swatch('under 10%'));
    expect(fillOf('China: 90%')).toBe(swatch('30% or more'));
    expect(swatch('10% to under 30%')).not.toBe(swatch('under 10%'));
    // The smallest producer is told apart from a country with no figure and from the sea.
    expect(within(map).getAllByRole('button', { name: /: no figure$/ })[0]).toHaveAttribute(
      'fill',
      swatch('no figure'),
    );
    expect(new Set([swatch('under 10%'), swatch('no figure'), swatch('sea')]).size).toBe(3);
  });

  it('lists every country with a record, partnership or event in the profile list', async () => {
    const model: Model = smallModel();
    model.countries.push(
      { id: 'GBR', name: { en: 'United Kingdom', ja: '英国' }, groups: [] },
      { id: 'KGZ', name: { en: 'Kyrgyzstan', ja: 'キルギス' }, groups: [] },
    );
    model.partnerships[0]!.countries.push('GBR');
    model.events[0]!.countries.push('KGZ');
    renderWithModel('?view=map&m=gallium&stage=refining&y=2023', model);
    const list = await screen.findByRole('combobox', { name: 'Country profile' });
    const options = within(list)
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'));
    for (const country of ['CHN', 'AUS', 'GBR', 'KGZ', 'USA']) expect(options).toContain(country);
  });
});
