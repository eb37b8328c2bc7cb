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
});
