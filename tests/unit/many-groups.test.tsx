import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Model } from '../../src/domain/model-schema';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

/** The small model with 40 more groups, none with members: more than checkboxes can hold. */
function manyGroups(): Model {
  const model = smallModel();
  model.groups = [
    ...model.groups,
    ...Array.from({ length: 40 }, (_, i) => ({
      id: `G${i + 1}`,
      name: { en: `Group ${i + 1}`, ja: `グループ${i + 1}` },
      members: [],
    })),
  ];
  return model;
}

describe('a model with many country groups', () => {
  it('offers them in a list to pick from, picked ones as chips, instead of 41 checkboxes', async () => {
    const user = userEvent.setup();
    const { store } = renderWithModel('?m=gallium&stage=refining&y=2023', manyGroups());
    const gallium = await screen.findByRole('region', { name: /Gallium: refining by country/ });
    expect(screen.queryByRole('checkbox', { name: 'Quad' })).toBeNull();
    const picker = screen.getByRole('combobox', { name: 'Country groups' });
    expect(within(picker).getAllByRole('option')).toHaveLength(42);
    await user.selectOptions(picker, 'Quad');
    expect(store.getState().groups).toEqual(['QUAD']);
    expect(await within(gallium).findByText('Quad: 5.0% of world refining')).toBeVisible();
    expect(within(picker).queryByRole('option', { name: 'Quad' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss: Quad' }));
    expect(store.getState().groups).toEqual([]);
  });

  it('says so in Japanese', async () => {
    renderWithModel('?m=gallium&stage=refining&y=2023&lang=ja', manyGroups());
    const picker = await screen.findByRole('combobox', { name: '国グループ' });
    expect(within(picker).getByRole('option', { name: '国グループを追加…' })).toBeInTheDocument();
    expect(within(picker).getByRole('option', { name: 'グループ40' })).toBeInTheDocument();
  });
});
