import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

describe('the filter sidebar', () => {
  it('folds into a bar that still says what is filtered, and opens again', async () => {
    const user = userEvent.setup();
    const { store } = renderWithModel(
      '?m=gallium&stage=refining&y=2023&c=JPN&view=map',
      smallModel(),
    );
    const toggle = await screen.findByRole('button', { name: 'Filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('form', { name: 'Filters' })).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('form', { name: 'Filters' })).toBeNull();
    expect(store.getState().sidebarCollapsed).toBe(true);
    expect(
      screen.getByText('Gallium · Refining · 2023 · as seen from Japan · highlighted: Japan'),
    ).toBeVisible();
    // Folding the sidebar leaves the view where it was.
    expect(screen.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('checkbox', { name: 'Gallium' })).toBeChecked();
  });

  it('reads the folded summary in Japanese', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=mining&y=2023&lang=ja', smallModel());
    await user.click(await screen.findByRole('button', { name: 'フィルター' }));
    expect(screen.getByText('ガリウム · 採掘 · 2023年 · 日本の視点')).toBeVisible();
  });
});
