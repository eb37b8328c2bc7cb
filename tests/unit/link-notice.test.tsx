import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const unknownMinerals = (count: number) =>
  Array.from({ length: count }, (_, i) => `unknown-${i}`).join(',');

describe('the notice of a link’s unusable parts', () => {
  it('names the first ten of 10,000 unknown values and counts the rest, in a few lines', async () => {
    renderWithModel(`?m=gallium,${unknownMinerals(10_000)}&stage=refining`, smallModel());
    const notice = await screen.findByText(/^Some link settings were not recognised/);
    expect(notice).toHaveTextContent(
      'Some link settings were not recognised and were ignored: m=unknown-0, m=unknown-1, ' +
        'm=unknown-2, m=unknown-3, m=unknown-4, m=unknown-5, m=unknown-6, m=unknown-7, ' +
        'm=unknown-8, m=unknown-9 and 9,990 more',
    );
    // Measured: the old notice listed all 10,000 (about 160,000 characters, 28,887 px high).
    expect(notice.textContent!.length).toBeLessThan(250);
    expect(await screen.findByText('Largest: China 90%')).toBeVisible();
  });

  it('counts the rest in Japanese', async () => {
    renderWithModel(`?m=gallium,${unknownMinerals(25)}&lang=ja`, smallModel());
    expect(await screen.findByText(/m=unknown-8, m=unknown-9 ほか 15 件$/)).toBeInTheDocument();
  });

  it('cuts a very long value, so one parameter cannot fill the page either', async () => {
    renderWithModel(`?m=gallium&utm=${'x'.repeat(5000)}`, smallModel());
    const notice = await screen.findByText(/^Some link settings were not recognised/);
    expect(notice).toHaveTextContent(`utm=${'x'.repeat(40)}…`);
    expect(notice.textContent!.length).toBeLessThan(120);
  });

  it('lists ten values without counting any', async () => {
    renderWithModel(`?m=gallium,${unknownMinerals(10)}`, smallModel());
    const notice = await screen.findByText(/^Some link settings were not recognised/);
    expect(notice).toHaveTextContent(/m=unknown-9$/);
  });
});

describe('opening a kept slide whose link has unusable parts', () => {
  const badSlide = {
    id: 'slide-1',
    title: { en: 'Kept with a bad link', ja: '' },
    notes: { en: '', ja: '' },
    link: '?m=gallium,unobtainium&stage=smelting&y=2023&c=CHN,XYZ',
  };

  it('tells the reader, as the address bar does', async () => {
    const user = userEvent.setup();
    const { store } = renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    await screen.findByText('Largest: China 90%');
    expect(screen.queryByText(/^Some link settings were not recognised/)).toBeNull();
    act(() => store.getState().replaceSlides([badSlide]));
    await user.click(screen.getByRole('tab', { name: 'Briefing' }));
    await user.click(await screen.findByRole('button', { name: 'Open slide 1' }));
    expect(
      await screen.findByText(
        'Some link settings were not recognised and were ignored: stage=smelting, m=unobtainium, c=XYZ',
      ),
    ).toBeVisible();
  });

  it('tells the presenter too, and the notice goes with a slide that has none', async () => {
    const user = userEvent.setup();
    const { store } = renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    await screen.findByText('Largest: China 90%');
    act(() =>
      store
        .getState()
        .replaceSlides([
          badSlide,
          { ...badSlide, id: 'slide-2', link: '?m=gallium&stage=refining&y=2023' },
        ]),
    );
    act(() => store.getState().startPresenting(0));
    const presentation = await screen.findByRole('dialog', { name: 'Presentation' });
    expect(within(presentation).getByText('Slide 1 of 2')).toBeVisible();
    // Inside the presentation's dialog, which is modal: outside it, a screen reader would not find it.
    expect(
      within(presentation).getByText(/^Some link settings were not recognised/),
    ).toHaveTextContent('stage=smelting, m=unobtainium, c=XYZ');
    await user.keyboard('{ArrowRight}');
    expect(within(presentation).getByText('Slide 2 of 2')).toBeVisible();
    expect(screen.queryByText(/^Some link settings were not recognised/)).toBeNull();
  });
});
