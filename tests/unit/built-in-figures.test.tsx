import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInModel, builtInTrade } from '../fixtures/built-in';
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
    // USGS's own table, not the other publisher's kept in a closed <details> beside it.
    const table = within(panel).getByRole('table', {
      name: 'Germanium: refining by country, 2021',
    });
    const us = within(table).getByRole('row', { name: /^United States/ });
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

describe('the built-in figures, with the bounds USGS publishes', () => {
  it('shows world reserves "more than 75,000,000 t REO" (MCS 2026 v1.3) and shares against them as at most', async () => {
    renderWithModel('?m=rare-earths&stage=mining&y=2025', model);
    const panel = await screen.findByRole('region', {
      name: /Rare earths: reserves by country, 2025/,
    });
    expect(
      within(panel).getByText('Share of the published world total of more than 75,000,000 t REO'),
    ).toBeVisible();
    // China 44,000,000 of more than 75,000,000 t: at most 58.7 %, shown as 59 %.
    expect(within(panel).getByText('Largest: China at most 59%')).toBeVisible();
    expect(within(panel).getByText(/each share is at most the one shown/)).toBeVisible();
    // The listed reserves add up to 75,290,000 t: no contradiction of "more than 75,000,000".
    expect(within(panel).queryByText(/listed countries add up/)).toBeNull();
  });

  it('carries "at most" into the trend wherever the reserves total is a lower bound', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=rare-earths&stage=mining&y=2025', model);
    const trend = await screen.findByRole('region', {
      name: /Rare earths: share of the largest producer, by stage/,
    });
    expect(
      within(trend).getByText(
        'Reserves 2024 and 2025: the world total is published as a lower bound (“more than”), so the largest share is at most the one drawn.',
      ),
    ).toBeVisible();
    await user.click(within(trend).getByText('Show as table'));
    const table = within(trend).getByRole('table');
    const cells = (year: number) =>
      within(within(table).getByRole('row', { name: new RegExp(`^${year}`) }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Reserves: China 44,000,000 t of 110,000,000 t (2023, exact) = 40 %; of more than
    // 90,000,000 t (2024) at most 48.9 %; of more than 75,000,000 t (2025) at most 58.7 %.
    expect(cells(2023)).toContain('40%');
    expect(cells(2024)).toContain('at most 49%');
    expect(cells(2025)).toContain('at most 59%');
  });

  it('says when the listed countries exceed a rounded world total (gallium 2025)', async () => {
    renderWithModel('?m=gallium&stage=refining&y=2025', model);
    const panel = await screen.findByRole('region', { name: /Gallium: refining by country, 2025/ });
    // 900,000 + 3,000 + 6,000 + 0 = 909,000 kg against a published 900,000 kg.
    expect(
      within(panel).getByText(
        'The listed countries add up to 909,000 kg, more than the rounded world total of 900,000 kg: the shares add up to more than 100%.',
      ),
    ).toBeVisible();
  });

  it('shows rare-earth refining as the IEA magnet rare-earth proxy, labelled, instead of "No figures"', async () => {
    renderWithModel('?m=rare-earths&stage=refining&y=2024', model);
    const panel = await screen.findByRole('region', {
      name: /Rare earths: refining by country, 2024/,
    });
    expect(within(panel).queryByText(/No figures/)).toBeNull();
    expect(within(panel).getByText(/^p = proxy/)).toBeVisible();
    expect(
      within(panel).getByText(
        /Magnet rare earths \(Nd, Pr, Dy, Tb\): separation and refining, IEA/,
      ),
    ).toBeVisible();
  });

  it('headlines no group tonnage on a dysprosium card: the IEA magnet group gives shares only', async () => {
    renderWithModel('?m=dysprosium&stage=refining&y=2024', model);
    const panel = await screen.findByRole('region', {
      name: /Dysprosium: refining by country, 2024/,
    });
    expect(
      within(panel).getByText(
        "Shares within the proxy group named in the note; the group's tonnage is not Dysprosium's and is not shown as such",
      ),
    ).toBeVisible();
    // The group's world total is 80.8 kt (Nd, Pr, Dy and Tb together): never under Dysprosium's name.
    expect(panel.textContent).not.toMatch(/\bkt\b/);
  });

  it("gives each element's own figures beside the group: prices, imports, demand, ore grades", async () => {
    renderWithModel('?m=dysprosium,terbium&stage=refining&y=2024', model);
    const dysprosium = await screen.findByRole('region', { name: 'Dysprosium on its own' });
    const prices = within(dysprosium).getByRole('table', {
      name: 'Dysprosium oxide: price by year',
    });
    // MCS 2026, Rare Earths (Heavy): 2021 410 USD/kg … 2025 239 USD/kg (estimated).
    expect(
      within(prices)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      '2021410 USD/kgreported',
      '2022382 USD/kgreported',
      '2023330 USD/kgreported',
      '2024257 USD/kgreported',
      '2025239 USD/kgestimated',
    ]);
    expect(
      within(dysprosium).getByText('Demand for clean energy technologies (IEA), 2024: 1.53113 kt'),
    ).toBeVisible();
    const grades = within(dysprosium).getByRole('table', {
      name: 'Dysprosium in the ore of named deposits, as a percentage of its rare-earth oxide',
    });
    // Minerals Yearbook 2022, Table 2: Longnan 7.48, Mount Weld 0.25 (grades, not tonnages).
    expect(within(grades).getByRole('row', { name: /^Longnan/ })).toHaveTextContent('7.48%');
    expect(within(grades).getByRole('row', { name: /^Mount Weld/ })).toHaveTextContent('0.25%');
    expect(
      within(dysprosium).getByText(
        /^Caremag \(Carester\), Lacq, France: planned capacity from 2026/,
      ),
    ).toBeVisible();
    // USGS lists terbium's import sources, not dysprosium's.
    expect(within(dysprosium).queryByText(/imports of/)).toBeNull();

    const terbium = screen.getByRole('region', { name: 'Terbium on its own' });
    expect(
      within(terbium).getByRole('heading', { name: 'US imports of terbium compounds and metals' }),
    ).toBeVisible();
    expect(within(terbium).getByText('2021–24: China 100%')).toBeVisible();
    expect(
      within(terbium).getByText('Demand for clean energy technologies (IEA), 2024: 0.434428 kt'),
    ).toBeVisible();
    expect(
      within(terbium).getByText(/U\.S\. Geological Survey, Minerals Yearbook 2022, Rare Earths/),
    ).toBeVisible();
  });

  it('keeps the other publisher one click away: germanium 2021 from USGS, BGS-derived shares beside', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=germanium&stage=refining&y=2021', model);
    const panel = await screen.findByRole('region', {
      name: /Germanium: refining by country, 2021/,
    });
    const other = within(panel).getByText(
      /^Also published for 2021, as another series: British Geological Survey, compiled by the Critical Materials Atlas/,
    );
    await user.click(other);
    const table = within(panel).getByRole('table', { name: /British Geological Survey/ });
    // China 93 of 100 (% of world), a separate table from USGS's 95,000 of 140,000 kg.
    const china = within(table).getByRole('row', { name: /^China/ });
    expect(
      within(china)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 3),
    ).toEqual(['93', '% of world', '93%']);
  });

  it('offers the EU CRM 2023 main supplier as a labelled second opinion, one click away', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=refining&y=2024', model);
    const panel = await screen.findByRole('region', { name: /Gallium: refining by country, 2024/ });
    const summary = within(panel).getByText(
      /^Second opinion, not tied to this year: European Commission, as read by the Critical Materials Atlas, Study on the critical raw materials for the EU 2023/,
    );
    const figure =
      'EU CRM 2023 study, Table A: major global supplier (processing; entry “gallium” in the third-party reading): China 94%';
    expect(within(panel).getByText(figure)).not.toBeVisible();
    await user.click(summary);
    expect(within(panel).getByText(figure)).toBeVisible();
    // The USGS table stays the panel's own: its largest share is not replaced by the EU's 94 %.
    expect(within(panel).queryByText('Largest: China 94%')).toBeNull();
  });
});

