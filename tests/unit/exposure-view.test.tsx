import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    ).toEqual([
      '1',
      'Gallium, germanium and other metals (HS 811292)',
      '500 USD',
      'China 80%',
      '0%',
      '6,800',
    ]);
    const suppliers = screen.getByRole('region', { name: 'Gallium: imports by supplier, 2023' });
    expect(
      within(suppliers).getByText('Reliance on the largest supplier under HS 811292: China 80%'),
    ).toBeVisible();
    // The bar's share label; the same 20% is in the panel's table too.
    const chart = within(suppliers).getByRole('img', {
      name: /^Gallium: imports by supplier, 2023\./,
    });
    expect(await within(chart).findByText('20%')).toBeInTheDocument();
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

  it('marks graphite as partial coverage wherever it is ranked, naming the codes it lacks', async () => {
    renderWithModel('?view=exposure&m=graphite&as=JPN', builtInModel(), builtInTrade());
    const scorecard = await screen.findByRole('region', {
      name: /Minerals ranked by reliance on a single supplier, 2024/,
    });
    const rows = within(scorecard).getAllByRole('row').slice(1);
    // Graphite (HS 250490: China 95 %) ranks first, and carries the mark there.
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(
      'Graphite (partial coverage)',
    );
    const note =
      'Graphite: partial coverage. For Japan in 2024 the data hold HS 250490 only; ' +
      'HS 250410 and HS 380110 are not in the data, so the figure covers only part of the trade.';
    expect(within(scorecard).getByText(note)).toBeVisible();
    const panel = screen.getByRole('region', { name: 'Graphite: imports by supplier, 2024' });
    expect(within(panel).getByText(note)).toBeVisible();
  });

  it('says the same in Japanese', async () => {
    renderWithModel('?view=exposure&m=graphite&as=JPN&lang=ja', builtInModel(), builtInTrade());
    expect(
      await screen.findAllByText(
        '黒鉛：部分的な範囲。2024年の日本についてデータにあるのはHS 250490のみで、' +
          'HS 250410、HS 380110はデータにない。このため数値は取引の一部しか表さない。',
      ),
    ).not.toHaveLength(0);
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('黒鉛 (部分的な範囲)');
  });

  it('counts HS 811292 once for gallium and germanium together', async () => {
    renderWithModel('?view=exposure&m=gallium,germanium&as=JPN', builtInModel(), builtInTrade());
    const scorecard = await screen.findByRole('region', {
      name: /Minerals ranked by reliance on a single supplier, 2024/,
    });
    const rows = within(scorecard).getAllByRole('row', { name: /HS 811292/ });
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(/^Gallium and Germanium$/);
    expect(
      screen
        .getAllByRole('region', { name: /imports by supplier/ })
        .map((panel) => within(panel).getByRole('heading').textContent),
    ).toEqual(['Gallium and Germanium: imports by supplier, 2024']);
  });

  it('explains why dysprosium has no trade rows, in both languages', async () => {
    const { store } = renderWithModel(
      '?view=exposure&m=dysprosium&as=JPN',
      builtInModel(),
      builtInTrade(),
    );
    expect(
      await screen.findByText(
        'Dysprosium: no trade rows. No trade code separates it: it travels inside HS 850511 and ' +
          'HS 2846, mixed with other elements; those figures are shown under their codes and ' +
          'never as Dysprosium alone.',
      ),
    ).toBeVisible();
    await act(() => store.getState().setLanguage('ja'));
    expect(
      await screen.findByText(
        'ジスプロシウム：貿易データの行はない。これを区別する貿易コードはなく、HS 850511、HS 2846の中で' +
          '他の元素と混在して取引される。その数値は各コードの下に示し、ジスプロシウム単独の数値としては示さない。',
      ),
    ).toBeVisible();
  });

  it("names Japan's largest HS 811292 supplier as Taiwan, with BACI's country list cited", async () => {
    renderWithModel('?view=exposure&m=gallium&as=JPN', builtInModel(), builtInTrade());
    const panel = await screen.findByRole('region', {
      name: 'Gallium and Germanium: imports by supplier, 2024',
    });
    expect(
      within(panel).getByText(
        "Reliance on the largest supplier under HS 811292: Taiwan (reported as 'Other Asia, n.e.s.') 19%",
      ),
    ).toBeVisible();
    expect(
      within(panel).getByText(/^Taiwan: BACI's country list \(CEPII, country_codes_V202601\.csv\)/),
    ).toBeVisible();
    expect(within(panel).queryByText(/^Other Asia/)).toBeNull();
  });

  it('names it in Japanese too', async () => {
    renderWithModel('?view=exposure&m=gallium&as=JPN&lang=ja', builtInModel(), builtInTrade());
    expect(
      await screen.findByText(
        'HS 811292での最大供給国への依存：台湾（統計上は「その他アジア」） 19%',
      ),
    ).toBeVisible();
    expect(screen.getAllByText(/^台湾：BACIの国リスト/)).not.toHaveLength(0);
  });

  it('names the table of each row where two tables cover one code, and never adds them up', async () => {
    const model = smallModel();
    model.sources.push({
      id: 'comtrade-test',
      publisher: 'United Nations Statistics Division',
      title: 'UN Comtrade: imports reported by Japan',
      year: 2025,
    });
    model.trade.push({ ...model.trade[0]!, value: 700, source: 'comtrade-test' });
    renderWithModel('?view=exposure&m=gallium&as=JPN', { ...model, trade: [] }, model.trade);
    const scorecard = await screen.findByRole('region', {
      name: /Minerals ranked by reliance on a single supplier, 2023/,
    });
    // BACI-like test table: 500 USD (China 400); the Comtrade one: China 700 alone, 100 %.
    const cells = within(scorecard)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(1, 3)
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual([
      [
        'Gallium, germanium and other metals (HS 811292) · UN Comtrade: imports reported by Japan',
        '700 USD',
      ],
      ['Gallium, germanium and other metals (HS 811292) · Controls take effect', '500 USD'],
    ]);
  });

  it('says so when a country has no recorded imports', async () => {
    const model = smallModel();
    renderWithModel('?view=exposure&m=gallium&as=AUS', { ...model, trade: [] }, model.trade);
    expect(
      await screen.findByText('No recorded imports of Australia in the trade data.'),
    ).toBeVisible();
  });

  it("takes a Comtrade reporter's shares of all it reports, not of the one partner its extract names", async () => {
    renderWithModel('?view=exposure&m=rare-earths&as=USA', builtInModel(), builtInTrade());
    const panels = await screen.findAllByRole('region', {
      name: 'Rare earths: imports by supplier, 2024',
    });
    const hs2846 = panels.find((panel) => within(panel).queryByText(/under HS 2846/))!;
    // US-reported 2024: 116,100,303 USD from China of 170,469,283 USD from the world = 68 %, not 100 %.
    expect(
      within(hs2846).getByText('Reliance on the largest supplier under HS 2846: China 68%'),
    ).toBeVisible();
  });

  it('says the largest supplier is unknown when partners the data do not name hold more', async () => {
    renderWithModel('?view=exposure&m=rare-earths&as=CHN', builtInModel(), builtInTrade());
    const panels = await screen.findAllByRole('region', {
      name: 'Rare earths: imports by supplier, 2024',
    });
    const hs2846 = panels.find((panel) => within(panel).queryByText(/HS 2846\)/))!;
    // China-reported 2024: 17,785,761 USD from the US of 1,386,613,152 USD = 1.3 %; the rest unnamed.
    expect(
      within(hs2846).getByText(
        'Largest supplier unknown: partners the data do not name hold 99%, more than any named one',
      ),
    ).toBeVisible();
    expect(within(hs2846).queryByText(/^Reliance on the largest supplier/)).toBeNull();
  });

  it('sets two trade years side by side, supplier by supplier, and never reads a missing year as zero', async () => {
    renderWithModel(
      '?view=exposure&m=graphite&as=JPN&ty=2024&vs=2022',
      builtInModel(),
      builtInTrade(),
    );
    const comparison = await screen.findByRole('region', {
      name: 'Graphite: 2022 and 2024 side by side',
    });
    const cells = (name: RegExp) =>
      within(within(comparison).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // HS 250490, BACI. China: 8,099,908 of 8,555,503 (94.7 %) in 2022, 7,876,414 of 8,254,356
    // (95.4 %) in 2024: 7,876,414 − 8,099,908 = −223,494 USD; 95.42 − 94.67 = +0.7 points.
    expect(cells(/^China/)).toEqual([
      '8,099,908',
      '95%',
      '7,876,414',
      '95%',
      '-223,494',
      '+0.7 pts',
    ]);
    // The Netherlands are reported in 2024 only (1,210 USD): 2022 is "not reported", not 0.
    expect(cells(/^Netherlands/)).toEqual([
      'not reported',
      'not reported',
      '1,210',
      '<0.1%',
      'not reported',
      'not reported',
    ]);
    // 8,254,356 − 8,555,503 = −301,147 USD; −301,147 / 8,555,503 = −3.5 % → "−4%".
    expect(cells(/^All suppliers/)).toEqual([
      '8,555,503',
      '100%',
      '8,254,356',
      '100%',
      '-301,147',
      '',
    ]);
    // The two totals are figures the keyboard reaches, inside the one sentence.
    const subtitle = within(comparison).getByText(/^Natural graphite, .*; recorded imports/);
    expect(subtitle).toBeVisible();
    expect(subtitle.textContent!.replace(/\s+/g, ' ')).toBe(
      'Natural graphite, other than powder or flakes (HS 250490); recorded imports 8.6 M USD in 2022 and 8.3 M USD in 2024 (-4%)',
    );
    expect(
      within(subtitle)
        .getAllByRole('button')
        .map((figure) => figure.textContent!.replace(/\s+/g, ' ')),
    ).toEqual(['8.6 M USD', '8.3 M USD']);
    expect(
      within(comparison).getByText(/^“Not reported”: the table names no imports/),
    ).toBeVisible();
  });

  it('keeps the comparison year in the store and the link, and offers to drop it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithModel(
      '?view=exposure&m=graphite&as=JPN',
      builtInModel(),
      builtInTrade(),
    );
    const compareWith = await screen.findByRole('combobox', { name: 'Compare with' });
    expect(compareWith).toHaveValue('');
    // The trade year shown (2024) is not offered as its own comparison.
    expect(
      within(compareWith)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No second year', '2022']);
    await user.selectOptions(compareWith, '2022');
    expect(store.getState().settings.exposureCompareYear).toBe(2022);
    expect(
      await screen.findByRole('region', { name: 'Graphite: 2022 and 2024 side by side' }),
    ).toBeVisible();
    await vi.waitFor(() => expect(window.location.search).toMatch(/[?&]vs=2022(&|$)/));
    await user.selectOptions(compareWith, '');
    expect(store.getState().settings.exposureCompareYear).toBeNull();
    expect(screen.queryByRole('region', { name: /side by side/ })).toBeNull();
  });

  it('writes large figures compactly per language, with the exact value a focus, hover or table away', async () => {
    const user = userEvent.setup();
    const { store } = renderWithModel(
      '?view=exposure&m=rare-earths&as=JPN',
      builtInModel(),
      builtInTrade(),
    );
    const scorecard = await screen.findByRole('region', {
      name: /Minerals ranked by reliance on a single supplier, 2024/,
    });
    // Japan's HS 850511 imports in 2024: 568,756,873 USD, written "569 M USD" (a no-break space
    // keeps the magnitude by its number).
    const imports = within(scorecard).getByRole('button', { name: '569\u00a0M USD' });
    // No native title: it would show a second, unstyled box beside the tooltip.
    expect(imports).not.toHaveAttribute('title');
    expect(screen.queryByRole('tooltip')).toBeNull();
    // Tab reaches it (after the sidebar's controls and the scorecard's CSV and graphite figure).
    for (let tabs = 0; tabs < 60 && document.activeElement !== imports; tabs++) await user.tab();
    expect(imports).toHaveFocus();
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toBeVisible();
    expect(imports).toHaveAccessibleDescription(
      'Recorded imports Exact value 568,756,873 USD Unit US dollars Year 2024 Source CEPII, BACI: international trade database at the product level, HS 2017, version V202601 (2026)',
    );
    expect(within(tooltip).getByText(/^CEPII, BACI/)).toHaveAttribute('lang', 'en');
    // Escape closes it where the focus stays; Tab moves on to the next code's figure, whose own
    // tooltip alone is shown.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(imports).toHaveFocus();
    expect(imports).not.toHaveAccessibleDescription();
    await user.tab();
    expect(imports).not.toHaveFocus();
    expect(screen.getAllByRole('tooltip')).toHaveLength(1);
    expect(screen.getByRole('tooltip')).not.toHaveTextContent('568,756,873');
    expect(document.activeElement).toHaveAccessibleDescription(/^Recorded imports Exact value/);
    act(() => (document.activeElement as HTMLElement).blur());
    expect(screen.queryByRole('tooltip')).toBeNull();

    // The panel's sentence holds the same figure, which a hover opens.
    const panel = screen.getByRole('region', { name: 'Rare earths: imports by supplier, 2024' });
    const total = within(panel).getByRole('button', { name: '569\u00a0M USD' });
    expect(total.closest('p')!.textContent!.replace(/\s+/g, ' ')).toMatch(
      /share of 569 M USD of recorded imports$/,
    );
    await user.hover(total);
    expect(within(panel).getByRole('tooltip')).toHaveTextContent('Exact value 568,756,873 USD');
    expect(total).toHaveAccessibleDescription(/Exact value 568,756,873 USD .*Year 2024/);
    await user.unhover(total);
    expect(screen.queryByRole('tooltip')).toBeNull();

    await user.click(within(panel).getByText('Show as table'));
    const table = within(panel).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Value (USD)' })).toBeVisible();

    await act(() => store.getState().setLanguage('ja'));
    const importsJa = await within(scorecard).findByRole('button', { name: '5.7億ドル' });
    act(() => importsJa.focus());
    expect(screen.getByRole('tooltip')).toBeVisible();
    // The figures as Japanese writes them; the citation stays as BACI publishes it, marked English.
    expect(importsJa).toHaveAccessibleDescription(
      '記録された輸入額 正確な値 568,756,873ドル 単位 米ドル 年 2024年 出典 CEPII, BACI: international trade database at the product level, HS 2017, version V202601 (2026)',
    );
    expect(within(screen.getByRole('tooltip')).getByText(/^CEPII, BACI/)).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('keys the colours of the bars: highlighted countries and partners', async () => {
    renderWithModel('?view=exposure&m=gallium&as=JPN&c=CHN', builtInModel(), builtInTrade());
    const panel = await screen.findByRole('region', {
      name: 'Gallium and Germanium: imports by supplier, 2024',
    });
    const legend = within(panel).getByRole('list', { name: 'Bar colours' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Highlighted country (sidebar)',
      'Partner of Japan',
      'Other supplier',
      'The remaining suppliers, added up',
    ]);
  });

  it('disables the sidebar stage and year, saying why, where they do not apply', async () => {
    const user = userEvent.setup();
    renderWithModel('?view=exposure&m=graphite&as=JPN', builtInModel(), builtInTrade());
    const stage = await screen.findByRole('group', { name: 'Stage' });
    expect(stage).toBeDisabled();
    expect(stage).toHaveAccessibleDescription(/^Not used by the exposure view: trade codes/);
    expect(within(stage).getByText(/^Not used by the exposure view: trade codes/)).toBeVisible();
    const year = screen.getByRole('combobox', { name: 'Year' });
    expect(year).toBeDisabled();
    expect(year).toHaveAccessibleDescription(
      'Not used by the exposure view: it has its own trade year, chosen beside its title.',
    );
    const groups = screen.getByRole('group', { name: 'Country groups' });
    expect(groups).toBeDisabled();
    expect(groups).toHaveAccessibleDescription(
      /^Not used by the exposure view: it shows each supplier/,
    );
    // Highlighted countries and the view-as country apply: they stay enabled.
    expect(screen.getByRole('combobox', { name: 'Highlight countries' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'View as' })).toBeEnabled();
    await user.click(screen.getByRole('tab', { name: 'Concentration' }));
    expect(await screen.findByRole('group', { name: 'Stage' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Year' })).toBeEnabled();
    expect(screen.getByRole('group', { name: 'Country groups' })).toBeEnabled();
    expect(screen.queryByText(/^Not used by the exposure view/)).toBeNull();
  });
});
