import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

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
});
