import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallModel } from '../fixtures/small-model';
import { renderWithModel } from './render-app';

afterEach(() => vi.unstubAllGlobals());

function renderScenario(search: string) {
  const model = smallModel();
  return renderWithModel(search, { ...model, trade: [] }, model.trade);
}

describe('the supply-cut scenario', () => {
  it("answers: world supply lost, shares after, and Japan's imports at risk", async () => {
    renderScenario('?view=scenario&m=gallium&stage=refining&y=2023');
    const card = await screen.findByRole('region', {
      name: 'Scenario 1: China withholds 100% of its refining',
    });
    expect(within(card).getByText('900 kg (90% of world supply)')).toBeVisible();
    expect(
      within(card).getByText(/largest: Japan 50%; HHI 8,134 \(highly concentrated\) → 3,400/),
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

  it('says when the supplier does not produce the mineral', async () => {
    renderScenario(
      '?view=scenario&m=gallium&stage=refining&y=2023&s=AUS:refining:100:none:gallium',
    );
    expect(
      await screen.findByText('Australia is not listed as a producer: nothing is lost.'),
    ).toBeVisible();
  });
});