describe('a supply cut the published figures cannot carry', () => {
  it('says the 2025 gallium world total is rounded below what USGS lists, and offers 2024', async () => {
    const user = userEvent.setup();
    renderWithModel(
      '?view=scenario&m=gallium&stage=refining&y=2025&s=CHN:refining:100:none:gallium',
      model,
    );
    const card = await screen.findByRole('region', { name: /Scenario 1/ });
    // USGS MCS 2026: China 900,000 kg (estimated), Japan 3,000, Russia 6,000; world 900,000 (rounded).
    expect(
      await within(card).findByText(
        /^The world total given for 2025 \(900,000 kg; publishers round it\) is no more than what the countries listed hold together \(909,000 kg\)/,
      ),
    ).toBeVisible();
    await user.click(
      within(card).getByRole('button', {
        name: 'Use 2024, the nearest year whose figures carry the cut',
      }),
    );
    expect(
      await within(card).findByRole('heading', { name: 'Gallium, refining, 2024' }),
    ).toBeVisible();
    expect(within(card).queryByText(/^The world total given for/)).toBeNull();
  });
});

describe("partners' room in a supply cut", () => {
  it('ends the cover phrase before the list of room up to capacity', async () => {
    renderWithModel(
      '?view=scenario&m=gallium&stage=refining&y=2023&s=CHN:refining:100:cap:gallium',
      model,
    );
    const card = await screen.findByRole('region', { name: /Scenario 1/ });
    const cover = await within(card).findByText(/of a possible 21,000 kg/);
    expect(cover.textContent).toMatch(/of a possible 21,000 kg\. Room up to capacity: /);
  });
});

