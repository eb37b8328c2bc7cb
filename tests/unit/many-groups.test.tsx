import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Model } from '../../src/domain/model-schema';
import { validateModel } from '../../src/domain/validate-model';
import { manyGroupsModel } from '../../scripts/bench/synthetic-model';
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

/**
 * The bench's pathological model on the small one: `size` countries, each in all of `size` groups
 * (the built-in four among them), listed on both sides.
 */
const manyCountries = (size: number) => manyGroupsModel(smallModel(), size);

describe('a model with more countries and groups than a list can hold', () => {
  it('is a valid model', () => {
    expect(validateModel(manyCountries(400)).ok).toBe(true);
  });

  it('lists the first 100 and says how many there are; typing narrows the list', async () => {
    const user = userEvent.setup();
    const { store } = renderWithModel('?m=gallium&stage=refining&y=2023', manyCountries(400));
    const picker = await screen.findByRole('combobox', { name: 'Highlight countries' });
    // The placeholder and the first 100 of 400 (none is highlighted yet).
    expect(within(picker).getAllByRole('option')).toHaveLength(101);
    expect(picker).toHaveAccessibleDescription('100 of 400 listed; type above to narrow the list.');

    await user.type(
      screen.getByRole('searchbox', { name: 'Narrow the list: Highlight countries' }),
      'country 39',
    );
    // Synthetic countries 39 and 390–395 (the small model's five leave 395 to be made).
    await waitFor(() =>
      expect(picker).toHaveAccessibleDescription('7 of 7 listed; type above to narrow the list.'),
    );
    await user.selectOptions(picker, 'Synthetic country 390');
    expect(store.getState().countries).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Dismiss: Synthetic country 390' })).toBeVisible();
  });

  it('keeps the chosen country in "View as" when the list shows others', async () => {
    const user = userEvent.setup();
    const { store } = renderWithModel('?m=gallium&stage=refining&y=2023', manyCountries(400));
    const viewAs = await screen.findByRole('combobox', { name: 'View as' });
    const search = screen.getByRole('searchbox', { name: 'Narrow the list: View as' });
    await user.type(search, 'country 395');
    await waitFor(() => expect(within(viewAs).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(viewAs, 'Synthetic country 395');
    const chosen = store.getState().viewAs;
    await user.clear(search);
    // Country 395 sorts after the first 100, and is still the one shown as chosen.
    await waitFor(() => expect(within(viewAs).getAllByRole('option')).toHaveLength(101));
    expect(viewAs).toHaveValue(chosen);
    expect(within(viewAs).getByRole('option', { selected: true })).toHaveTextContent(
      'Synthetic country 395',
    );
  });

  it('says when nothing matches, in Japanese too', async () => {
    const user = userEvent.setup();
    renderWithModel('?m=gallium&stage=refining&y=2023&lang=ja', manyCountries(400));
    const picker = await screen.findByRole('combobox', { name: '国グループ' });
    expect(picker).toHaveAccessibleDescription(
      '400件中100件を表示しています。上の欄に入力すると絞り込めます。',
    );
    await user.type(screen.getByRole('searchbox', { name: '一覧を絞り込む：国グループ' }), 'zzz');
    await waitFor(() =>
      expect(picker).toHaveAccessibleDescription('「zzz」に一致するものはありません。'),
    );
  });

  it('shows the first figure with 1,800 countries in each of 1,800 groups', async () => {
    renderWithModel('?m=gallium&stage=refining&y=2023', manyCountries(1800));
    const gallium = await screen.findByRole('region', { name: /Gallium: refining by country/ });
    expect(within(gallium).getByText('Largest: China 90%')).toBeVisible();
    for (const name of ['Highlight countries', 'Country groups', 'View as']) {
      const list = screen.getByRole('combobox', { name });
      expect(within(list).getAllByRole('option').length).toBeLessThanOrEqual(101);
    }
  });
});
