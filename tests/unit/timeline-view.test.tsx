import { fireEvent, screen, within } from '@testing-library/react';
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

  it('filters by the chosen minerals', async () => {
    renderWithModel('?view=timeline&m=graphite', smallModel());
    expect(
      await screen.findByText(
        'No events or partnerships concern the chosen minerals and countries.',
      ),
    ).toBeVisible();
  });

  it('marks export controls on the trend of the concentration view', async () => {
    renderWithModel('?m=gallium&stage=refining&y=2023', smallModel());
    expect(
      await screen.findByText('▼ Export controls: August 1, 2023: Controls take effect.'),
    ).toBeVisible();
  });
});
