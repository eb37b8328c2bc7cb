import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInModel } from '../fixtures/built-in';
import { smallModel, smallModelWithSourceChange } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const region = (name: RegExp) => screen.findByRole('region', { name });

describe('the concentration view', () => {
  it('sets mining, refining and reserves side by side for each mineral, one row per mineral', async () => {
    renderWithModel('?m=gallium,graphite&stage=refining&y=2023', smallModel());
    const gallium = await region(/^Gallium, 2023$/);
    for (const stage of ['mining', 'refining', 'reserves']) {
      expect(
        within(gallium).getByRole('region', {
          name: new RegExp(`Gallium: ${stage} by country, 2023`),
        }),
      ).toBeInTheDocument();
    }
    expect(await region(/^Graphite, 2023$/)).toBeInTheDocument();
    expect(within(gallium).getByText('No figures for Gallium (mining) in 2023.')).toBeVisible();
  });

  it('says in one sentence how concentrated each stage is', async () => {
    renderWithModel('?m=gallium,graphite&stage=refining&y=2023', smallModel());
    expect(await screen.findByText('Refining is highly concentrated: China 90%.')).toBeVisible();
    expect(screen.getByText('Mining is highly concentrated: China 60%.')).toBeVisible();
  });

  it('gives no top-3 share or HHI when the listed countries exceed the world total', async () => {
    const model = smallModel();
    const total = model.worldTotals.find(
      (row) => row.mineral === 'gallium' && row.stage === 'refining' && row.year === 2023,
    )!;
    // Each country within the 5 % rounding allowance of the total, their sum far beyond it.
    total.value = 900;
    renderWithModel('?m=gallium&stage=refining&y=2023', model);
    const panel = await screen.findByRole('region', { name: /Gallium: refining by country, 2023/ });
    // (900 + 50 + 30) / 900 = 1.089
    expect(
      within(panel).getByText(/The listed countries add up to 109% of the published world total/),
    ).toBeVisible();
    expect(within(panel).queryByText(/^Top 3/)).toBeNull();
    expect(within(panel).queryByText(/^HHI/)).toBeNull();
  });

  it('says it in Japanese too', async () => {
    renderWithModel('?m=gallium&stage=refining&y=2023&lang=ja', smallModel());
    expect(await screen.findByText('精製は高度に集中している：中国 90%。')).toBeVisible();
  });

  it('draws the trend with projections named as such, and switches to the HHI', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=graphite&stage=mining&y=2023', smallModel());
    const trend = await region(/Graphite: share of the largest producer, by stage/);
    expect(
      within(trend).getByText('Dashed: IEA base-case projections, not observations.'),
    ).toBeVisible();
    await user.click(within(trend).getByText('Show as table'));
    const table = within(trend).getByRole('table');
    expect(within(table).getByRole('row', { name: /2023/ })).toHaveTextContent('60%');
    expect(within(table).getByRole('row', { name: /2030/ })).toHaveTextContent('50% (projection)');
    await user.click(within(trend).getByRole('button', { name: 'HHI' }));
    const hhi = await region(/Graphite: Herfindahl–Hirschman index, by stage/);
    expect(within(hhi).getByRole('row', { name: /2023/ })).toHaveTextContent('5,200');
  });

  it('breaks the trend where the publication changes and names each segment', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=refining&y=2024', smallModelWithSourceChange());
    const trend = await region(/Gallium: share of the largest producer, by stage/);
    expect(
      within(trend).getByText(
        'Series break in Refining: 2023 comes from U.S. Geological Survey, Mineral Commodity Summaries, ' +
          '2024 from U.S. Geological Survey, World Minerals Outlook to 2029. The line breaks there; ' +
          'the two sides are different measures and are not compared.',
      ),
    ).toBeVisible();
    const legend = within(trend).getByRole('list', { name: 'Lines and their sources' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Refining: U.S. Geological Survey, Mineral Commodity Summaries',
      'Refining: U.S. Geological Survey, World Minerals Outlook to 2029',
    ]);
    await user.click(within(trend).getByText('Show as table'));
    const table = within(trend).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Year',
      'Refining: U.S. Geological Survey, Mineral Commodity Summaries',
      'Refining: U.S. Geological Survey, World Minerals Outlook to 2029',
    ]);
    // 2023: 900 of 1,000 kg in the first column only; 2024: 87 % of world in the second only.
    const cells = (year: string) =>
      within(within(table).getByRole('row', { name: new RegExp(year) }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('2023')).toEqual(['90%', '']);
    expect(cells('2024')).toEqual(['', '87%']);
  });

  it('names the series break in Japanese too', async () => {
    renderWithModel('?m=gallium&stage=refining&y=2024&lang=ja', smallModelWithSourceChange());
    expect(
      await screen.findByText(
        '精製の系列の断絶：2023年はU.S. Geological Survey, Mineral Commodity Summaries、' +
          '2024年はU.S. Geological Survey, World Minerals Outlook to 2029による。' +
          '線はここで切れる。両側は異なる指標であり、比較しない。',
      ),
    ).toBeVisible();
  });

  it("compares the view-as country's partners with the largest supplier", async () => {
    renderWithModel('?m=graphite&stage=mining&y=2023', smallModel());
    const partners = await region(/Graphite: Japan's partners against the largest supplier/);
    expect(within(partners).getByText("Mining: Japan's partners 40%, China 60%")).toBeVisible();
    expect(
      within(partners).getByText(/countries that share an agreement.*\(Australia\)/),
    ).toBeVisible();
  });

  it('keeps a partner share that is not published as n/a, not zero', async () => {
    renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    const partners = await region(/Gallium: Japan's partners against the largest supplier/);
    expect(within(partners).getByText("Refining: Japan's partners n/a, China 90%")).toBeVisible();
  });

  it('adds up the smaller producers so a long list stays legible', async () => {
    renderWithModel('?m=graphite&stage=mining&y=2023', builtInModel());
    const mining = await region(/Graphite: mining by country, 2023/);
    expect(await within(mining).findByText(/^\d+ more countries$/)).toBeInTheDocument();
    expect(within(mining).getByText('Other / unattributed')).toBeInTheDocument();
  });

  it("marks the built-in gallium trend's later controls at its end, with their dates, in both languages", async () => {
    const { store } = renderWithModel('?m=gallium&stage=refining&y=2024', builtInModel());
    const trend = await region(/Gallium: share of the largest producer, by stage/);
    // USGS refining runs to 2025. No. 46 (3 Dec 2024) falls inside the axis; the register's
    // No. 1 (6 Jan 2026) and Nos. 11/12 (24 Feb 2026), reported by no event, fall past its end.
    expect(within(trend).getByText(/^▼ Export controls: .*December 3, 2024: /)).toBeVisible();
    const atTheEnd = within(trend).getByRole('list', {
      name: 'Export controls after 2025, the last year of the chart',
    });
    expect(
      within(atTheEnd)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['→ January 6, 2026', '→ February 24, 2026']);
    await act(() => store.getState().setLanguage('ja'));
    const inJapanese = await screen.findByRole('list', {
      name: 'グラフの最終年（2025年）より後の輸出管理',
    });
    expect(
      within(inJapanese)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['→ 2026年1月6日', '→ 2026年2月24日']);
  });
});
