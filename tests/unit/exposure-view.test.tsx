import { act, screen, within } from '@testing-library/react';
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
});