describe('amounts in US dollars in Japanese', () => {
  it('writes the imports at risk of a supply cut in ドル, as the exposure view does', async () => {
    renderWithModel(
      '?view=scenario&m=gallium&stage=refining&y=2023&s=CHN:refining:100:cap:gallium&lang=ja',
      model,
      builtInTrade(),
    );
    const card = await screen.findByRole('region', { name: /シナリオ1/ });
    expect(await within(card).findByText(/16,149,339ドル/)).toBeVisible();
    expect(within(card).queryByText(/\d USD/)).toBeNull();
  });
});

describe('a supply cut whose figures are of different years', () => {
  it('goes from 2025 to 2023 in one step when partners answer up to capacity, and names each year', async () => {
    const user = userEvent.setup();
    const { store } = renderWithModel(
      '?view=scenario&m=gallium&stage=refining&y=2025&s=CHN:refining:100:cap:gallium',
      model,
      builtInTrade(),
    );
    const card = await screen.findByRole('region', { name: /Scenario 1/ });
    // 2024 carries the cut but has no capacities; 2023 has both.
    await user.click(
      within(card).getByRole('button', {
        name: 'Use 2023, the nearest year that carries the cut and has capacities',
      }),
    );
    expect(store.getState().year).toBe(2023);
    expect(
      await within(card).findByRole('heading', { name: 'Gallium, refining, 2023' }),
    ).toBeVisible();
    expect(within(card).getByText(/of a possible 21,000 kg/)).toBeVisible();
    expect(within(card).queryByRole('button', { name: /^Use \d{4}/ })).toBeNull();
    expect(
      await within(card).findByText(
        "Production and capacity: 2023 (U.S. Geological Survey, Mineral Commodity Summaries 2024); Japan's imports: 2024 (CEPII, BACI).",
      ),
    ).toBeVisible();
  });

  it('says it in Japanese, with Japanese separators in the line after the cut', async () => {
    renderWithModel(
      '?view=scenario&m=gallium&stage=refining&y=2023&s=CHN:refining:100:cap:gallium&lang=ja',
      model,
      builtInTrade(),
    );
    const card = await screen.findByRole('region', { name: /シナリオ1/ });
    expect(
      await within(card).findByText(
        '生産量、生産能力は2023年（U.S. Geological Survey, Mineral Commodity Summaries 2024）。日本の輸入は2024年（CEPII, BACI）。',
      ),
    ).toBeVisible();
    const afterCut = within(card).getByText(/^残る最大の生産国：/);
    expect(afterCut.textContent).toMatch(/^残る最大の生産国：韓国 52%。HHI：削減前 /);
    expect(afterCut.textContent).not.toContain(';');
  });

  it('says nothing of years when production and trade are of one year', async () => {
    renderWithModel(
      '?view=scenario&m=gallium&stage=refining&y=2024&s=CHN:refining:100:none:gallium',
      model,
      builtInTrade(),
    );
    const card = await screen.findByRole('region', { name: /Scenario 1/ });
    expect(await within(card).findByText(/Gallium, germanium and other metals/)).toBeVisible();
    expect(within(card).queryByText(/^Production: /)).toBeNull();
  });
});

