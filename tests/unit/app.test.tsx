import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderApp, renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const panel = (name: RegExp) => screen.findByRole('region', { name });

describe('the concentration view', () => {
  it('shows shares as text, the HHI band and the source for the linked filters', async () => {
    renderApp('?m=gallium&stage=refining&y=2023', smallModel());
    const gallium = await panel(/Gallium: refining by country, 2023/);
    expect(
      within(gallium).getByText('Share of the published world total of 1,000 kg'),
    ).toBeVisible();
    expect(within(gallium).getByText('Largest: China 90%')).toBeVisible();
    expect(within(gallium).getByText('HHI at least 8,134')).toBeVisible();
    expect(within(gallium).getByText('highly concentrated')).toBeVisible();
    // Written on the bars, which mount in turn after the text: shares, the estimate mark, n/a
    // for the withheld US, the unattributed rest.
    await within(gallium).findByText('90%');
    for (const label of ['90%', '5.0% e', '3.0%', 'n/a', '2.0%', 'Other / unattributed']) {
      expect(within(gallium).getByText(label)).toBeInTheDocument();
    }
    expect(
      within(gallium).getByText(/No figure published \(withheld\): United States/),
    ).toBeVisible();
    expect(
      within(gallium).getByRole('button', {
        name: 'U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)',
      }),
    ).toBeVisible();
  });

  it('opens a source entry with its address', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    const gallium = await panel(/Gallium: refining by country, 2023/);
    await user.click(within(gallium).getByRole('button', { name: /U\.S\. Geological Survey/ }));
    expect(
      within(gallium).getByRole('link', { name: 'https://doi.org/10.5066/P144BA54' }),
    ).toBeVisible();
  });

  it('adds a panel when a mineral is ticked and writes the filters to the address', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    await panel(/Gallium: refining by country, 2023/);
    await user.click(screen.getByRole('checkbox', { name: 'Graphite' }));
    await user.click(screen.getByRole('radio', { name: 'Mining' }));
    const graphite = await panel(/Graphite: mining by country, 2023/);
    expect(within(graphite).getByText('Largest: China 60%')).toBeVisible();
    expect(within(graphite).getByText('HHI 5,200')).toBeVisible();
    expect(window.location.search).toBe('?m=gallium,graphite&stage=mining&y=2023&as=JPN&lang=en');
  });

  it('changes the year from the year list', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    await panel(/Gallium: refining by country, 2023/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2022');
    const gallium = await panel(/Gallium: refining by country, 2022/);
    expect(within(gallium).getByText('Largest: China 80%')).toBeVisible();
    expect(window.location.search).toContain('y=2022');
  });

  it('shows group and view-as shares', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    const gallium = await panel(/Gallium: refining by country, 2023/);
    expect(within(gallium).getByText('Japan: 5.0% of world refining')).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Quad' }));
    // The charts follow a filter in the frame after the click's.
    expect(await within(gallium).findByText('Quad: 5.0% of world refining')).toBeVisible();
    expect(window.location.search).toContain('g=QUAD');
  });

  it('switches the whole screen to Japanese', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    await panel(/Gallium: refining by country, 2023/);
    await user.click(screen.getByRole('button', { name: '日本語' }));
    const gallium = await panel(/ガリウム：国別の精製（2023年）/);
    expect(within(gallium).getByText('最大：中国 90%')).toBeVisible();
    expect(within(gallium).getByText('高度に集中している')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: '黒鉛' })).toBeVisible();
    expect(document.documentElement.lang).toBe('ja');
    expect(window.location.search).toContain('lang=ja');
    expect(screen.getByText(/2026年1月15日/)).toBeVisible();
  });

  it('says which link parameters it ignored, and keeps working', async () => {
    renderApp('?m=gallium,unobtainium&stage=smelting&y=2023', smallModel());
    expect(await screen.findByText(/ignored: stage=smelting, m=unobtainium/)).toBeVisible();
    await panel(/Gallium: mining by country, 2023/);
    expect(window.location.search).toBe('?m=gallium&stage=mining&y=2023&as=JPN&lang=en');
  });

  it('moves between view tabs from the keyboard', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    await panel(/Gallium: refining by country, 2023/);
    const names = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(names).toEqual([
      'Concentration',
      'Map',
      'Network',
      'Exposure',
      'Supply cut',
      'Timeline',
      'Briefing',
    ]);
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(tab('Concentration')).toHaveAttribute('aria-selected', 'true');
    tab('Concentration').focus();
    await user.keyboard('{End}');
    expect(tab('Briefing')).toHaveFocus();
    expect(tab('Briefing')).toHaveAttribute('aria-selected', 'true');
    expect(window.location.search).toContain('view=deck');
    await user.keyboard('{ArrowRight}');
    expect(tab('Concentration')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(tab('Map')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(tab('Briefing')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(tab('Concentration')).toHaveAttribute('aria-selected', 'true');
  });
});

describe('a model that breaks the contract', () => {
  it('lists the problems with their JSON paths instead of a blank page', async () => {
    const model = smallModel();
    model.supply[2]!.country = 'XXX';
    model.sources[0]!.url = 'javascript:alert(1)';
    renderApp('?m=gallium', model);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The data model could not be used')).toBeVisible();
    // The problems are worded in the reader's language by the file worker, a moment later.
    expect(
      await within(alert).findByText('sources[0].url: must be an http or https address'),
    ).toBeVisible();
  });

  it('words the problems again when the reader switches to Japanese', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    model.sources[0]!.url = 'javascript:alert(1)';
    renderApp('?m=gallium', model);
    const alert = await screen.findByRole('alert');
    await within(alert).findByText('sources[0].url: must be an http or https address');
    await user.click(screen.getByRole('button', { name: '日本語' }));
    expect(
      await within(alert).findByText(
        'sources[0].url: http または https のアドレスである必要があります',
      ),
    ).toBeVisible();
  });

  it('lists at most ten problems and says how many there are', async () => {
    const model = smallModel();
    for (const record of model.supply) record.source = 'missing';
    for (const flow of model.trade) flow.source = 'missing';
    renderApp('?m=gallium', model);
    const alert = await screen.findByRole('alert');
    expect(
      await within(alert).findByText('supply[0].source: "missing" is not a known source'),
    ).toBeVisible();
    expect(within(alert).getAllByRole('listitem')).toHaveLength(10);
    expect(within(alert).getByText('Showing 10 of 12 problems.')).toBeVisible();
  });
});

describe('the footer', () => {
  it('lists every source of the data when its Sources dialog opens, and builds it only then', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    renderWithModel('?m=gallium&stage=refining&y=2023', model);
    await panel(/Gallium: refining by country, 2023/);
    const dialog = document.querySelector<HTMLElement>('dialog[aria-label="All sources"]')!;
    expect(dialog).not.toBeNull();
    expect(within(dialog).queryByRole('list', { hidden: true })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sources' }));
    const entries = within(dialog).getAllByRole('listitem');
    expect(entries).toHaveLength(model.sources.length);
    expect(
      within(dialog).getByRole('link', { name: 'https://doi.org/10.5066/P144BA54' }),
    ).toBeVisible();
    // jsdom does not close a dialog from its `method="dialog"` form; Chromium does, then fires this.
    fireEvent(dialog, new Event('close'));
    expect(within(dialog).queryByRole('list', { hidden: true })).toBeNull();
  });
});
