import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

describe('the timeline', () => {
  it('lists events and partnerships by date and, on selection, shows the source, leaving the filters alone', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    renderWithModel('?view=timeline&m=gallium&y=2022', { ...model, trade: [] }, model.trade);
    const items = await screen.findAllByRole('button', { pressed: false, name: /2023/ });
    expect(items.map((item) => item.textContent)).toEqual([
      'March 7, 2023Japan–Australia investment, Investment',
      'August 1, 2023Controls take effect, Export control',
    ]);
    await user.click(screen.getByRole('button', { name: /Controls take effect/, pressed: false }));
    const details = screen.getByRole('region', { name: 'Controls take effect' });
    expect(within(details).getByText('Example News, 2023')).toBeVisible();
    // Both items stay listed and the link keeps its filters.
    const listed = screen
      .getAllByRole('button', { name: /2023/ })
      .filter((button) => button.hasAttribute('aria-pressed'));
    expect(listed).toHaveLength(2);
    expect(window.location.search).not.toContain('c=CHN');
    expect(window.location.search).toContain('y=2022');

    await user.click(within(details).getByRole('button', { name: /^Apply to filters/ }));
    expect(window.location.search).toContain('c=CHN');
    expect(window.location.search).toContain('y=2023');
    await user.click(within(details).getByRole('button', { name: 'Back to the filters before' }));
    expect(window.location.search).not.toContain('c=CHN');
    expect(window.location.search).toContain('y=2022');
    await user.click(within(details).getByRole('button', { name: /^Apply to filters/ }));
    await user.click(
      within(details).getByRole('button', { name: 'Show in the concentration view' }),
    );
    expect(
      await screen.findByRole('region', { name: /Gallium: refining by country, 2023/ }),
    ).toBeInTheDocument();
  });

  it('reads the register on the "as of" date, which the link carries', async () => {
    const user = userEvent.setup();
    renderWithModel('?view=timeline&m=gallium&asof=2023-07-15', smallModel());
    const register = await screen.findByRole('table', { name: 'Register of documents' });
    const row = within(register).getByRole('row', { name: /Announcement No\. 23 \[2023\]/ });
    expect(row).toHaveTextContent('Announced; applies from August 1, 2023');
    // A date field takes its value whole, as a browser's date picker sets it.
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2023-08-01' } });
    expect(
      await screen.findByRole('heading', { name: 'Export controls on August 1, 2023' }),
    ).toBeVisible();
    expect(row).toHaveTextContent('In force since August 1, 2023');
    expect(window.location.search).toContain('asof=2023-08-01');
    await user.click(screen.getByRole('button', { name: /Controls take effect/, pressed: false }));
    const details = screen.getByRole('region', { name: 'Controls take effect' });
    expect(within(details).getByRole('listitem')).toHaveTextContent(
      'Announcement No. 23 [2023]: In force since August 1, 2023',
    );
  });

  it('opens on the event axis, the register after the events and one click from the heading', async () => {
    const user = userEvent.setup();
    const scrolled: Element[] = [];
    // jsdom lays nothing out and has no scrollIntoView: record what would be brought into view.
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      renderWithModel('?view=timeline&m=gallium&asof=2023-08-01', smallModel());
      const axis = await screen.findByRole('group', { name: /^Events on a time axis/ });
      const register = screen.getByRole('region', { name: 'Export controls on August 1, 2023' });
      expect(
        axis.compareDocumentPosition(register) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      const jumps = screen.getByRole('navigation', {
        name: 'The export-control register, further down',
      });
      expect(
        within(jumps)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual([
        'Export controls in force on August 1, 2023',
        'Supply-risk lens',
        'Register of documents',
      ]);
      await user.click(within(jumps).getByRole('button', { name: 'Register of documents' }));
      const table = screen.getByRole('table', { name: 'Register of documents' });
      expect(table).toHaveFocus();
      expect(scrolled).toEqual([table]);
      await user.click(within(jumps).getByRole('button', { name: 'Supply-risk lens' }));
      expect(screen.getByRole('heading', { name: /^Supply-risk lens: Gallium/ })).toHaveFocus();
      // The links move the page, not the link: the view's state is as it was.
      expect(window.location.hash).toBe('');
    } finally {
      // @ts-expect-error jsdom has none; the one set above is removed.
      delete Element.prototype.scrollIntoView;
    }
  });

  it("carries the supply-risk lens onto the timeline's slide, as the view shows it", async () => {
    const user = userEvent.setup();
    renderWithModel('?view=timeline&m=gallium&asof=2023-08-01', smallModel());
    // Gallium has no mining figures: the lens opens on refining, on the screen as on the slide.
    const lens = await screen.findByRole('region', { name: 'Supply-risk lens: Gallium refining' });
    const gaugeOnScreen = await within(lens).findByRole('row', {
      name: /^Largest single supplier/,
    });
    expect(within(gaugeOnScreen).getByRole('cell')).toHaveTextContent(
      '80% from China: above the 65% ceiling',
    );
    await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
    await user.click(screen.getByRole('tab', { name: 'Briefing' }));
    await user.click(await screen.findByRole('button', { name: 'Present' }));
    const presentation = await screen.findByRole('dialog', { name: 'Presentation' });
    const onSlide = await within(presentation).findByRole('region', {
      name: 'Supply-risk lens on August 1, 2023',
    });
    expect(
      within(onSlide).getByRole('heading', {
        name: 'Supply-risk lens: Gallium refining, as of August 1, 2023',
      }),
    ).toBeVisible();
    expect(within(onSlide).getByText(/^Japan \(view as\)/).parentElement).toHaveTextContent(
      'Japan (view as), Gallium, germanium and other metals. ' +
        "Largest single supplier against the EU's 2030 benchmark of at most 65% from one country: " +
        '80% from China: above the 65% ceiling. ' +
        'Net import reliance (as published): n/a (not published for Japan; imports recorded in USD only). ' +
        'Supply risk (EU formula, without substitution and recycling): n/a (needs the world ' +
        'concentration, the sourcing concentration, and a published net import reliance).',
    );
    // The trade the gauge is read from, cited in full; nothing on the slide to operate.
    expect(within(onSlide).getByText(/^Source: /)).toHaveTextContent(
      'Source: Example News, Controls take effect (2023)',
    );
    expect(within(onSlide).queryAllByRole('button')).toEqual([]);
    expect(within(onSlide).queryAllByRole('link')).toEqual([]);
  });

  it('puts on the slide the readings its stage holds and says how many of how many', async () => {
    const user = userEvent.setup();
    // jsdom lays nothing out: a stage here holds one reading of the lens and overflows with two.
    const scrollHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight')!;
    Object.defineProperty(Element.prototype, 'scrollHeight', {
      configurable: true,
      get(this: Element) {
        return this.matches('.slide-stage') &&
          this.querySelectorAll('.slide-risk-reading').length > 1
          ? 1000
          : 0;
      },
    });
    try {
      renderWithModel('?view=timeline&m=gallium&c=KOR&asof=2023-08-01&lang=ja', smallModel());
      const lens = await screen.findByRole('region', { name: /^供給リスク：ガリウム/ });
      // The view reads the lens for Japan and South Korea.
      expect(
        within(await within(lens).findByRole('table'))
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['構成要素', '日本 （表示国）', '韓国', 'ガリウム・ゲルマニウム等']);
      await user.click(screen.getByRole('button', { name: 'ビューをスライドに保存' }));
      await user.click(screen.getByRole('tab', { name: 'ブリーフィング' }));
      await user.click(await screen.findByRole('button', { name: '発表' }));
      const presentation = await screen.findByRole('dialog', { name: '発表' });
      const onSlide = await within(presentation).findByRole('region', {
        name: '2023年8月1日時点の供給リスク',
      });
      expect(
        await within(onSlide).findByRole('heading', {
          name: '供給リスク：ガリウム（精製）、2023年8月1日時点。2件中1件、全件はビューに表示',
        }),
      ).toBeVisible();
      expect(within(onSlide).getByText(/^日本 （表示国）/)).toHaveTextContent(
        '日本 （表示国）、ガリウム・ゲルマニウム等。',
      );
      expect(within(onSlide).queryByText(/^韓国/)).toBeNull();
    } finally {
      Object.defineProperty(Element.prototype, 'scrollHeight', scrollHeight);
    }
  });

  it('opens the lens on a stage with figures and keeps the stage the reader chooses for it', async () => {
    const user = userEvent.setup();
    renderWithModel('?view=timeline&m=gallium&asof=2023-08-01', smallModel());
    await screen.findByRole('region', { name: 'Supply-risk lens: Gallium refining' });
    const choice = screen.getByRole('combobox', { name: 'Stage the supply-risk lens reads' });
    expect(choice).toHaveDisplayValue('Automatic (a stage with figures)');
    expect(window.location.search).not.toContain('lens=');
    await user.selectOptions(choice, 'Mining');
    const mining = await screen.findByRole('region', { name: 'Supply-risk lens: Gallium mining' });
    expect(
      within(mining).getByRole('rowheader', { name: /no year with figures$/ }),
    ).toBeInTheDocument();
    expect(window.location.search).toContain('lens=mining');
    // The slide keeps the choice too.
    await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
    await user.click(screen.getByRole('tab', { name: 'Briefing' }));
    await user.click(await screen.findByRole('button', { name: 'Present' }));
    const presentation = await screen.findByRole('dialog', { name: 'Presentation' });
    expect(
      await within(presentation).findByRole('heading', {
        name: 'Supply-risk lens: Gallium mining, as of August 1, 2023',
      }),
    ).toBeVisible();
  });

  it.each([
    [
      'en',
      'Present',
      'Presentation',
      'Gallium: events, newest first',
      '1 more in the Timeline view.',
    ],
    ['ja', '発表', '発表', 'ガリウム：出来事（新しい順）', 'ほかの1件は年表ビューに表示されます。'],
  ])(
    "puts on a slide with no event chosen the mineral's events, newest first, saying what is left to the view (%s)",
    async (language, present, presentation, heading, more) => {
      const user = userEvent.setup();
      const model = smallModel();
      // The newest item concerns critical minerals in general: the view lists it, the slide
      // leaves it to the view for gallium's own.
      model.partnerships.push({
        ...model.partnerships[0]!,
        id: 'summit',
        minerals: [],
        date: '2025-12-20',
        title: { en: 'Summit on critical minerals', ja: '重要鉱物の首脳会議' },
      });
      model.events.push({
        ...model.events[0]!,
        id: 'ban',
        date: '2024-12-03',
        title: { en: 'Exports banned', ja: '輸出禁止' },
        controls: [],
      });
      renderWithModel(`?view=timeline&m=gallium&asof=2025-01-01&lang=${language}`, model);
      await screen.findAllByRole('button', { pressed: false, name: /2025/ });
      await user.click(
        screen.getByRole('button', {
          name: language === 'en' ? 'Save view as slide' : 'ビューをスライドに保存',
        }),
      );
      await user.click(
        screen.getByRole('tab', { name: language === 'en' ? 'Briefing' : 'ブリーフィング' }),
      );
      await user.click(await screen.findByRole('button', { name: present }));
      const slide = await screen.findByRole('dialog', { name: presentation });
      const events = await within(slide).findByRole('region', { name: heading });
      expect(
        within(events)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(
        language === 'en'
          ? [
              'December 3, 2024 Exports banned, Export control',
              'August 1, 2023 Controls take effect, Export control',
              'March 7, 2023 Japan–Australia investment, Investment',
            ]
          : [
              '2024年12月3日 輸出禁止, 輸出管理',
              '2023年8月1日 輸出管理の施行, 輸出管理',
              '2023年3月7日 日豪投資, 投資',
            ],
      );
      expect(within(events).getByText(more)).toBeVisible();
      expect(within(slide).queryByText(/Summit|首脳会議/)).toBeNull();
      // Their source, cited compactly, under the events (the lens cites its own).
      const cited = within(slide).getAllByText(
        /^(Source: |出典：)Example News, Controls take effect \(2023\)$/,
      );
      expect(cited.filter((line) => !line.closest('.slide-risk'))).toHaveLength(1);
    },
  );

  it('filters by the chosen minerals', async () => {
    renderWithModel('?view=timeline&m=graphite', smallModel());
    expect(
      await screen.findByText(
        'No events or partnerships concern the chosen minerals and countries.',
      ),
    ).toBeVisible();
  });

  it('marks export controls on the trend of the concentration view, at the end those after it', async () => {
    const model = smallModel();
    model.events.push({
      ...model.events[0]!,
      id: 'new-year',
      date: '2023-01-01',
      title: { en: 'Licences announced', ja: '許可制の発表' },
      controls: [],
    });
    renderWithModel('?m=gallium&stage=refining&y=2023', model);
    // The trend's last year is 2023: 1 January 2023 is on the axis, 1 August 2023 past its end.
    expect(
      await screen.findByText('▼ Export controls: January 1, 2023: Licences announced.'),
    ).toBeVisible();
    const atTheEnd = screen.getByRole('list', {
      name: 'Export controls after 2023, the last year of the chart',
    });
    expect(within(atTheEnd).getByRole('listitem')).toHaveTextContent('→ August 1, 2023');
    expect(
      screen.getByText(
        '→ Export controls after 2023, the last year of the chart, marked at its end: ' +
          'August 1, 2023: Controls take effect.',
      ),
    ).toBeVisible();
  });

  it('gathers events too close to tell apart into one marker that lists them on focus', async () => {
    const user = userEvent.setup();
    const model = smallModel();
    for (const day of ['01', '05', '09'])
      model.events.push({
        ...model.events[0]!,
        id: `dec-${day}`,
        date: `2023-12-${day}`,
        title: { en: `December ${Number(day)} control`, ja: `12月${Number(day)}日の管理` },
        controls: [],
      });
    renderWithModel('?view=timeline&m=gallium', { ...model, trade: [] }, model.trade);
    const axis = await screen.findByRole('group', { name: /^Events on a time axis/ });
    const markers = within(axis).getAllByRole('button');
    // 2023 spans 912 px: 1, 5 and 9 December are 10 px apart, closer than two markers (22 px).
    expect(markers.map((marker) => marker.getAttribute('aria-label'))).toEqual([
      'March 7, 2023: Japan–Australia investment, Investment',
      'August 1, 2023: Controls take effect, Export control',
      '3 events, December 1, 2023 – December 9, 2023',
    ]);
    // One Tab stop; the arrow keys move along the axis.
    expect(markers.map((marker) => marker.tabIndex)).toEqual([0, -1, -1]);
    act(() => markers[0]!.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(markers[2]).toHaveFocus();
    expect(markers[2]).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('region', {
      name: '3 events, December 1, 2023 – December 9, 2023',
    });
    await user.click(within(group).getByRole('button', { name: /December 5 control/ }));
    expect(screen.getByRole('region', { name: 'December 5 control' })).toBeVisible();
  });
});
