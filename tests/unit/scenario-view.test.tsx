import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel, smallModelWithSourceChange } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

function renderScenario(search: string) {
  const model = smallModel();
  return renderWithModel(search, { ...model, trade: [] }, model.trade);
}

/** The small model with gallium refining 2024 published as shares of world: China 87, Japan 1. */
function renderGallium2024InShares(search: string) {
  const model = smallModelWithSourceChange();
  model.supply.push({
    mineral: 'gallium',
    stage: 'refining',
    country: 'JPN',
    year: 2024,
    value: 1,
    unit: '% of world',
    status: 'estimated',
    source: 'outlook-test',
  });
  return renderWithModel(search, { ...model, trade: [] }, model.trade);
}

describe('the supply-cut scenario', () => {
  it("answers: world supply lost, shares after, and Japan's imports at risk", async () => {
    renderScenario('?view=scenario&m=gallium&stage=refining&y=2023');
    const card = await screen.findByRole('region', {
      name: 'Scenario 1: China withholds 100% of its refining',
    });
    expect(within(card).getByText('900 kg (90% of world supply)')).toBeVisible();
    // Both indices count only the known shares (the US is withheld): "at least".
    expect(
      within(card).getByText(
        'largest remaining producer: Japan 50%; HHI at least 8,134 (highly concentrated) before the cut; ' +
          'at least 3,400 (highly concentrated) after it, among the remaining producers of a smaller world supply',
      ),
    ).toBeVisible();
    expect(
      await within(card).findByText(
        'Gallium, germanium and other metals, 2023: 400 USD from China (80% of imports); at risk 400 USD.',
      ),
    ).toBeVisible();
    expect(within(card).getByText('900 kg', { selector: 'dd' })).toBeVisible();
    expect(screen.getByText(/This is an indicator for discussion, not a forecast/)).toBeVisible();
  });

  it('writes the scenario into the link as soon as it is changed', async () => {
    renderScenario('?view=scenario&m=gallium&stage=refining&y=2023');
    const card = await screen.findByRole('region', { name: /Scenario 1/ });
    fireEvent.change(within(card).getByRole('slider', { name: /Cut/ }), {
      target: { value: '50' },
    });
    expect(within(card).getByText('450 kg (45% of world supply)')).toBeVisible();
    expect(window.location.search).toContain('s=CHN:refining:50:none:gallium');
  });

  it('lets Japan and its partners answer up to their capacity', async () => {
    const user = userEvent.setup();
    renderScenario('?view=scenario&m=gallium&stage=refining&y=2023');
    const card = await screen.findByRole('region', { name: /Scenario 1/ });
    await user.selectOptions(
      within(card).getByRole('combobox', { name: "Partners' response" }),
      'Partners raise output up to their capacity',
    );
    // Japan: capacity 10 kg against output 50 kg, no room; nothing is made up.
    expect(within(card).getByText(/0 kg of a possible 0 kg/)).toBeVisible();
    expect(window.location.search).toContain('s=CHN:refining:100:cap:gallium');
  });

  it('starts from an export-control event and compares scenarios side by side', async () => {
    const user = userEvent.setup();
    renderScenario('?view=scenario&m=graphite&stage=refining&y=2023');
    const first = await screen.findByRole('region', { name: /Scenario 1/ });
    await user.selectOptions(
      within(first).getByRole('combobox', { name: 'Start from an export control' }),
      'cn-controls',
    );
    expect(within(first).getByRole('checkbox', { name: 'Gallium' })).toBeChecked();
    expect(within(first).getByRole('checkbox', { name: 'Graphite' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Add a scenario' }));
    expect(screen.getAllByRole('region', { name: /^Scenario \d/ })).toHaveLength(2);
    expect(new URLSearchParams(window.location.search).getAll('s')).toHaveLength(2);
  });

  it('reads a cut started from an export control where its minerals have figures', async () => {
    const user = userEvent.setup();
    renderScenario('?view=scenario&m=graphite&stage=mining&y=2023');
    const first = await screen.findByRole('region', { name: /Scenario 1/ });
    expect(within(first).getByRole('radio', { name: 'Mining' })).toBeChecked();
    await user.selectOptions(
      within(first).getByRole('combobox', { name: 'Start from an export control' }),
      'cn-controls',
    );
    // Gallium: refining figures only.
    expect(within(first).getByRole('radio', { name: 'Refining' })).toBeChecked();
    expect(window.location.search).toContain('s=CHN:refining:100:');
  });

  it('gives n/a, not zero, when the capacities are in another unit, and offers the year that has them', async () => {
    const user = userEvent.setup();
    const { store } = renderGallium2024InShares('?view=scenario&m=gallium&stage=refining&y=2024');
    const card = await screen.findByRole('region', { name: /Scenario 1/ });
    // China 87 % of world: the share once, not "87 % of world (87% of world supply)".
    expect(within(card).getByText('87% of world supply')).toBeVisible();
    await user.selectOptions(
      within(card).getByRole('combobox', { name: "Partners' response" }),
      'Partners raise output up to their capacity',
    );
    expect(within(card).getByText(/^n\/a: no capacity in the same unit for 2024/)).toBeVisible();
    expect(within(card).queryByText(/of a possible/)).toBeNull();
    await user.click(
      within(card).getByRole('button', {
        name: 'Use 2023, the nearest year with capacities in the same unit',
      }),
    );
    expect(store.getState().year).toBe(2023);
    expect(
      await within(card).findByRole('heading', { name: 'Gallium, refining, 2023' }),
    ).toBeVisible();
    // 2023: Japan's capacity 10 kg against its output of 50 kg leaves no room.
    expect(within(card).getByText(/0 kg of a possible 0 kg/)).toBeVisible();
  });

  it('says it in Japanese too', async () => {
    renderGallium2024InShares(
      '?view=scenario&m=gallium&stage=refining&y=2024&lang=ja&s=CHN:refining:100:cap:gallium',
    );
    const card = await screen.findByRole('region', { name: /シナリオ1/ });
    expect(within(card).getByText('世界供給の87%')).toBeVisible();
    expect(
      within(card).getByText(/^該当なし：2024年について同じ単位の生産能力がない/),
    ).toBeVisible();
    expect(
      within(card).getByRole('button', { name: '同じ単位の生産能力がある最も近い2023年を使う' }),
    ).toBeVisible();
  });

  it('says when the supplier does not produce the mineral', async () => {
    renderScenario(
      '?view=scenario&m=gallium&stage=refining&y=2023&s=AUS:refining:100:none:gallium',
    );
    expect(
      await screen.findByText('Australia is not listed as a producer: nothing is lost.'),
    ).toBeVisible();
  });

  it('carries "at most" into the results when the world total is a lower bound', async () => {
    const model = smallModel();
    model.worldTotals = model.worldTotals.map((total) => ({ ...total, bound: 'lower' as const }));
    renderWithModel('?view=scenario&m=gallium&stage=refining&y=2023', { ...model, trade: [] });
    const card = await screen.findByRole('region', {
      name: 'Scenario 1: China withholds 100% of its refining',
    });
    // China 900 kg of more than 1,000 kg: at most 90 %; after the cut Japan 50 of more than 100 kg.
    expect(within(card).getByText('900 kg (at most 90% of world supply)')).toBeVisible();
    expect(within(card).getByText(/^largest remaining producer: Japan at most 50%;/)).toBeVisible();
    expect(
      within(card).getByText(
        'The world total is published as a lower bound (“more than”): every share of it, before and after the cut, is at most the one shown.',
      ),
    ).toBeVisible();
  });
});