describe('the chain in a year with no figure at a stage', () => {
  it('says which stage has none and offers the nearest year that has every stage', async () => {
    const user = userEvent.setup();
    const { store } = renderWithModel(
      '?view=network&layout=chain&m=gallium,germanium&stage=refining&y=2025',
      model,
      builtInTrade(),
    );
    // MCS 2026 gives gallium for 2025; germanium refining (BGS shares) ends in 2024; neither has mining.
    const notice = await screen.findByRole('note');
    expect(notice.textContent).toMatch(
      /^No mining figure for Gallium in any year of the data\. No mining figure for Germanium in any year of the data\. No refining figure for Germanium in 2025\. Use 2024/,
    );
    await user.click(
      within(notice).getByRole('button', {
        name: 'Use 2024, the nearest year with figures at every stage the data covers',
      }),
    );
    expect(store.getState().year).toBe(2024);
    expect(
      await screen.findByRole('heading', {
        name: 'Who mines, who refines, who buys from the refiners, 2024',
      }),
    ).toBeVisible();
    // Mining has no year to go to: said, and nothing offered.
    expect(screen.getByRole('note').textContent).toBe(
      'No mining figure for Gallium in any year of the data. No mining figure for Germanium in any year of the data.',
    );
    expect(screen.queryByRole('button', { name: /^Use \d{4}/ })).toBeNull();
  });

  it('says it in Japanese', async () => {
    renderWithModel(
      '?view=network&layout=chain&m=germanium&stage=refining&y=2025&lang=ja',
      model,
      builtInTrade(),
    );
    const notice = await screen.findByRole('note');
    expect(notice.textContent).toBe(
      'ゲルマニウムの採掘の数値はどの年にもありません。2025年のゲルマニウムの精製の数値はありません。 データにある段階すべてに数値がある最も近い2024年を使う',
    );
  });
});

describe("the chain's names where the full name does not fit", () => {
  const importerLabels = async () => {
    const chain = await screen.findByRole('group', { name: /Gallium|ガリウム/ });
    return [...chain.querySelectorAll('[data-column="importer"] text.graph-label')].map(
      (label) => label.textContent,
    );
  };

  it('writes 香港 in Japanese, not a cut 「中華人民共和国香港特別行政…」', async () => {
    renderWithModel(
      '?view=network&layout=chain&m=gallium&stage=refining&y=2024&lang=ja',
      model,
      builtInTrade(),
    );
    const labels = await importerLabels();
    expect(labels).toContain('香港');
    expect(labels.some((label) => label?.endsWith('…'))).toBe(false);
    // The node's accessible name keeps the full name.
    expect(
      screen.getByRole('button', { name: /^中華人民共和国香港特別行政区/ }),
    ).toBeInTheDocument();
  });

  it('keeps the full English name, which fits', async () => {
    renderWithModel(
      '?view=network&layout=chain&m=gallium&stage=refining&y=2024',
      model,
      builtInTrade(),
    );
    expect(await importerLabels()).toContain('Hong Kong SAR China');
  });
});
