import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n/i18n';
import { ErrorBoundary } from '../error-boundary';
import { ViewError } from '../view-error';

describe('a view behind an error boundary', () => {
  it('shows what went wrong with a retry instead of a blank page, and draws again on retry', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    function View() {
      if (broken) throw new Error('the figures could not be drawn');
      return <p>Drawn</p>;
    }
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <p>Header stays</p>
        <ErrorBoundary fallback={(error, retry) => <ViewError error={error} retry={retry} />}>
          <View />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This view could not be drawn: the figures could not be drawn',
    );
    expect(screen.getByText('Header stays')).toBeVisible();
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Drawn')).toBeVisible();
  });
});
