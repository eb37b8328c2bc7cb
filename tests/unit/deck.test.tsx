import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

async function buildTwoSlides() {
  const user = userEvent.setup();
  const utils = renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
  await screen.findByText('Largest: China 90%');
  await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
  expect(screen.getByText('Saved as slide 1.')).toBeInTheDocument();
  await user.click(screen.getByRole('checkbox', { name: 'Graphite' }));
  await user.click(screen.getByRole('radio', { name: 'Mining' }));
  await user.click(screen.getByRole('button', { name: 'Save view as slide' }));
  await user.click(screen.getByRole('tab', { name: 'Briefing' }));
  return { user, ...utils };
}

describe('the briefing deck', () => {
  it('keeps slides with titles and notes that can be renamed, reordered and deleted', async () => {
    const { user, store } = await buildTwoSlides();
    const first = await screen.findByRole('textbox', { name: 'Title of slide 1 in English' });
    expect(first).toHaveValue('Concentration: Gallium · refining · 2023');
    expect(screen.getByRole('textbox', { name: 'Title of slide 2 in English' })).toHaveValue(
      'Concentration: Gallium and Graphite · mining · 2023',
    );
    // Titled in Japanese too, so the deck reads the same after a switch of language.
    expect(screen.getByRole('textbox', { name: 'Title of slide 1 in Japanese' })).toHaveValue(
      '集中度：ガリウム · 精製 · 2023',
    );
    await user.clear(first);
    await user.type(first, 'Gallium: China refines almost all');
    await user.type(
      screen.getByRole('textbox', { name: 'Speaker notes for slide 1 in English' }),
      'USGS 2024 figures.',
    );
    await user.click(screen.getByRole('button', { name: 'Move slide 2 up' }));
    expect(screen.getByRole('textbox', { name: 'Title of slide 2 in English' })).toHaveValue(
      'Gallium: China refines almost all',
    );
    expect(store.getState().slides.map((slide) => slide.link)).toEqual([
      '?m=gallium,graphite&stage=mining&y=2023&as=JPN&lang=en',
      '?m=gallium&stage=refining&y=2023&as=JPN&lang=en',
    ]);
    expect(JSON.parse(localStorage.getItem('lodestone-deck') ?? '{}').state.slides).toHaveLength(2);
    expect(store.getState().slides[1]!.notes).toEqual({ en: 'USGS 2024 figures.', ja: '' });
    await user.click(screen.getByRole('button', { name: 'Delete slide 1' }));
    expect(screen.getAllByRole('textbox', { name: /^Title of slide 1 in/ })).toHaveLength(2);
    expect(screen.queryAllByRole('textbox', { name: /^Title of slide 2 in/ })).toHaveLength(0);
  });

  it('presents from the keyboard with a counter and notes, and returns to where it was', async () => {
    const { user } = await buildTwoSlides();
    await user.type(
      await screen.findByRole('textbox', { name: 'Speaker notes for slide 2 in English' }),
      'Graphite too.',
    );
    await user.click(screen.getByRole('button', { name: 'Present' }));
    const presentation = await screen.findByRole('dialog', { name: 'Presentation' });
    // A modal dialog that takes focus as it opens, with the page's landmarks inside it: the bar,
    // the slide, and the notes when they are open.
    expect(presentation).toHaveAttribute('aria-modal', 'true');
    expect(presentation).toHaveFocus();
    expect(within(presentation).getByRole('banner')).toHaveTextContent('Slide 1 of 2');
    expect(within(presentation).getByRole('main')).toContainElement(
      within(presentation).getByRole('heading', { level: 1 }),
    );
    expect(within(presentation).queryByRole('complementary')).toBeNull();
    expect(within(presentation).getByText('Slide 1 of 2')).toBeVisible();
    expect(await within(presentation).findByText('Largest: China 90%')).toBeVisible();
    expect(screen.queryByRole('checkbox', { name: 'Graphite' })).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(within(presentation).getByText('Slide 2 of 2')).toBeVisible();
    expect(
      await within(presentation).findByRole('region', {
        name: /Graphite: mining by country, 2023/,
      }),
    ).toBeVisible();
    await user.keyboard('n');
    expect(
      within(within(presentation).getByRole('complementary', { name: 'Speaker notes' })).getByText(
        'Graphite too.',
      ),
    ).toBeVisible();
    // The language changes from the presenter's bar, the counter with it; focus stays on the button.
    await user.click(within(presentation).getByRole('button', { name: '日本語' }));
    expect(await within(presentation).findByText('スライド 2 / 2')).toBeVisible();
    expect(within(presentation).getByRole('button', { name: '日本語' })).toHaveFocus();
    await user.click(within(presentation).getByRole('button', { name: 'English' }));
    expect(await within(presentation).findByText('Slide 2 of 2')).toBeVisible();
    await user.keyboard('{Home}');
    expect(within(presentation).getByText('Slide 1 of 2')).toBeVisible();
    await user.keyboard('{End}{PageUp}');
    expect(within(presentation).getByText('Slide 1 of 2')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Presentation' })).toBeNull();
    expect(await screen.findByRole('tab', { name: 'Briefing' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // Focus goes back to the button the presentation was started from.
    expect(await screen.findByRole('button', { name: 'Present' })).toHaveFocus();
  });

  it('imports a deck file validated like a model, answering a bad one with paths', async () => {
    const { user } = await buildTwoSlides();
    const bad = {
      kind: 'lodestone-deck',
      schemaVersion: 1,
      slides: [{ id: 'a', title: 't', notes: '', link: 'javascript:alert(1)' }],
    };
    await user.upload(
      screen.getByLabelText('Import a deck…'),
      new File([JSON.stringify(bad)], 'deck.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/^slides\[0\]\.link: /)).toBeVisible();
    expect(screen.getAllByRole('textbox', { name: /^Title of slide \d in English/ })).toHaveLength(
      2,
    );

    // A deck exported before titles came in both languages still opens.
    const good = {
      kind: 'lodestone-deck',
      schemaVersion: 1,
      slides: [{ id: 'x', title: 'Imported', notes: '', link: '?m=graphite&stage=mining' }],
    };
    await user.upload(
      screen.getByLabelText('Import a deck…'),
      new File([JSON.stringify(good)], 'deck.json'),
    );
    expect(screen.getByRole('textbox', { name: 'Title of slide 1 in English' })).toHaveValue(
      'Imported',
    );
    expect(screen.getByRole('textbox', { name: 'Title of slide 1 in Japanese' })).toHaveValue('');

    const current = {
      kind: 'lodestone-deck',
      schemaVersion: 2,
      slides: [
        {
          id: 'y',
          title: { en: 'Both', ja: '両方' },
          notes: { en: '', ja: 'メモ' },
          link: '?m=graphite',
        },
      ],
    };
    await user.upload(
      screen.getByLabelText('Import a deck…'),
      new File([JSON.stringify(current)], 'deck.json'),
    );
    expect(screen.getByRole('textbox', { name: 'Title of slide 1 in Japanese' })).toHaveValue(
      '両方',
    );
    expect(
      screen.getByRole('textbox', { name: 'Speaker notes for slide 1 in Japanese' }),
    ).toHaveValue('メモ');
  });
});

describe('printing a deck', () => {
  it('draws the slides one at a time, counting them, and prints once all are drawn', async () => {
    const slides = ['gallium', 'graphite', 'gallium,graphite'].map((mineral, i) => ({
      id: `s${i}`,
      title: { en: `Slide ${mineral}`, ja: '' },
      notes: { en: '', ja: '' },
      link: `?m=${mineral}&stage=refining&y=2023`,
    }));
    localStorage.setItem('lodestone-deck', JSON.stringify({ state: { slides }, version: 2 }));
    const pagesWhenPrinted: number[] = [];
    const print = vi.fn(() =>
      pagesWhenPrinted.push(document.querySelectorAll('.print-deck .print-page').length),
    );
    vi.stubGlobal('print', print);
    const user = userEvent.setup();
    renderWithModel('?view=deck', smallModel());
    // Every change to the printed pages, as a count of pages.
    const counts = [0];
    const observer = new MutationObserver(() => {
      const count = document.querySelectorAll('.print-deck .print-page').length;
      if (count !== counts.at(-1)) counts.push(count);
    });
    observer.observe(document.body, { childList: true, subtree: true });

    await user.click(await screen.findByRole('button', { name: 'Print deck' }));
    expect(screen.getByText('Preparing slide 1 of 3 for printing…')).toHaveRole('status');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    observer.disconnect();
    expect(counts).toEqual([0, 1, 2, 3]);
    expect(pagesWhenPrinted).toEqual([3]);
    // Each page drawn in full before printing: no chart still waiting for its turn.
    expect(
      document.querySelector('.print-deck .chart-placeholder, .print-deck .loading'),
    ).toBeNull();
    expect(screen.getByText('Preparing slide 3 of 3 for printing…')).toHaveRole('status');
  });
});
