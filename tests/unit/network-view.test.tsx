import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

const downloadBlob = vi.hoisted(() => vi.fn<(blob: Blob, fileName: string) => void>());
vi.mock('../../src/lib/download', () => ({ downloadBlob }));

afterEach(() => {
  vi.unstubAllGlobals();
  downloadBlob.mockClear();
});

/** The SVG the SVG button downloads, and the texts it shows. */
async function exportedSvg(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'SVG' }));
  await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
  const svg = await downloadBlob.mock.calls[0]![0].text();
  return { svg, texts: [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]) };
}

const open = () => {
  const model = smallModel();
  return renderWithModel(
    '?view=network&m=gallium,graphite&stage=refining&y=2023',
    { ...model, trade: [] },
    model.trade,
  );
};

describe('the dependency network', () => {
  it('focuses a node on click and lists its links with figures and sources', async () => {
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('button', { name: 'China' }));
    const details = screen.getByRole('region', { name: 'China' });
    expect(
      within(details).getByText('China → Gallium · refining: 90% of the world (900 kg, reported)'),
    ).toBeVisible();
    expect(
      within(details).getByText('China → Graphite · mining: 60% of the world (600 t, reported)'),
    ).toBeVisible();
    expect(within(details).getByRole('button', { name: /U\.S\. Geological Survey/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'China' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves between nodes with the arrow keys, focuses with Enter and clears with Escape', async () => {
    const user = userEvent.setup();
    open();
    const australia = await screen.findByRole('button', { name: 'Australia' });
    australia.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'China' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'China' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'China' })).toBeNull();
  });

  it('finds a node by name and hides links under the minimum share', async () => {
    const user = userEvent.setup();
    open();
    await screen.findByRole('button', { name: 'China' });
    await user.type(screen.getByRole('combobox', { name: 'Find' }), 'Graphite');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByRole('region', { name: 'Graphite · mining' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Every link of the graph' });
    expect(
      within(table).getByText('Japan → Gallium · refining: 5.0% of the world (50 kg, estimated)'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'South Korea' })).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: /Hide links under/ }), {
      target: { value: '0.1' },
    });
    // Korea's 3 % no longer makes a link; Japan stays through its partnership with Australia.
    expect(await screen.findByRole('slider', { name: 'Hide links under 10%' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'South Korea' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Japan' })).toBeInTheDocument();
  });

  it('keeps zooming after the graph is emptied and drawn again', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    renderWithModel('?view=network&m=gallium&stage=refining&y=2023&c=KOR', model);
    await screen.findByRole('button', { name: 'South Korea' });
    await user.click(screen.getByRole('checkbox', { name: "Japan's partnerships" }));
    const drawing = () => screen.getByRole('group', { name: /Dependency graph with/ });
    const scale = () =>
      Number(/scale\(([^)]+)\)/.exec(drawing().querySelector('g')!.getAttribute('transform')!)![1]);
    fireEvent.wheel(drawing(), { deltaY: -100 });
    const zoomed = scale();
    expect(zoomed).toBeGreaterThan(1);
    const slider = screen.getByRole('slider', { name: /Hide links under/ });
    // Korea's 3 % is the only link: above it the graph is empty, below it drawn anew.
    fireEvent.change(slider, { target: { value: '0.1' } });
    expect(await screen.findByText('No links for these filters.')).toBeVisible();
    fireEvent.change(slider, { target: { value: '0' } });
    await screen.findByRole('button', { name: 'South Korea' });
    expect(scale()).toBeCloseTo(zoomed, 12);
    fireEvent.wheel(drawing(), { deltaY: -100 });
    expect(scale()).toBeCloseTo(zoomed * 2 ** 0.2, 12);
  });

  it('finds Japanese names from the English view and says when nothing matches', async () => {
    const user = userEvent.setup();
    open();
    await screen.findByRole('button', { name: 'China' });
    const find = screen.getByRole('combobox', { name: 'Find' });
    await user.type(find, '中国');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByRole('region', { name: 'China' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'China' })).toHaveFocus();
    await user.clear(find);
    await user.type(find, 'ガリウム');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByRole('region', { name: 'Gallium · refining' })).toBeVisible();
    await user.clear(find);
    await user.type(find, 'Atlantis');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent(
      'Nothing matches “Atlantis”.',
    );
  });

  it('finds English names from the Japanese view', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    renderWithModel('?view=network&m=gallium&stage=refining&y=2023&lang=ja', model);
    await screen.findByRole('button', { name: '中国' });
    await user.type(screen.getByRole('combobox', { name: '検索' }), 'china');
    await user.click(screen.getByRole('button', { name: '移動' }));
    expect(screen.getByRole('region', { name: '中国' })).toBeVisible();
    await user.type(screen.getByRole('combobox', { name: '検索' }), 'xyz');
    await user.click(screen.getByRole('button', { name: '移動' }));
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent(
      '「chinaxyz」に一致するものはありません。',
    );
  });

  it('is one Tab stop: Tab enters the graph at one node and the next Tab leaves it', async () => {
    const user = userEvent.setup();
    open();
    const graph = await screen.findByRole('group', { name: /Dependency graph with/ });
    const nodes = within(graph).getAllByRole('button');
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes.filter((node) => node.tabIndex === 0)).toHaveLength(1);
    screen.getByRole('button', { name: 'Show as table' }).focus();
    // Past the export buttons, the first Tab into the graph lands on its first node by name.
    for (let press = 0; press < 10 && !graph.contains(document.activeElement); press += 1)
      await user.tab();
    expect(within(graph).getByRole('button', { name: 'Australia' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    // The Tab stop follows the keyboard: it is now China's, and Tab leaves the graph.
    expect(within(graph).getByRole('button', { name: 'China' })).toHaveAttribute('tabindex', '0');
    await user.tab();
    expect(graph).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('explains every encoding in its legend', async () => {
    const user = userEvent.setup();
    open();
    await screen.findByRole('button', { name: 'China' });
    for (const text of [
      'Other countries',
      'Mineral and stage',
      "Circle size: the country's share of the stages shown",
      'Line width: share of the world stage',
      "Dashed line: Japan's partnerships",
    ])
      expect(screen.getByText(text)).toBeVisible();
    expect(screen.queryByText('Arrow: trade flow in USD')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Largest trade flows' }));
    expect(screen.getByText('Arrow: trade flow in USD')).toBeVisible();
  });

  it('exports its legend in the picture, in English and in Japanese', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    renderWithModel(
      '?view=network&m=gallium,graphite&stage=refining&y=2023&as=JPN&trade=1',
      { ...model, trade: [] },
      model.trade,
    );
    await screen.findByRole('button', { name: 'China' });
    const english = await exportedSvg(user);
    expect(english.texts).toEqual(
      expect.arrayContaining([
        'Quad',
        'Other countries',
        'Mineral and stage',
        "Circle size: the country's share of the stages shown",
        'Line width: share of the world stage',
        "Dashed line: Japan's partnerships",
        'Arrow: trade flow in USD',
      ]),
    );
    // Each key is drawn as the graph draws it: the partnerships dashed, the trade flow with its arrow.
    expect(english.svg).toContain('stroke-dasharray="4 3"');
    expect(english.svg).toContain('<path d="M11,2 L18,6 L11,10 z" fill="#D55E00"');
    // The keys that move around the graph on screen mean nothing in a pasted picture.
    expect(english.svg).not.toContain('drag nodes');
    downloadBlob.mockClear();
    await user.click(screen.getByRole('button', { name: '日本語' }));
    await screen.findByRole('button', { name: '中国' });
    const japanese = await exportedSvg(user);
    expect(japanese.texts).toEqual(
      expect.arrayContaining([
        'クアッド',
        'その他の国',
        '鉱物と段階',
        '円の大きさ：表示中の段階での国のシェア',
        '線の太さ：世界の段階に占めるシェア',
        '破線：日本のパートナーシップ',
        '矢印：貿易の流れ（USD）',
      ]),
    );
    expect(japanese.texts).not.toContain('Other countries');
  });

  it('exports the chain with its own legend, in English and in Japanese', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    renderWithModel(
      '?view=network&m=gallium&stage=refining&y=2023&layout=chain',
      { ...model, trade: [] },
      model.trade,
    );
    await screen.findByRole('group', { name: /Supply chain of Gallium in columns/ });
    const english = await exportedSvg(user);
    expect(english.texts).toEqual(
      expect.arrayContaining([
        'Bar height: share of world mining or refining',
        'Ribbon width: trade value in USD',
        'n/a: no figure published',
      ]),
    );
    expect(english.texts).not.toContain('Other countries');
    // With the notes the drawing cannot give: the missing stage, the ribbons' goods and year.
    const footer = english.texts.join(' ');
    // The small model has no gallium mining in any year: said so, not as if only 2023 lacked it.
    expect(footer).toContain('No mining figure for Gallium in any year of the data.');
    expect(footer).toMatch(
      /Ribbons: trade value in USD from each refiner to its buyers, Gallium, germanium and other metals, 2023:/,
    );
    downloadBlob.mockClear();
    await user.click(screen.getByRole('button', { name: '日本語' }));
    await screen.findByRole('group', { name: /ガリウム/ });
    const japanese = await exportedSvg(user);
    expect(japanese.texts).toEqual(
      expect.arrayContaining([
        '棒の高さ：世界の採掘・精製に占めるシェア',
        '帯の太さ：貿易額（USD）',
        'n/a：数値の公表なし',
      ]),
    );
  });

  it('draws the chain mine → refine → importer from a link, each flow with its code and year', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    renderWithModel(
      '?view=network&m=gallium&stage=refining&y=2023&layout=chain',
      { ...model, trade: [] },
      model.trade,
    );
    const chain = await screen.findByRole('group', { name: /Supply chain of Gallium in columns/ });
    expect(screen.getByRole('button', { name: 'Chain: mine → refine → import' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      within(chain).getByRole('button', { name: 'China, Gallium · refining: 90% of the world' }),
    ).toBeVisible();
    // The withheld US figure is a row saying so, never a bar of zero.
    expect(
      within(chain).getByRole('button', {
        name: 'United States, Gallium · refining: no figure published (withheld)',
      }),
    ).toBeVisible();
    expect(
      within(chain).getByRole('button', { name: 'Japan: buys from the refiners shown' }),
    ).toBeVisible();
    const flows = [...chain.querySelectorAll('path.chain-flow title')].map(
      (title) => title.textContent,
    );
    // The fixture files CHN → JPN twice (300 and 100 USD); the larger is drawn, as in the network.
    expect(flows).toContain('China → Japan: 300 USD (HS 811292, 2023)');
    expect(flows).toContain('South Korea → Japan: 100 USD (HS 811292, 2023)');
    expect(screen.getByText('No mining figure for Gallium in any year of the data.')).toBeVisible();
    expect(screen.getByText(/Ribbons: trade value in USD from each refiner/)).toHaveTextContent(
      'Gallium, germanium and other metals, 2023',
    );
    expect(screen.getByText('Bar height: share of world mining or refining')).toBeVisible();

    // The arrow keys walk the columns; Enter focuses the country and lists its figures.
    const nodes = within(chain).getAllByRole('button');
    expect(nodes.filter((node) => node.tabIndex === 0)).toHaveLength(1);
    nodes[0]!.focus();
    await user.keyboard('{Enter}');
    const details = screen.getByRole('region', { name: 'China' });
    expect(
      within(details).getByText('China → Gallium · refining: 90% of the world (900 kg, reported)'),
    ).toBeVisible();
    expect(within(details).getByText('China → Japan: 300 USD (HS 811292, 2023)')).toBeVisible();
    await user.keyboard('{ArrowDown}');
    expect(
      within(chain).getByRole('button', { name: 'Japan, Gallium · refining: 5.0% of the world' }),
    ).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Network' }));
    expect(await screen.findByRole('group', { name: /Dependency graph with/ })).toBeVisible();
  });
});
